import AgendaModel

/// The screens of the interface, as they stack up on `AgendaState.screens`: the agenda (with
/// its detail pane) is always at the bottom; each other screen opens over what is shown and
/// closes back to it. The top one gets the keys.
///
/// A new screen is a folder under `Screens/` (its state, its keys, its view) and a case here,
/// with its line in `AgendaState.route(_:)` and in `ScreenRenderer.drawScreen`.
public enum Screen: Equatable, Sendable {
    case agenda(AgendaScreen)
    case form(RegistrationForm)
    case triage(TriageList)
    case filterMenu(cursor: Int)
    case help(top: Int)
    /// An inscription in full, over the screen.
    case inscription(id: String)
    /// Messages to participants, shown as they will leave, before they are queued.
    case message(MessagePreview)
    /// The messages waiting to be sent.
    case outbox(OutboxList)
    /// An event being written: new, edited or duplicated.
    case eventEditor(EventEditor)

    /// A screen drawn over the others rather than in a pane.
    var isOverlay: Bool {
        switch self {
        case .agenda, .form, .triage, .eventEditor: return false
        case .filterMenu, .help, .inscription, .message, .outbox: return true
        }
    }
}

/// The agenda screen's own state: which of its two panes has the keys, and the search being
/// typed, if one is.
public struct AgendaScreen: Equatable, Sendable {
    public internal(set) var focus: Pane = .agenda
    public internal(set) var search: TextInput?
    public var isSearching: Bool { search != nil }

    public init() {}
}

/// Opening and closing screens.
extension AgendaState {
    public var topScreen: Screen { screens[screens.count - 1] }

    mutating func open(_ screen: Screen) {
        screens.append(screen)
    }

    /// Closes the top screen; the agenda at the bottom stays.
    mutating func closeTop() {
        if screens.count > 1 { screens.removeLast() }
    }

    mutating func replaceTop(_ screen: Screen) {
        screens[screens.count - 1] = screen
    }

    /// The agenda screen at the bottom of the stack.
    var agendaScreen: AgendaScreen {
        get {
            guard case .agenda(let agenda) = screens[0] else { preconditionFailure("the agenda is always at the bottom") }
            return agenda
        }
        set { screens[0] = .agenda(newValue) }
    }

    /// The pane that has the keyboard: the topmost screen's that is not drawn over the others.
    public var focus: Pane {
        for screen in screens.reversed() {
            switch screen {
            case .agenda(let agenda): return agenda.focus
            case .form, .eventEditor: return .form
            case .triage: return .triage
            case .filterMenu, .help, .inscription, .message, .outbox: continue
            }
        }
        return .agenda
    }

    /// What the keyboard does besides moving around, from the top screen.
    public var mode: Mode {
        switch topScreen {
        case .help(let top): return .help(top: top)
        case .filterMenu(let cursor): return .filterMenu(cursor: cursor)
        case .inscription(let id): return .viewingRegistration(id: id)
        case .message: return .previewingMessage
        case .outbox: return .viewingOutbox
        case .agenda(let agenda): return agenda.isSearching ? .searching : .normal
        case .form, .triage, .eventEditor: return .normal
        }
    }

    /// The open triage list (the topmost one), changed in place on the stack.
    public internal(set) var triage: TriageList? {
        get {
            for screen in screens.reversed() { if case .triage(let list) = screen { return list } }
            return nil
        }
        set {
            guard let index = screens.lastIndex(where: { if case .triage = $0 { return true } else { return false } }) else {
                if let newValue { open(.triage(newValue)) }
                return
            }
            if let newValue { screens[index] = .triage(newValue) } else { screens.removeSubrange(index...) }
        }
    }

    /// The open registration form (the topmost one), changed in place on the stack.
    public internal(set) var form: RegistrationForm? {
        get {
            for screen in screens.reversed() { if case .form(let form) = screen { return form } }
            return nil
        }
        set {
            guard let index = screens.lastIndex(where: { if case .form = $0 { return true } else { return false } }) else {
                if let newValue { open(.form(newValue)) }
                return
            }
            if let newValue { screens[index] = .form(newValue) } else { screens.removeSubrange(index...) }
        }
    }
}
