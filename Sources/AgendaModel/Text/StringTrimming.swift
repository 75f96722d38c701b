extension StringProtocol {
    /// Without leading and trailing white space (spaces, tabs, newlines, no-break spaces).
    public var trimmedWhitespace: String {
        // Most text neither starts nor ends with white space: one look at each end, in bytes.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, Self.isPlainByte(first), Self.isPlainByte(last) {
            return text
        }
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    /// A byte that is a visible ASCII character, so neither white space nor part of a
    /// character that could be (the last byte of a text could end a combining sequence only
    /// if it were not ASCII).
    private static func isPlainByte(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
