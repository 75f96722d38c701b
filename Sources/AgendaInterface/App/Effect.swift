import AgendaModel

/// What the main loop must do after a message, beyond drawing the new state. Each one that
/// fails comes back as `AppMessage.failed`, and the state undoes what it had shown.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case repaint
    /// Keep what was typed in a form (drafts.json).
    case saveDraft(eventID: String, draft: RegistrationDraft)
    case removeDraft(eventID: String)
    /// Add a submitted registration to the store.
    case saveRegistration(Registration)
    /// Write registrations changed by triage (a decision, a bulk decision, a note, an undo).
    case updateRegistrations(RegistrationChange)
    /// Write the event as an iCalendar file; the loop reports where.
    case exportEvent(Event)
}

/// Registrations changed on screen before the store has them: what to write, and what to put
/// back should the write fail.
public struct RegistrationChange: Equatable, Sendable {
    /// The versions to write.
    public let after: [Registration]
    /// The versions they replace, shown again if the write fails.
    public let before: [Registration]
    /// Undo and redo as they were before the change: a change that was never saved was never
    /// done, so it cannot be undone either.
    public let historyBefore: TriageHistory
    /// The triage list as it was (its cursor, its tags), put back too.
    public let listBefore: TriageList?

    public init(after: [Registration], before: [Registration], historyBefore: TriageHistory, listBefore: TriageList?) {
        self.after = after
        self.before = before
        self.historyBefore = historyBefore
        self.listBefore = listBefore
    }
}
