/// A mailbox as a header names it: a display name (perhaps empty) and an address.
public struct MailAddress: Hashable, Sendable {
    public var name: String
    public var address: String

    public init(name: String = "", address: String) {
        self.name = name
        self.address = address
    }

    /// `Élodie Martin <e.martin@example.org>` as RFC 5322 writes it: the name as is when it is
    /// plain ASCII words, quoted when it holds specials (`,` `"` `@`…), encoded (RFC 2047) when
    /// it is not ASCII. Control characters never reach the header: a name or an address with
    /// CR or LF cannot start a header of its own.
    public var headerValue: String {
        let address = MailHeader.withoutControls(self.address).filter { $0 != " " && $0 != "<" && $0 != ">" }
        let name = MailHeader.withoutControls(self.name).trimmedWhitespace
        guard !name.isEmpty else { return "<\(address)>" }
        return MailHeader.phrase(name) + " <" + address + ">"
    }

    /// `local@domain.tld`, ASCII or not, no white space or control character, one `@`.
    public var isDeliverable: Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return !address.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }
}
