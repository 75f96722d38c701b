/// A text body as quoted-printable (RFC 2045): ASCII lines of at most 76 characters with CRLF
/// ends, every other byte `=XX`, so that any mail system carries it unchanged.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            var column = 0
            let bytes = Array(line.utf8)
            for (position, byte) in bytes.enumerated() {
                let isLast = position == bytes.count - 1
                // Spaces and tabs before a line end must be encoded, or a relay may drop them.
                let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !isLast)
                let piece: [UInt8] = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                if column + piece.count > 75 {
                    output += [UInt8(ascii: "="), 13, 10]
                    column = 0
                }
                output += piece
                column += piece.count
            }
            if number < lines.count - 1 { output += [13, 10] }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
