import Foundation

/// Reads back the headers of a message this program wrote (ASCII, folded, RFC 2047 words in
/// UTF-8 base64): what the outbox lists and what the sender records.
public enum MailHeaderReader {
    public static let kindHeader = "X-Agenda-Kind"
    public static let registrationHeader = "X-Agenda-Registration"
    public static let eventHeader = "X-Agenda-Event"

    static func value(of wanted: String, in bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let head = text.components(separatedBy: "\r\n\r\n").first ?? text
        // Unfolded: a line that starts with white space continues the one before.
        var fields: [String] = []
        for line in head.components(separatedBy: "\r\n") {
            if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
                fields[fields.count - 1] += line
            } else {
                fields.append(line)
            }
        }
        for field in fields {
            guard let colon = field.firstIndex(of: ":") else { continue }
            guard field[..<colon].lowercased() == wanted.lowercased() else { continue }
            return decodeEncodedWords(String(field[field.index(after: colon)...]).trimmedWhitespace)
        }
        return nil
    }

    /// A header's value as a reader shows it: every RFC 2047 encoded word (`=?charset?B|Q?…?=`,
    /// any charset `MailCharset` knows) as its text, the white space between two encoded words
    /// gone. A word that does not decode (unknown encoding, broken base64, no closing `?=`) is
    /// kept as written: a name half readable is better than a message refused.
    public static func decodeEncodedWords(_ value: String) -> String {
        guard MailPhrase.hasEncodedWord(value) else { return value }
        var result = ""
        var pendingSpace = ""
        var previousWasEncoded = false
        var rest = Substring(value)
        while !rest.isEmpty {
            let word = rest.prefix { $0 != " " && $0 != "\t" }
            rest = rest.dropFirst(word.count)
            let space = rest.prefix { $0 == " " || $0 == "\t" }
            rest = rest.dropFirst(space.count)
            if let decoded = encodedWord(word) {
                result += (previousWasEncoded ? "" : pendingSpace) + decoded
                previousWasEncoded = true
            } else {
                result += pendingSpace + word
                previousWasEncoded = false
            }
            pendingSpace = String(space)
        }
        return result + pendingSpace
    }

    /// The text of one encoded word, or nil when `word` is not a well-formed one. A word glued to
    /// a parenthesis or a quote (`"=?…?="`) is decoded inside it.
    private static func encodedWord(_ word: Substring) -> String? {
        let utf8 = Array(word.utf8)
        guard let start = (0..<max(0, utf8.count - 1)).first(where: { utf8[$0] == UInt8(ascii: "=") && utf8[$0 + 1] == UInt8(ascii: "?") }),
              let end = (0..<max(0, utf8.count - 1)).last(where: { utf8[$0] == UInt8(ascii: "?") && utf8[$0 + 1] == UInt8(ascii: "=") }),
              start + 2 <= end else { return nil }
        let inner = utf8[(start + 2)..<end].split(separator: UInt8(ascii: "?"), maxSplits: 2, omittingEmptySubsequences: false)
        guard inner.count == 3 else { return nil }
        // `charset*language` (RFC 2231) names the charset before the star.
        let charset = String(decoding: inner[0].split(separator: UInt8(ascii: "*")).first ?? [], as: UTF8.self)
        let payload = inner[2]
        let bytes: [UInt8]
        switch inner[1].first.map({ $0 | 0x20 }) {
        case UInt8(ascii: "b") where inner[1].count == 1:
            var text = payload.filter { $0 > 0x20 }
            while text.count % 4 != 0 { text.append(UInt8(ascii: "=")) }
            guard let data = Data(base64Encoded: Data(text)) else { return nil }
            bytes = Array(data)
        case UInt8(ascii: "q") where inner[1].count == 1:
            bytes = QuotedPrintable.decode(payload.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 })
        default:
            return nil
        }
        let decoded = MailCharset.text(bytes, charset: charset)
        return String(decoding: utf8[..<start], as: UTF8.self) + decoded + String(decoding: utf8[(end + 2)...], as: UTF8.self)
    }
}
