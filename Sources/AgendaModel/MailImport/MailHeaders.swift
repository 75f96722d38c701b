/// The header fields of a message or of one MIME part, unfolded, in their order. Names are
/// compared without case; a value is the raw text after the colon, trimmed (encoded words
/// are decoded by whoever reads a text header, never in an address or a parameter).
struct MailHeaders: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    /// Reads header lines (without their line ends) up to the first empty one. A line that
    /// starts with a space or a tab continues the field before (a folded header). 8-bit bytes,
    /// which some clients put in headers unencoded, are read as UTF-8, else as Windows-1252.
    init(lines: some Sequence<ArraySlice<UInt8>>) {
        for line in lines {
            let text = MailCharset.text(line, charset: nil)
            if let first = line.first, first == 0x20 || first == 0x09 {
                if !fields.isEmpty { fields[fields.count - 1].value += " " + text.trimmedWhitespace }
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let name = text[..<colon].trimmedWhitespace.lowercased()
            fields.append((name, String(text[text.index(after: colon)...]).trimmedWhitespace))
        }
    }

    /// The first field of that name.
    subscript(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// The first field of that name as a reader shows it, encoded words decoded.
    func text(_ name: String) -> String? {
        self[name].map(MailHeaderReader.decodeEncodedWords)
    }

    /// Whether the message has a field of that name.
    func has(_ name: String) -> Bool { self[name] != nil }
}

/// `type/subtype; name=value; name="quoted value"`: Content-Type and Content-Disposition.
struct MailFieldParameters: Sendable {
    /// Lowercased: `text/plain`, `attachment`.
    var value: String
    /// Lowercased names; RFC 2231 `name*=utf-8''%C3%A9` decoded; RFC 2047 words in a quoted
    /// value (as Outlook and Thunderbird write file names) decoded too.
    var parameters: [String: String]

    init(_ field: String?) {
        let parts = Self.split(field ?? "")
        value = (parts.first ?? "").trimmedWhitespace.lowercased()
        var parameters: [String: String] = [:]
        for part in parts.dropFirst() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            var name = part[..<equals].trimmedWhitespace.lowercased()
            var text = String(part[part.index(after: equals)...]).trimmedWhitespace
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
                text = String(text.dropFirst().dropLast())
                if MailPhrase.has(text, UInt8(ascii: "\\")) { text = text.replacingOccurrences(of: "\\\"", with: "\"") }
            }
            if name.hasSuffix("*") {
                name.removeLast()
                text = Self.extendedValue(text)
            } else {
                text = MailHeaderReader.decodeEncodedWords(text)
            }
            if parameters[name] == nil { parameters[name] = text }
        }
        self.parameters = parameters
    }

    /// At the semicolons that are outside quotes.
    private static func split(_ field: String) -> [Substring] {
        var parts: [Substring] = []
        var start = field.startIndex
        var quoted = false
        var index = field.startIndex
        while index < field.endIndex {
            let character = field[index]
            if character == "\"" { quoted.toggle() }
            if character == ";", !quoted {
                parts.append(field[start..<index])
                start = field.index(after: index)
            }
            index = field.index(after: index)
        }
        parts.append(field[start...])
        return parts
    }

    /// `utf-8'fr'%C3%89t%C3%A9.pdf` as its text.
    private static func extendedValue(_ text: String) -> String {
        let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return text }
        var bytes: [UInt8] = []
        var utf8 = pieces[2].utf8[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let high = QuotedPrintable.hexValue(utf8[utf8.startIndex]),
               let low = QuotedPrintable.hexValue(utf8[utf8.index(after: utf8.startIndex)]) {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return MailCharset.text(bytes, charset: String(pieces[0]))
    }
}
