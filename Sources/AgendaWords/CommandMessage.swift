import AgendaModel

/// What the command line says, beyond the model's own reasons.
public enum CommandMessage: Sendable, Equatable {
    /// The interface was started without a terminal.
    case needsTerminal
    /// ncurses cannot drive this terminal (the value of TERM, empty when unset).
    case unusableTerminal(term: String)
    /// The name problems of the built-in catalogue are reported under.
    case builtInSampleName
    /// A command stopped on a catalogue with problems (its name, how many).
    case catalogueRefused(name: String, problems: Int)
    /// `validate`'s last line for a refused catalogue.
    case validationFailed(name: String, problems: Int)
    /// `validate`'s answer for a good one.
    case validationPassed(events: Int)
    case configurationUnreadable(path: String)
    case configurationNotUTF8(path: String)
    /// The catalogue config.toml names is not there: the default one is used.
    case configuredCatalogueMissing(configuration: String, path: String)
    /// The data-dir config.toml names is a file: the default directory is used.
    case configuredDataDirectoryIsAFile(configuration: String, path: String)
    /// No event with this id; `near` are ids that look like it.
    case unknownEvent(String, near: [String])
    case emptyCalendar
    case registrationsWritten(count: Int, path: String)
    case eventsWritten(count: Int, path: String)
    case importSummary(added: Int, duplicates: Int, refused: Int)
    case importIgnoredColumns(file: String, names: [String])
    /// A file that was not UTF-8, read as Windows-1252.
    case importReadAsWindows1252(file: String)
    /// A file with its header and no row.
    case importNoRows(file: String)
    /// Duplicates skipped and not listed one by one (`--verbose` lists them).
    case importMoreDuplicates(file: String, count: Int)
    /// Rows added with no consent given (no column, or an empty cell).
    case importWithoutConsent(file: String, count: Int)
    case importNothingImported(file: String)
    case importSomeRowsRefused(file: String, count: Int)
    case importFileNotFound(String)
    case importFileIsDirectory(String)
    case importFileUnreadable(String)
    /// Nothing was written: `--dry-run` only says what the import would do.
    case importDryRun
    /// Several files given, and not all of them messages (.eml): a CSV or JSON comes alone.
    case importOneFileOnly
    /// A mailbox given without `--event`.
    case mailImportNeedsEvent(file: String)
    /// `--event` given for a CSV or JSON file, whose rows name their own event.
    case importEventOnlyForMail(file: String)
    /// The mailbox or message file could not be read.
    case mailboxUnreadable(String)
    /// What importing a mailbox added (or would add, with `--dry-run`), then the skipped by reason.
    case mailImportSummary(added: Int, skipped: [MailSkipKind: Int], dryRun: Bool)
    /// Under `--dry-run`: one inscription that would be added, at its message's position.
    case mailImportWouldAdd(position: String, name: String, email: String, organisation: String)
    /// Inscriptions added without an organisation: to complete in triage.
    case mailImportToComplete(count: Int)
    /// Messages already imported or from senders already registered, not listed one by one.
    case mailImportMoreSkipped(count: Int)
    /// The line an inscription's note ends with when its message had attachments (not kept).
    case mailNoteAttachments([String])
    /// An option's value is not what it must be.
    case badDateOption(option: String, value: String)
    case badLanguageOption(String)
    case endBeforeStart(from: String, to: String)
    case badStatusOption(String, known: [String])
    /// `--kind` names no kind: the nearest name, when one is near.
    case unknownKind(String, nearest: String?, known: [String])
    // registrations decide
    case decideNeedsStatus(known: [String])
    case badDecisionStatus(String, known: [String])
    case decideNeedsSelection
    case decideUnknownID(String)
    case decideAmbiguousID(String, candidates: [String])
    case decideNothingChanged
    case decideNothingPending(event: String)
    /// One inscription decided: `id` is the first characters of its id.
    case decideChanged(name: String, id: String, from: RegistrationStatus, to: RegistrationStatus)
    case decideAlready(name: String, id: String, status: RegistrationStatus)
    /// The approvals of one event left undone: they would go beyond its capacity by `excess`.
    case decideBeyondCapacity(event: String, excess: Int, count: Int)
    /// A seat freed: the first on the waiting list, and the command that approves them.
    case decidePromotionOffer(event: String, name: String, id: String)
    case decideSummary(changed: Int, already: Int, refused: Int)
    // mail
    case mailNeedsSender(configuration: String)
    case mailQueued(name: String, email: String, kind: MessageKind)
    case mailSkipped(name: String, reason: MessageRefusal)
    case mailQueueSummary(queued: Int, skipped: Int)
    case mailListLine(kind: String, to: String, subject: String)
    case mailNothingQueued
    case mailWaiting(Int, outbox: String)
    case mailNoSendmail(configuration: String, outbox: String)
    case mailSent(to: String, id: String)
    case mailSendFailed(to: String, status: Int32, detail: String)
    case mailSendSummary(sent: Int, left: Int)
    case mailWouldSend(to: String, subject: String)
    case templateProblem(file: String, line: Int, reason: MessageTemplate.Problem.Reason)
    case templateLine(kind: MessageKind, language: String, source: String)
    case templatesChecked(Int)
    /// An event of the catalogue with its own texts, by name.
    case eventTemplates(event: String, names: [String])
    case unknownMessageKind(String, known: [String])
    // registrations erase
    case eraseWho(name: String, email: String, event: String, id: String)
    case eraseNeedsYes(String)
    case eraseDone(String)
    // registrations add
    case addSaved(name: String, id: String, status: RegistrationStatus, override: RegistrationOverride?)
    /// A value to give or correct: the option, and what is wrong, as the form says it.
    case addProblem(option: String, problem: String)
    case addUnknownMode(String)
    case addUnknownQuestion(String, known: [String])
    case addDuplicate(name: String, id: String, status: RegistrationStatus)
    /// The event's rules refuse it: the form's sentence, and whether --late sets the rule aside.
    case addRefused(String, canOverride: Bool)
}
