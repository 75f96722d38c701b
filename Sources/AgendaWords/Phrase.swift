import AgendaModel

/// What the interface says on its screens and in its status bar, beyond the catalogue's and the
/// store's own words: titles, column headings, labels, and the sentences of each screen.
public enum Phrase: Sendable, Equatable {
    // Titles and headings
    case upcoming, past
    case eventCount(Int)
    case noEvents
    case noEventMatches(clearSearch: String, filter: String)
    case detailTitle, noEventSelected
    case filterTitle
    case filterKind, filterTheme, filterCountryGroup, filterStatus
    case helpTitle
    case helpSection(KeyContext)
    case helpSearchRule
    case registrationTitle(String)
    case requiredMark
    case formFooter(submit: String, leave: String)
    case existingRegistrationTitle
    /// An inscription shown in full, from triage: whose it is.
    case inscriptionTitle(String)
    case triageTitle(String), everyInscriptionTitle
    /// An empty triage list: nothing yet for the scope, or what hides the rest (the status
    /// filter, the search) and the key that lifts it.
    case noInscriptionYet
    case noInscriptionWithStatus(String, clear: String)
    case noInscriptionMatching(String, clear: String)
    case noteLabel
    case orphan(String)
    /// In the organisation column: an e-mail inscription whose required fields are still empty.
    case toComplete
    /// In the triage list's view line: how many of its inscriptions are to complete.
    case toCompleteCount(Int, correct: String)
    case readingCatalogue(name: String, megabytes: Double)
    case terminalTooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int, quit: String)
    case readOnlyStore
    case today(String)
    // Field labels
    case name, firstName, lastName, email, phone, organisation, organisationHelp, role, event, status, created, history,
         note, received, numberHelp, consent, yes, no, attendance
    /// The inscription's consent, as the inscription shown in full says it.
    case consentLabel, consentGiven, consentNotGiven
    // Summaries
    case seatsApproved(approved: Int, capacity: Int)
    case approvedCount(Int), pendingCount(Int), waitlistedCount(Int), taggedCount(Int)
    /// The triage list's status filter in force.
    case triageFilter(String)
    case filterSummary(FilterPart)
    case multiDayUntil(CalendarDate)
    case shortDate(CalendarDate)
    // Status bar
    case searchHint(keep: String, clear: String)
    /// The status bar while a note or a search of the triage is typed: the typing keys.
    case typingHintKeep(String), typingHintCancel(String), typingHintMove(String), typingHintErase(String), typingHintNewLine(String)
    case filterMenuHint(toggle: String, clear: String, close: String)
    case helpHint(scroll: String, close: String)
    case popupHint(close: String)
    case detailHint(back: String)
    case formHint(next: String, help: String, quit: String)
    /// The form's hint where the whole one does not fit.
    case formHintShort(next: String)
    /// "a, b ou c": keys that all do one thing.
    case eitherKey([String])
    /// The description in help of a key that asks for a second one, and of the live search.
    case bulkDescription(keys: String)
    case searchDescription(keep: String, clear: String)
    case optionDescription(between: String)
    case exported(String)
    /// The form correcting a registration: whose, for which event.
    case correctionTitle(name: String, event: String)
    case detailsCorrected(name: String, fields: [String])
    case detailsUnchanged
    case correctionAbandoned
    /// The message shown before it is queued: which of how many, its kind.
    case messageTitle(index: Int, count: Int, kind: MessageKind)
    /// A message of this kind already went to this inscription, at that moment.
    case messageSentBefore(at: String, queue: String)
    case messageTo, messageSubject
    case messageHint(queue: String, drop: String, next: String, edit: String)
    case messagesQueued(Int)
    case messagesDropped
    /// The outbox: its title, an empty one, its keys, what sending did.
    case outboxTitle(Int)
    case outboxEmpty
    case outboxHint(send: String, close: String)
    case outboxSent(sent: Int, left: Int)
    case outboxNoSendmail
    /// Under a message the last send could not hand over: sendmail's exit status and last word.
    case outboxFailure(status: Int32, detail: String)
    case messageEdited
    /// The editor failed, or left no `Subject:` line: the message stays as it was.
    case messageNotEdited
    case messagesWaiting(Int)
    case noMessageFits(name: String, reason: MessageRefusal?)
    case mailNeedsSender
    /// The detail of an online event today or tomorrow: approved participants not yet sent its
    /// connection details, and the command that sends them.
    case connectionNotSent(Int, event: String)
    /// Inscriptions of a cancelled or postponed event not yet sent its cancellation message.
    case cancellationNotSent(Int, event: String, compose: String)
    // The event editor
    case newEventTitle, editEventTitle(String), duplicateEventTitle(String)
    /// A field's label.
    case eventField(EventDraft.Field)
    /// What is wrong under a field, in the catalogue's words where they are its rules.
    case eventProblem(EventDraftCheck.Problem.Issue)
    /// The place's choice when none is said.
    case noPlaceGiven
    case eventTimeHelp(zone: String?)
    case listHelp, contactsHelp
    case editOutsideHelp(key: String)
    case fieldNotEdited
    /// The status bar's word for the editor's save key.
    case editorSaveHint
    case choiceHelp(keys: String)
    case editorFooter(save: String, leave: String)
    case eventSaved(String)
    case eventUnchanged
    case eventEditUnsaved(leave: String, save: String)
    case eventEditDropped
    case eventNotSavedYet(save: String)
    /// A duplicate is moved to the next edition: when that is.
    case duplicateMoved(String)
    case sampleCopyQuestion(path: String, yes: String, no: String)
    case catalogueChangedOnDisk(save: String)
    /// Another program changed the catalogue file; no event was being edited.
    case catalogueReloaded
    /// The catalogue file could not be written: why.
    case catalogueNotWritten(CatalogueDocument.WriteError)
    /// Erasure at the person's request (GDPR): the question, once done, already done.
    case eraseQuestion(name: String, yes: String, no: String)
    case erased(name: String)
    case erasedElsewhere(name: String)
    /// The detail of an event: how many of its inscriptions were erased.
    case erasedCount(Int)
    /// Someone else changed the details meanwhile: the correction typed is shown over theirs.
    case correctionOverNewVersion(name: String, submit: String)
    /// A history entry of a correction: the fields corrected.
    case detailsCorrectedEntry(fields: [String])
    /// An inscription whose event left the catalogue: the form has no questions to show.
    case correctionNeedsTheEvent
    /// A corrected e-mail another registration of the event already has.
    case correctionDuplicate(name: String)
    case draftRestored
    case draftKept(resume: String)
    /// The detail of an event with a form begun: when it was last saved, the key that resumes it.
    case draftWaiting(savedAt: String, resume: String)
    case registrationSaved(name: String, status: RegistrationStatus)
    case fieldsToCorrect(Int)
    case nothingChanged, bulkAbandoned
    case noneTagged(tag: String)
    case bulkPrompt(bulk: String, approve: String, waitlist: String, decline: String, cancel: String, tagged: Int)
    case nothingToUndo, nothingToRedo
    /// An undo or redo of several inscriptions: how many went back to their status before.
    case undone(Int), redone(Int)
    /// An undo or redo of one inscription: whose, and the status it has again.
    case undoneOne(name: String, status: RegistrationStatus), redoneOne(name: String, status: RegistrationStatus)
    case tagsCleared, searchCleared
    /// A bulk decision: how many changed, how many were already in that status.
    case bulkDecided(changed: Int, skipped: Int, status: RegistrationStatus)
    /// A key's name in help and hints, where the languages name it differently.
    case keyName(NamedKey)
    case beyondCapacity(excess: Int, yes: String, no: String)
    case alreadyStatus(name: String, RegistrationStatus)
    /// The coordinator did not set the event's rule aside: the form stays, nothing stored.
    case nothingRecorded
    /// A key bound to nothing on this screen: which, and the key that lists the ones that do.
    case keyDoesNothing(String, help: String)
    case decided(name: String, status: RegistrationStatus)
    case promoted(name: String)
    case offerSeat(name: String, yes: String, no: String)
    case noteSaved
    /// A change the store refused: the screen shows it undone.
    case notSaved(String)
    /// After the first of several problems: how many more there are.
    case moreProblems(Int)
    /// The store could not be read: nothing is written to it.
    case storeIsReadOnly
    /// Another program changed the store; the screen now shows its changes.
    case updatedElsewhere
    /// A decision not made: another program changed the inscription first (to `status`, `when`).
    case decidedElsewhere(name: String, status: RegistrationStatus, when: String)
    /// Several decisions not made for that reason; the others were.
    case severalChangedElsewhere(Int)
    /// A note not saved: another program changed it first. The one typed is still in the editor.
    case noteChangedElsewhere(name: String, keep: String)
    /// An undo (or redo) not made: an inscription it concerns changed since, by another program.
    case cannotRevert(undo: Bool, name: String, others: Int)
    /// The inscription is no longer in the store (another program removed it).
    case inscriptionGone
    /// The terminal's locale is not UTF-8: the program speaks its character set.
    case terminalNotUTF8(charset: String)

    /// One part of the title bar's summary of the filter in force.
    public enum FilterPart: Sendable, Equatable {
        case search(String)
        case kinds(String), themes(String), countryGroups(String), statuses(String)
    }
}

/// The keys whose names differ from one language to another.
public enum NamedKey: Sendable, Equatable, CaseIterable {
    case space, home, end, enter, escape, backTab, delete
}

/// Where a binding applies (the key table's contexts), as the words need them.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case everywhere, agenda, detail, form, triage
    /// Typing a text: the agenda's and the triage's search, a note, a form field.
    case textInput
    /// The triage's note, which may hold several lines: the text keys, and these first.
    case noteEditor
    /// A message to participants shown before it is queued.
    case message
    /// The messages waiting in the outbox.
    case outbox
    case filterMenu, help
    /// A registration shown over the screen.
    case popup
    /// A question of the status bar, answered by one key.
    case confirmation

    /// Where only these keys act (and the redraw key): the global ones would be typed, or
    /// would act behind an open menu.
    public var isClosed: Bool {
        switch self {
        case .everywhere, .agenda, .detail, .triage: return false
        case .form, .textInput, .noteEditor, .message, .outbox, .filterMenu, .help, .popup, .confirmation: return true
        }
    }
}
