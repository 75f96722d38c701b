import AgendaModel
import AgendaWords

/// Typing the agenda's live search in the status bar: each change filters at once.
extension AgendaState {
    mutating func startSearch() {
        agendaScreen.search = TextInput(filter.search)
    }

    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        guard var input = agendaScreen.search else { return [] }
        var edited = filter
        switch input.handle(key, keys: keys, closesWhenEmpty: true) {
        case .kept:
            agendaScreen.search = nil
            return []
        case .cancelled:
            agendaScreen.search = nil
            edited.search = ""
        case .edited:
            agendaScreen.search = input
            edited.search = input.text
        case .action(.moveDown):
            moveSelection(by: 1)
            return []
        case .action(.moveUp):
            moveSelection(by: -1)
            return []
        case .action(.redraw):
            return [.repaint]
        case .action, .ignored:
            return []
        }
        setFilter(edited)
        return []
    }
}
