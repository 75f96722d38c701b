import AgendaModel
import AgendaWords

/// What the main loop must do after a key, beyond drawing the new state.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case repaint
    /// Keep what was typed in a form (drafts.json), now rather than after the usual delay.
    case saveDraft(eventID: String, draft: RegistrationDraft)
    case removeDraft(eventID: String)
    /// Add a submitted registration to the store; on failure the loop calls
    /// `AgendaState.registrationNotSaved`.
    case saveRegistration(Registration)
    /// Replace these registrations in the store (by id): triage decisions, notes, undo, redo.
    case updateRegistrations([Registration])
    /// Write the event as an iCalendar file; the loop reports where.
    case exportEvent(Event)
}
