/// How wide a column is made: its widest cell, as a spreadsheet measures (about one unit a
/// character of the default font, two for a Chinese, Japanese or Korean one), with room for
/// the filter's button in the header, within bounds so that a long note does not push every
/// other column off the screen.
enum ColumnWidth {
    static let minimum = 8.0
    static let maximum = 60.0
    /// The filter button and the cell's margins.
    static let padding = 3.0

    static func of(_ cells: [SheetCell], header: String, dateTimeFormat: String) -> Double {
        let widest = cells.map { width(of: $0, dateTimeFormat: dateTimeFormat) }.max() ?? 0
        return min(max(Double(max(widest, width(of: header))) + padding, minimum), maximum)
    }

    static func width(of cell: SheetCell, dateTimeFormat: String) -> Int {
        switch cell {
        case .empty: return 0
        case .text(let text): return width(of: text)
        // The format and the date it shows are as wide: one character for each.
        case .dateTime: return dateTimeFormat.count
        case .number(let number): return String(number).count
        // TRUE, FALSE, or the spreadsheet's own words for them (VRAI, FAUX).
        case .boolean: return 5
        }
    }

    /// The widest line's width.
    static func width(of text: String) -> Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.reduce(0) { $0 + width(of: $1) } }.max() ?? 0
    }

    private static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
