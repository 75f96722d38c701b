/// Text as an .xlsx cell must carry it to read back unchanged. The format writes a character
/// XML cannot hold as `_xHHHH_` (its hexadecimal code), and every reader (Excel, LibreOffice,
/// openpyxl) turns such a sequence back into the character: text that already holds one
/// (`_x0041_`) has its `_` written `_x005F_`, so that it is read as written, and NUL, which no
/// C string carries, is written `_x0000_`. libxlsxwriter escapes the other control characters.
enum CellText {
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == 0 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\0" {
                result.append(contentsOf: "_x0000_".unicodeScalars)
            } else if scalar == "_", startsEscape(scalars, at: index) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `_x` then four hexadecimal digits then `_`, from `index`.
    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
