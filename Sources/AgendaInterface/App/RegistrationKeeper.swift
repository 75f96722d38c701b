import AgendaModel
import AgendaWords

/// Where the interface's registrations, drafts and events are written: the store and the
/// catalogue file, in the program.
public protocol RegistrationKeeper: AnyObject {
    func saveDraft(_ draft: RegistrationDraft, for eventID: String) throws
    func removeDraft(for eventID: String) throws
    /// Applies `edits` to the store as it is on the disk now, under its lock: another program's
    /// changes in between are kept, and an edit they make impossible is returned as a conflict.
    func apply(_ edits: [RegistrationEdit], at moment: Moment, allOrNothing: Bool) throws -> StoreWrite
    /// Every registration, when another program changed the store since this one last read or
    /// wrote it; nil when none did. Asked about once a second, so it must be cheap.
    func changesFromElsewhere() throws -> [Registration]?
    /// Writes the event as an iCalendar file and returns its path.
    func exportCalendar(_ event: Event) throws -> String
    /// Writes the inscriptions as a workbook (.xlsx) and returns its path.
    func exportInscriptions(_ export: InscriptionsExport) throws -> String
    /// Erases the registration for good (`RegistrationStore.erase`): false when the store has
    /// none with this id (erased elsewhere already).
    func erase(_ id: String) throws -> Bool
    /// Puts the messages in the outbox.
    func queue(_ messages: [MailMessage]) throws
    /// The messages waiting.
    func queuedMessages() throws -> [QueuedMessage]
    /// Sends what waits: how many went, and the error of each that did not, by file name.
    func sendQueued() throws -> (sent: Int, failures: [String: String])
    /// Writes `event` into the catalogue file, in place of the one with its id or added, unless
    /// the file changed since it was read (then nothing is written and the catalogue as it is
    /// now comes back). `creatingFromSample`: the user's catalogue is made from the built-in
    /// sample first.
    func saveEvent(_ event: Event, creatingFromSample: Bool) throws -> EventWrite
    /// The catalogue as it is now, when another program changed its file since this one last
    /// read or wrote it and it reads; nil otherwise. Asked about once a second: a `stat`.
    func catalogueChangedElsewhere() -> Catalogue?
    /// One sentence for the status bar: what failed and what to do.
    func describe(_ error: Error) -> String
}

/// What became of an event written from the editor.
public enum EventWrite: Sendable {
    case written
    /// The file changed since it was read: the catalogue as it is now.
    case changedOnDisk(Catalogue)
}
