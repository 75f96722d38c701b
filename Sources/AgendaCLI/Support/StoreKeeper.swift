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
    /// `[mail] sendmail`: the command the outbox is sent with, if one is set.
    let sendmail: String?
    /// Where events from the editor are written (by default none: the sample, with no home to
    /// make the user's catalogue in, and a save says it cannot be written).
    let catalogue: CatalogueKeeper

    init(store: RegistrationStore, language: Language, clock: @escaping @Sendable () -> Moment, sendmail: String? = nil,
         catalogue: CatalogueKeeper = CatalogueKeeper(source: .builtInSample, identity: nil, environment: [:])) {
        self.catalogue = catalogue
        self.store = store
        self.language = language
        self.clock = clock
        self.sendmail = sendmail
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

    func queuedMessages() throws -> [QueuedMessage] {
        try Outbox(dataDirectory: store.directory).queued()
    }

    func sendQueued() throws -> (sent: Int, failures: [String: String]) {
        guard let sendmail else { throw OutboxSendingError.noSendmail }
        var failures: [String: String] = [:]
        let result = try OutboxSender(outbox: Outbox(dataDirectory: store.directory), store: store, command: sendmail, clock: clock)
            .sendAll { message, failure in
                if let failure {
                    failures[message.name] = Strings(self.language).text(.outboxFailure(status: failure.status, detail: failure.detail))
                }
            }
        return (result.sent, failures)
    }

    func erase(_ id: String) throws -> Bool {
        try store.erase(id: id, at: clock()) != nil
    }

    func changesFromElsewhere() throws -> [Registration]? {
        try store.reloadIfChanged()
    }

    func saveEvent(_ event: Event, creatingFromSample: Bool) throws -> EventWrite {
        try catalogue.save(event, creatingFromSample: creatingFromSample)
    }

    func catalogueChangedElsewhere() -> Catalogue? {
        catalogue.changedElsewhere()
    }

    func describe(_ error: Error) -> String {
        if let error = error as? CatalogueDocument.WriteError { return Strings(language).text(.catalogueNotWritten(error)) }
        if let error = error as? CatalogueFileError { return Strings(language).text(error) }
        if error is OutboxSendingError { return Strings(language).text(.outboxNoSendmail) }
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

enum OutboxSendingError: Error {
    case noSendmail
}
