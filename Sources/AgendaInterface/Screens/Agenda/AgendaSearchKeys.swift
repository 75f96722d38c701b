import AgendaModel
import AgendaWords

/// Typing the agenda's live search in the status bar.
extension AgendaState {
    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        var edited = filter
        switch keys.action(for: key, in: .textInput) {
        case .keepText?:
            agendaScreen.isSearching = false
            return []
        case .cancelText?:
            agendaScreen.isSearching = false
            edited.search = ""
        case .deleteBackward?:
            if edited.search.isEmpty { agendaScreen.isSearching = false } else { edited.search.removeLast() }
        case .eraseText?:
            edited.search = ""
        case .moveDown?:
            moveSelection(by: 1)
            return []
        case .moveUp?:
            moveSelection(by: -1)
            return []
        case .redraw?:
            return [.repaint]
        case nil:
            guard case .character(let character) = key,
                  !character.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0) }) else { return [] }
            edited.search.append(character)
        default:
            return []
        }
        setFilter(edited)
        return []
    }
}
