import AgendaModel
import AgendaWords

/// The keys of an inscription shown in full: only to close it.
extension AgendaState {
    mutating func handleViewingKey(_ key: Key) -> [Effect] {
        switch keys.action(for: key, in: .popup) {
        case .close?: closeTop()
        case .redraw?: return [.repaint]
        default: sayKeyDoesNothing(key)
        }
        return []
    }
}
