import AgendaModel
import AgendaWords

/// The message shown as it will leave: its recipient, its subject, its body, over the screen.
enum MessagePreviewView {
    static func draw(_ preview: MessagePreview, state: AgendaState, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let message = preview.messages[preview.shown]
        let width = min(grid.width - 4, 84)
        let inner = width - 4
        var lines: [(String, CellStyle)] = [
            (strings.text(.messageTo) + " " + TerminalSafeText.sanitize(message.to.name + " <" + message.to.address + ">"),
             merge(theme.label, over: theme.popup)),
            (strings.text(.messageSubject) + " " + TerminalSafeText.sanitize(message.subject), merge(theme.label, over: theme.popup)),
            ("", theme.popup),
        ]
        if let sent = preview.sentBefore[preview.shown] {
            lines.insert((strings.text(.messageSentBefore(at: sent, queue: state.keyName(.queueMessages, .message))),
                          merge(theme.warning, over: theme.popup)), at: 2)
        }
        for paragraph in message.body.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = TerminalSafeText.sanitize(String(paragraph))
            if text.isEmpty { lines.append(("", theme.popup)); continue }
            for part in TextFitting.wrap(text, width: inner) { lines.append((part, theme.popup)) }
        }
        let height = min(grid.height - 4, lines.count + 2)
        let visible = max(1, height - 2)
        let top = min(preview.top, max(0, lines.count - visible))
        let x = (grid.width - width) / 2
        let title = strings.text(.messageTitle(index: preview.shown + 1, count: preview.messages.count, kind: preview.kinds[preview.shown]))
        grid.popupBox(x: x, y: 2, width: width, height: height, title: title, style: theme.popup, titleStyle: theme.popupTitle)
        for (offset, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            grid.write(line.0, x: x + 2, y: 3 + offset, style: line.1, maxWidth: inner)
        }
    }
}
