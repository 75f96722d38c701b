/// One cell for the terminal to write: the character, how many columns it takes there, its look.
public struct CellUpdate: Equatable, Sendable {
    public let x: Int
    public let y: Int
    public let character: Character
    /// 2 for a wide character written whole, else 1.
    public let columns: Int
    public let style: CellStyle
}

/// What changed between two frames, worked out here (and tested) so that a backend only writes
/// the cells it is given.
extension Grid {
    /// The cells to write so that a terminal of `screenWidth`×`screenHeight` that shows
    /// `previous` (nil: unknown, or another size) shows this grid, row by row, left to right.
    /// The bottom-right cell of the screen is never written (curses refuses it); a wide
    /// character that does not fit at the right edge becomes a space, and a continuation cell
    /// that lost its wide character a blank.
    public func updates(from previous: Grid?, screenWidth: Int, screenHeight: Int) -> [CellUpdate] {
        let last = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var updates: [CellUpdate] = []
        for y in 0 ..< min(height, screenHeight) {
            var x = 0
            while x < min(width, screenWidth) {
                let index = y * width + x
                let cell = cells[index]
                let dirty = last.map { old in
                    if old.cells[index] != cell { return true }
                    if cell.width == 2 { return x + 1 < width && old.cells[index + 1] != cells[index + 1] }
                    return cell.isContinuation && x > 0 && old.cells[index - 1] != cells[index - 1]
                } ?? true
                let update = self.update(atX: x, y: y, screenWidth: screenWidth, screenHeight: screenHeight)
                if dirty, let update { updates.append(update) }
                x += update?.columns ?? 1
            }
        }
        return updates
    }

    /// How the cell at `x`, `y` is written on such a screen, changed or not (a backend whose
    /// terminal drew the cell before it too wide writes it again); nil for the bottom-right cell.
    public func update(atX x: Int, y: Int, screenWidth: Int, screenHeight: Int) -> CellUpdate? {
        guard x < width, y < height, !(y == screenHeight - 1 && x == screenWidth - 1) else { return nil }
        let cell = cells[y * width + x]
        if cell.width == 2 {
            let fits = x + 1 < screenWidth && !(y == screenHeight - 1 && x + 1 == screenWidth - 1)
            // Half a wide character would show: a space instead, as the grid does at edges.
            return CellUpdate(x: x, y: y, character: fits ? cell.character : " ", columns: fits ? 2 : 1, style: cell.style)
        }
        return CellUpdate(x: x, y: y, character: cell.isContinuation ? " " : cell.character, columns: 1, style: cell.style)
    }
}
