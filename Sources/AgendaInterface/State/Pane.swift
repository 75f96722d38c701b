/// The panes of the screen. More come with the form and the triage list.
public enum Pane: Hashable, Sendable {
    case agenda, detail

    var keyContext: KeyContext {
        switch self {
        case .agenda: return .agenda
        case .detail: return .detail
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
}
