import AgendaModel
import AgendaWords

/// The selected event in full, scrolled to `detailTop`.
enum DetailPaneView {
    static func draw(_ state: AgendaState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let theme = state.theme
        let lines = state.detailLines(width: max(1, area.width - 2))
        let contentHeight = area.height - 1
        var header = state.strings.text(.detailTitle)
        if lines.count > contentHeight, contentHeight > 0 {
            let last = min(lines.count, state.detailTop + contentHeight)
            header += " — \(state.detailTop + 1)–\(last)/\(lines.count)"
        }
        grid.write(" " + header, x: area.x, y: area.y, style: focused ? theme.focusedPaneTitle : theme.paneTitle, maxWidth: area.width)
        guard state.selectedEvent != nil else {
            grid.write(state.strings.text(.noEventSelected), x: area.x + 1, y: area.y + 1,
                       style: theme.muted, maxWidth: area.width - 2)
            return
        }
        for (offset, line) in lines.dropFirst(state.detailTop).prefix(max(0, contentHeight)).enumerated() {
            grid.write(line.spans.map { ($0.text, theme.role($0.role)) }, x: area.x + 1, y: area.y + 1 + offset,
                       maxWidth: area.width - 2)
        }
    }
}
