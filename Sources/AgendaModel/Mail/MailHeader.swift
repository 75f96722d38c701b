import Foundation

/// The words of a header as RFC 5322 and RFC 2047 want them: ASCII only, at most 78 columns a
/// line, anything else as encoded words (`=?UTF-8?B?…?=`).
public enum MailHeader {
    /// `text` without C0/C1 controls or line separators: each becomes a space, so that nothing
    /// typed by a participant can end a header and begin another.
    public static func withoutControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let isControl = value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            return isControl ? " " : scalar
        }))
    }

    /// An unstructured header's value (`Subject`): as is when it is printable ASCII, else as
    /// encoded words of at most 64 characters.
    public static func unstructured(_ text: String) -> String {
        let clean = withoutControls(text)
        if clean.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return clean }
        return encodedWords(clean).joined(separator: " ")
    }

    /// `Name: value` folded at its spaces so that no line is over 78 columns (a line break
    /// and a space, which a reader takes back out), when the words allow it.
    public static func line(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if current.utf8.count + 1 + word.utf8.count > 78, current != name + ":" {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A display name: plain words as they are, words with specials quoted, anything not ASCII
    /// as encoded words.
    static func phrase(_ name: String) -> String {
        if !name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            return encodedWords(name).joined(separator: " ")
        }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        if name.allSatisfy(atext.contains) { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `=?UTF-8?B?…?=` words of at most 75 characters, never cutting a character's bytes (a
    /// decoder must be able to read each word alone).
    static func encodedWords(_ text: String) -> [String] {
        // 39 bytes make 52 base64 characters, a word of 64: it fits on a line after "Subject: ".
        let limit = 39
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > limit, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words
    }
}
