/// Keeping exported text from being run as a formula by a spreadsheet ("CSV injection"): a
/// participant named `=HYPERLINK("http://…")` must come out as text, not as a live link.
public enum SpreadsheetCell {
    /// The cell's text with a `'` in front when it starts with a character a spreadsheet may
    /// read as the start of a formula: `=`, `+`, `-`, `@`, a tab or a carriage return.
    /// Any other text is returned as it is.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, isFormulaTrigger(first) else { return text }
        return "'" + text
    }

    /// The characters that make a spreadsheet treat a cell as a formula (OWASP's list).
    public static func isFormulaTrigger(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r": return true
        default: return false
        }
    }
}
