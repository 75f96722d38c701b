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
            return decodeWords(String(field[field.index(after: colon)...]).trimmedWhitespace)
        }
        return nil
    }

    /// `=?UTF-8?B?…?=` words as their text; the space between two such words goes, as RFC 2047 says.
    static func decodeWords(_ value: String) -> String {
        let parts = value.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var result = ""
        var previousWasEncoded = false
        for part in parts {
            if part.hasPrefix("=?UTF-8?B?"), part.hasSuffix("?="), let decoded = Data(base64Encoded: String(part.dropFirst(10).dropLast(2))) {
                result += (previousWasEncoded || result.isEmpty ? "" : " ") + String(decoding: decoded, as: UTF8.self)
                previousWasEncoded = true
            } else {
                result += (result.isEmpty ? "" : " ") + part
                previousWasEncoded = false
            }
        }
        return result
    }
}
