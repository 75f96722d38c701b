import AgendaWords

/// The panes of the screen. More come with the form and the triage list.
public enum Pane: Hashable, Sendable {
    case agenda, detail
    /// The registration form, in the right-hand pane (or the whole screen when narrow).
    case form
    /// The inscriptions triage list, in the right-hand pane (or the whole screen when narrow).
    case triage

    var keyContext: KeyContext {
        switch self {
        case .agenda: return .agenda
        case .detail: return .detail
        case .form: return .form
        case .triage: return .triage
        }
    }
}

/// What the keyboard is doing besides moving around.
public enum Mode: Equatable, Sendable {
    case normal
    /// Typing a live search in the status line.
    case searching
    /// The filter menu is open, its cursor on an item.
    case filterMenu(cursor: Int)
    /// Help is shown, scrolled to a line.
    case help(top: Int)
    /// An existing registration shown over the screen (after a duplicate was found).
    case viewingRegistration(id: String)
    /// A message to participants shown before it is queued.
    case previewingMessage
    case viewingOutbox
}
