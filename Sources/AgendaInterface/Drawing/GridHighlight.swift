extension Grid {
    /// Marks a selected row: the selection's colours and attributes over the row's own, which
    /// keep their emphasis (a status colour stays legible under a monochrome reverse).
    mutating func highlight(x: Int, y: Int, width: Int, with style: CellStyle) {
        restyle(x: x, y: y, width: width) { cell in
            cell.foreground = style.foreground ?? cell.foreground
            cell.background = style.background
            cell.reverse = style.reverse
            cell.underline = style.underline || cell.underline
            cell.dim = false
        }
    }
}
