/// The text of a message's bytes in the charset its headers name, as mail clients read them:
/// UTF-8 (and US-ASCII), ISO-8859-1, ISO-8859-15 and Windows-1252. Nothing is refused: bytes
/// that are not valid in the charset named (a UTF-8 label on Latin-1 text, an unknown label)
/// are read as Windows-1252, which has a character for every byte a message holds.
enum MailCharset {
    static func text(_ bytes: some Collection<UInt8>, charset: String?) -> String {
        switch (charset ?? "").lowercased().stripping(around: "\"' ") {
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9", "l9":
            return latin9(bytes)
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252":
            // As every browser and mail client does: a Latin-1 label means Windows-1252.
            return Windows1252.lenientText(bytes)
        default:
            if let text = String(validating: Array(bytes), as: UTF8.self) { return text }
            return Windows1252.lenientText(bytes)
        }
    }

    /// ISO-8859-15: Latin-1 with eight places changed, for € Š š Ž ž Œ œ Ÿ.
    private static func latin9(_ bytes: some Collection<UInt8>) -> String {
        let changed: [UInt8: Unicode.Scalar] = [
            0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}",
            0xB8: "\u{017E}", 0xBC: "\u{0152}", 0xBD: "\u{0153}", 0xBE: "\u{0178}",
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(changed[byte] ?? Unicode.Scalar(byte)) }
        return String(scalars)
    }
}

extension String {
    func stripping(around set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
