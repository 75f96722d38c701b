import AgendaInterface
import AgendaModel
import AgendaWords

/// The interface's registrations and drafts, written to the store in the data directory.
/// The directory is created on the first write, so that merely browsing leaves nothing behind.
final class StoreKeeper: RegistrationKeeper {
    let store: RegistrationStore
    let language: Language
    /// The interface's clock: an export's stamp is today as the interface knows it.
    let clock: @Sendable () -> Moment

    init(store: RegistrationStore, language: Language, clock: @escaping @Sendable () -> Moment) {
        self.store = store
        self.language = language
        self.clock = clock
    }

    func saveDraft(_ draft: RegistrationDraft, for eventID: String) throws {
        try DataDirectory.ensureExists(store.directory)
        try store.saveDraft(draft, for: eventID)
    }

    func removeDraft(for eventID: String) throws {
        try store.removeDraft(for: eventID)
    }

    func apply(_ edits: [RegistrationEdit], at moment: Moment, allOrNothing: Bool) throws -> StoreWrite {
        try DataDirectory.ensureExists(store.directory)
        return try store.apply(edits, at: moment, allOrNothing: allOrNothing)
    }

    func queue(_ messages: [MailMessage]) throws {
        try DataDirectory.ensureExists(store.directory)
        try Outbox(dataDirectory: store.directory).queue(messages, at: clock())
    }

    func erase(_ id: String) throws -> Bool {
        try store.erase(id: id, at: clock()) != nil
    }

    func changesFromElsewhere() throws -> [Registration]? {
        try store.reloadIfChanged()
    }

    func describe(_ error: Error) -> String {
        if let error = error as? WorkbookError { return Strings(language).text(error) }
        return (error as? StoreError).map(Strings(language).text) ?? "\(error)"
    }
}

extension StoreKeeper {
    /// `exports/<id>.ics` in the data directory, so that it is found again and never written
    /// over someone's document in the current directory.
    func exportCalendar(_ event: Event) throws -> String {
        let directory = store.directory + "/exports"
        try DataDirectory.ensureExists(directory)
        let path = directory + "/\(event.id).ics"
        let writer = ICalendarWriter(fallbackStamp: ICalendarWriter.stamp(for: clock().today))
        try AtomicFile.write(writer.bytes([event]), to: path)
        return path
    }
}
