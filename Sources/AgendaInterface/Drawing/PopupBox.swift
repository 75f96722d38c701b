import AgendaWords

extension Grid {
    /// A box drawn over the screen: what is under it cleared, a line round it and its title
    /// in the top line, so that it stands apart from the list behind it in every theme, without
    /// colours too (`NO_COLOR`). Its content goes inside, from (x + 1, y + 1).
    mutating func popupBox(x: Int, y: Int, width: Int, height: Int, title: String, style: CellStyle, titleStyle: CellStyle) {
        guard width >= 2, height >= 2 else { return }
        fill(x: x, y: y, width: width, height: height, style: style)
        let horizontal = String(repeating: "─", count: width - 2)
        write("┌" + horizontal + "┐", x: x, y: y, style: style)
        for row in (y + 1)..<(y + height - 1) {
            write("│", x: x, y: row, style: style)
            write("│", x: x + width - 1, y: row, style: style)
        }
        write("└" + horizontal + "┘", x: x, y: y + height - 1, style: style)
        let shown = TextFitting.truncate(" " + title.trimmingCharacters(in: .whitespaces) + " ", to: max(0, width - 4))
        write(shown, x: x + 2, y: y, style: titleStyle)
    }
}
