import AgendaModel

/// What the main loop must do after a message, beyond drawing the new state. Each one that
/// fails comes back as `AppMessage.failed`, and the state undoes what it had shown; each write
/// of registrations comes back as `AppMessage.stored`, with what the store made of it.
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
    /// Write inscriptions as a workbook (.xlsx); the loop reports where.
    case exportInscriptions(InscriptionsExport)
    /// Erase a registration at the person's request: from the store, its backup and journal.
    /// The registration as shown, put back should the erasure fail.
    case eraseRegistration(Registration)
    /// Put messages in the outbox, for `agenda mail send`.
    case queueMessages([MailMessage])
    /// Let the coordinator edit `text` in `$VISUAL`/`$EDITOR`; the loop sends back what they wrote.
    case editOutside(String)
    /// Read the outbox, to show it; send what waits in it.
    case loadOutbox, sendOutbox
    /// Write an event from the editor into the catalogue file.
    case saveEvent(EventSave)
}

/// Registrations changed on screen before the store has them: the edits to apply to the store
/// as it is when written, and what to put back should the write fail.
public struct RegistrationChange: Equatable, Sendable {
    /// Which end of the undo history the change settles once written.
    public enum Settles: Equatable, Sendable {
        /// A new step, or one redone: the last undoable.
        case done
        /// An undo: the last redoable.
        case undone
        /// Not an undoable step.
        case nothing
    }

    public let edits: [RegistrationEdit]
    /// The moment the change was made: its history entries are stamped with it.
    public let at: Moment
    /// Nothing is written when one edit no longer applies (an undo, a redo: a part of one
    /// would be a change nobody made).
    public let allOrNothing: Bool
    public let settles: Settles
    /// The versions on screen before the change, shown again if the write fails.
    public let before: [Registration]
    /// Undo and redo as they were before the change: a change that was never saved was never
    /// done, so it cannot be undone either.
    public let historyBefore: TriageHistory
    /// The triage list as it was (its cursor, its tags), put back too.
    public let listBefore: TriageList?

    public init(edits: [RegistrationEdit], at: Moment, allOrNothing: Bool = false, settles: Settles, before: [Registration],
                historyBefore: TriageHistory, listBefore: TriageList?) {
        self.edits = edits
        self.at = at
        self.allOrNothing = allOrNothing
        self.settles = settles
        self.before = before
        self.historyBefore = historyBefore
        self.listBefore = listBefore
    }
}
