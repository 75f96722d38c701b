import AgendaModel
import AgendaWords

/// Help's keys: scroll and close.
extension AgendaState {
    mutating func handleHelpKey(_ key: Key, top: Int) -> [Effect] {
        let lines = HelpView.lines(strings: strings, keys: keys).count
        let page = max(1, height - 4)
        let maxTop = max(0, lines - page)
        switch keys.action(for: key, in: .help) {
        case .scrollDown?: replaceTop(.help(top: min(top + 1, maxTop)))
        case .scrollUp?: replaceTop(.help(top: max(top - 1, 0)))
        case .pageDown?: replaceTop(.help(top: min(top + page, maxTop)))
        case .pageUp?: replaceTop(.help(top: max(top - page, 0)))
        case .redraw?: return [.repaint]
        case .close?: closeTop()
        default: break
        }
        return []
    }
}
