import AgendaModel
import AgendaWords

/// The outbox over the screen: a line a message (kind, recipient, subject), its error under it.
enum OutboxView {
    static func draw(_ list: OutboxList, state: AgendaState, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let width = min(grid.width - 4, 100)
        let inner = width - 4
        var lines: [(String, CellStyle, Bool)] = []
        if list.messages.isEmpty { lines.append((strings.text(.outboxEmpty), merge(theme.muted, over: theme.popup), false)) }
        for (index, message) in list.messages.enumerated() {
            let kind = message.kind.map(strings.table.messageKindName) ?? "?"
            let text = TerminalSafeText.sanitize("\(kind)  \(message.recipient ?? "")  \(message.subject ?? "")")
            lines.append((text, theme.popup, index == list.cursor))
            if let failure = list.failures[message.name] {
                lines.append(("  ↳ " + TerminalSafeText.sanitize(failure), merge(theme.warning, over: theme.popup), false))
            }
        }
        let height = min(grid.height - 4, lines.count + 2)
        let x = (grid.width - width) / 2
        grid.popupBox(x: x, y: 2, width: width, height: height, title: strings.text(.outboxTitle(list.messages.count)),
                      style: theme.popup, titleStyle: theme.popupTitle)
        for (offset, line) in lines.prefix(height - 2).enumerated() {
            grid.write(TextFitting.pad(TextFitting.truncate(line.0, to: inner), to: inner), x: x + 2, y: 3 + offset, style: line.1, maxWidth: inner)
            if line.2 { grid.highlight(x: x + 2, y: 3 + offset, width: inner, with: theme.selection) }
        }
    }
}
