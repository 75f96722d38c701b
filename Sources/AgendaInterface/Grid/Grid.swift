import AgendaModel
import AgendaWords

/// A screen drawn in memory: what the terminal should show, cell by cell. The interface draws
/// every frame here; the backend only sends it to the terminal, and tests read it as text.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y`, clipped to `maxWidth` columns (and to the
    /// grid). A wide character that would not fit whole is replaced by spaces; unsafe
    /// characters were removed by the caller, but a stray one still becomes a placeholder.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for var character in text {
            if character.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0) }) {
                character = TerminalSafeText.placeholder
            }
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                // A lone zero-width character (a stray combining mark) joins the previous cell.
                if column > x, column - 1 < width, column - 1 >= 0 {
                    var previous = cells[y * width + column - 1]
                    if !previous.isContinuation {
                        previous.character = Character(String(previous.character) + String(character))
                        cells[y * width + column - 1] = previous
                    }
                }
                continue
            }
            if column + columns > limit {
                // Fill what is left with spaces rather than half a character.
                while column < limit {
                    if column >= 0 { set(column, y, Cell(" ", style: style)) }
                    column += 1
                }
                break
            }
            if column >= 0 {
                set(column, y, Cell(character, width: UInt8(columns), style: style))
                if columns == 2 { set(column + 1, y, Cell(" ", width: 0, style: style)) }
            }
            column += columns
        }
        return column - x
    }

    /// Writes each span in turn; returns the columns written.
    @discardableResult
    public mutating func write(_ spans: [(String, CellStyle)], x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for (text, style) in spans where used < maxWidth {
            used += write(text, x: x + used, y: y, style: style, maxWidth: maxWidth - used)
        }
        return used
    }

    /// Paints a rectangle with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width fillWidth: Int, height fillHeight: Int, style: CellStyle = .plain) {
        for row in max(0, y)..<min(height, y + fillHeight) {
            for column in max(0, x)..<min(width, x + fillWidth) {
                cells[row * width + column] = Cell(" ", style: style)
            }
        }
    }

    /// Sets the style of a run of cells, keeping their characters (to highlight a row).
    public mutating func restyle(x: Int, y: Int, width runWidth: Int, _ change: (inout CellStyle) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + runWidth) {
            change(&cells[y * width + column].style)
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width else { return }
        // Overwriting half of a wide character blanks its other half.
        let existing = cells[y * width + x]
        if existing.isContinuation, x > 0 { cells[y * width + x - 1] = Cell(" ", style: cells[y * width + x - 1].style) }
        if existing.width == 2, x + 1 < width, cell.width != 2 { cells[y * width + x + 1] = Cell(" ", style: existing.style) }
        cells[y * width + x] = cell
    }

    /// Row `y` as text, continuation cells left out: what a terminal would show.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = self[x, y]
            if !cell.isContinuation { text.append(cell.character) }
        }
        return text
    }

    /// The whole screen as text, one line a row, trailing spaces removed: golden screens.
    public var text: String {
        (0..<height).map { line($0).trailingSpacesRemoved }.joined(separator: "\n")
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
