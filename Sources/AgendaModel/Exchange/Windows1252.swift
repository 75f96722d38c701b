/// The encoding French Excel writes "CSV (séparateur : point-virgule)" in: Latin-1 with
/// letters and punctuation in 0x80–0x9F (’ œ € …). Five bytes of that range mean nothing in
/// it; a file holding one (or a NUL, as UTF-16 does) is not Windows-1252 text.
enum Windows1252 {
    /// The characters of 0x80–0x9F; nil where the encoding has none.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The text as UTF-8 bytes, or nil when the bytes are not Windows-1252 text.
    static func utf8(from bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            let scalar: Unicode.Scalar
            switch byte {
            case 0x00: return nil
            case 0x80...0x9F:
                guard let mapped = high[Int(byte - 0x80)] else { return nil }
                scalar = mapped
            default:
                scalar = Unicode.Scalar(byte)
            }
            output.append(contentsOf: UTF8.encode(scalar)!)
        }
        return output
    }

    /// The text of bytes as a mail client reads a message labelled Windows-1252 or ISO-8859-1:
    /// the five bytes Windows-1252 leaves undefined are taken as Latin-1, so nothing is refused.
    static func lenientText(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = high[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
