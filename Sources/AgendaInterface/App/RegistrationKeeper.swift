import AgendaModel
import AgendaWords

/// Where the interface's registrations and drafts are written: the store, in the program.
public protocol RegistrationKeeper: AnyObject {
    func saveDraft(_ draft: RegistrationDraft, for eventID: String) throws
    func removeDraft(for eventID: String) throws
    func add(_ registration: Registration) throws
    /// Replaces registrations by id, merged into the store as it is on disk now.
    func update(_ registrations: [Registration]) throws
    /// Writes the event as an iCalendar file and returns its path.
    func exportCalendar(_ event: Event) throws -> String
    /// One sentence for the status bar: what failed and what to do.
    func describe(_ error: Error) -> String
}
