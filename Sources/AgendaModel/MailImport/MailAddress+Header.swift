extension MailAddress {
    /// The first mailbox of a `From` field as a sender writes it: `Name <address>`,
    /// `"Dupont, Marie" <address>`, `address (Name)` or a bare `address`; the name's encoded
    /// words decoded. nil when there is no address in it.
    init?(headerField field: String) {
        // A client that encoded the address with the name (against RFC 2047, but it happens)
        // gives it back once decoded.
        if !MailPhrase.has(field, UInt8(ascii: "@")), MailPhrase.hasEncodedWord(field) {
            let decoded = MailHeaderReader.decodeEncodedWords(field)
            guard MailPhrase.has(decoded, UInt8(ascii: "@")) else { return nil }
            self.init(headerField: decoded)
            return
        }
        var name = ""
        var address = ""
        if let open = field.lastIndex(of: "<"), let close = field[open...].firstIndex(of: ">") {
            address = String(field[field.index(after: open)..<close])
            name = String(field[..<open])
        } else if let open = field.firstIndex(of: "("), let close = field[open...].lastIndex(of: ")") {
            address = String(field[..<open])
            name = String(field[field.index(after: open)..<close])
        } else {
            address = field
        }
        name = MailHeaderReader.decodeEncodedWords(name.trimmedWhitespace)
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
            name = String(name.dropFirst().dropLast())
            if MailPhrase.has(name, UInt8(ascii: "\\")) {
                name = name.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
            }
        }
        address = address.trimmedWhitespace
        guard MailPhrase.has(address, UInt8(ascii: "@")), !MailPhrase.has(address, 0x20) else { return nil }
        self.init(name: name.trimmedWhitespace, address: address)
    }
}
