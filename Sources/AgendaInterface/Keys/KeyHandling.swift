import AgendaModel
import AgendaWords

/// Key handling: a pure function of the state and a key, returning the effects for the loop.
/// The key goes to the screen on top of the stack, and only to it.
extension AgendaState {
    public mutating func handle(_ key: Key) -> [Effect] {
        if case .resize(let width, let height) = key {
            resize(width: width, height: height)
            return []
        }
        message = nil
        // A screen too small to show anything still takes every key: in a storm of resizes the
        // keys typed meanwhile may be read while the last size known is a tiny one.
        return route(key)
    }

    /// The one place where screens get their keys: a line for each (`Screen`).
    mutating func route(_ key: Key) -> [Effect] {
        switch topScreen {
        case .agenda(let agenda): return agenda.isSearching ? handleSearchKey(key) : handleAgendaKey(key)
        case .form: return handleFormKey(key)
        case .eventEditor: return handleEventEditorKey(key)
        case .triage: return handleTriageKey(key)
        case .filterMenu(let cursor): return handleFilterMenuKey(key, cursor: cursor)
        case .help(let top): return handleHelpKey(key, top: top)
        case .inscription: return handleViewingKey(key)
        case .message(let preview): return handleMessageKey(key, preview: preview)
        case .outbox(let list): return handleOutboxKey(key, list: list)
        }
    }
}
