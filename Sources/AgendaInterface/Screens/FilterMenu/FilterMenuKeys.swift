import AgendaModel
import AgendaWords

/// The filter menu's keys: move, tick, clear, close.
extension AgendaState {
    mutating func handleFilterMenuKey(_ key: Key, cursor: Int) -> [Effect] {
        let count = filterMenu.items.count
        switch keys.action(for: key, in: .filterMenu) {
        case .moveDown?:
            replaceTop(.filterMenu(cursor: min(cursor + 1, max(0, count - 1))))
        case .moveUp?:
            replaceTop(.filterMenu(cursor: max(cursor - 1, 0)))
        case .first?:
            replaceTop(.filterMenu(cursor: 0))
        case .last?:
            replaceTop(.filterMenu(cursor: max(0, count - 1)))
        case .toggleOption?:
            guard cursor < count else { break }
            var edited = filter
            FilterMenu.toggle(filterMenu.items[cursor], in: &edited)
            setFilter(edited)
        case .clearFilters?:
            var cleared = filter
            cleared.kinds = []
            cleared.themes = []
            cleared.countryGroups = []
            cleared.statuses = []
            setFilter(cleared)
        case .close?:
            closeTop()
        case .redraw?:
            return [.repaint]
        default:
            break
        }
        return []
    }
}
