import AgendaModel
import Foundation

extension EnglishTable {
    public func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .upcoming: return "Upcoming"
        case .past: return "Past"
        case .eventCount(let count): return "\(number(count)) \(plural(count, "event", "events"))"
        case .noEvents: return "No events."
        case .noEventMatches(let clear, let filter): return "No event matches. \(clear) clears the search, \(filter) changes the filters."
        case .detailTitle: return "Detail"
        case .noEventSelected: return "No event selected."
        case .filterTitle: return " Filter the agenda "
        case .filterKind: return "Kind"
        case .filterTheme: return "Theme"
        case .filterCountryGroup: return "Country group"
        case .filterStatus: return "Status"
        case .helpTitle: return " Help — keys "
        case .helpSection(let context):
            switch context {
            case .everywhere: return "Everywhere"
            case .agenda: return "Agenda"
            case .detail: return "Detail"
            case .form: return "Registration form"
            case .triage: return "Triage of inscriptions"
            case .textInput: return "Typing text (search, note, form field)"
            case .filterMenu: return "Filter menu"
            case .help: return "Help"
            case .popup: return "Inscription shown"
            case .confirmation: return "Questions of the status bar"
            case .noteEditor: return "Note (on several lines)"
            case .message: return "Message to participants"
            case .outbox: return "Outbox"
            }
        case .helpSearchRule: return "Search: case, accents and punctuation ignored; every word must appear."
        case .registrationTitle(let title): return " Registration — " + title
        case .requiredMark: return "* required"
        case .formFooter(let submit, let leave): return "\(submit) submits · \(leave) leaves (draft kept)"
        case .existingRegistrationTitle: return " Existing registration "
        case .inscriptionTitle(let name): return "Registration of \(name)"
        case .triageTitle(let title): return " Inscriptions — " + title
        case .everyInscriptionTitle: return " Every inscription"
        case .noInscriptionYet: return "No inscription yet."
        case .noInscriptionWithStatus(let status, let clear):
            return "No inscription is \(status). \(clear) changes the status filter."
        case .noInscriptionMatching(let search, let clear):
            return "No inscription matches “\(search)”. \(clear) clears the search."
        case .noteLabel: return " Note: "
        case .orphan(let id): return "⚠ orphan " + id
        case .toComplete: return "⚠ to complete"
        case .toCompleteCount(let count, let correct): return "⚠ \(number(count)) by e-mail to complete (\(correct) corrects)"
        case .readingCatalogue(let name, let megabytes):
            return "Reading the catalogue \(name) (\(String(format: "%.0f", megabytes)) MB)…"
        case .terminalTooSmall(let width, let height, let minimumWidth, let minimumHeight, let quit):
            return "Terminal too small (\(width)×\(height)): at least \(minimumWidth)×\(minimumHeight) needed. \(quit) quits."
        case .readOnlyStore: return " · INSCRIPTIONS READ-ONLY"
        case .today(let date): return "today " + date
        case .name: return "Name"
        case .firstName: return "First name"
        case .lastName: return "Last name"
        case .email: return "E-mail"
        case .phone: return "Phone"
        case .organisation: return "Organisation"
        case .organisationHelp: return "local government or organisation"
        case .role: return "Role"
        case .event: return "Event"
        case .status: return "Status"
        case .attendance: return "Mode"
        case .created: return "Created"
        case .history: return "History"
        case .note: return "Note"
        case .received: return "Received"
        case .numberHelp: return "a number"
        case .consent: return "I agree to these data being processed for this registration"
        case .consentLabel: return "Consent"
        case .consentGiven: return "given"
        case .consentNotGiven: return "not given"
        case .yes: return "yes"
        case .no: return "no"
        case .seatsApproved(let approved, let capacity): return "Seats: \(number(approved))/\(number(capacity)) approved"
        case .approvedCount(let count): return "\(number(count)) approved"
        case .pendingCount(let count): return "\(number(count)) pending"
        case .waitlistedCount(let count): return "\(number(count)) waitlisted"
        case .taggedCount(let count): return "\(number(count)) tagged"
        case .triageFilter(let status): return "filter: " + status
        case .filterSummary(let part):
            switch part {
            case .search(let text): return "\"\(text)\""
            case .kinds(let list): return "kind: " + list
            case .themes(let list): return "theme: " + list
            case .countryGroups(let list): return "country group: " + list
            case .statuses(let list): return "status: " + list
            }
        case .multiDayUntil(let date): return "→ \(date.day) \(shortMonthNames[date.month - 1])"
        case .shortDate(let date): return date.description
        case .typingHintKeep(let key): return "\(key) keeps"
        case .typingHintNewLine(let key): return "\(key) new line"
        case .typingHintCancel(let key): return "\(key) abandons"
        case .typingHintMove(let keys): return "\(keys) moves the cursor"
        case .typingHintErase(let key): return "\(key) erases all"
        case .searchHint(let keep, let clear): return "  (\(keep) keeps, \(clear) clears)"
        case .filterMenuHint(let toggle, let clear, let close): return " \(toggle) toggles · \(clear) clears all · \(close) closes"
        case .helpHint(let scroll, let close): return " \(scroll) scroll · \(close) closes help"
        case .popupHint(let close): return " \(close) closes"
        case .detailHint(let back): return "  \(back) back"
        case .formHint(let next, let help, let quit): return "  \(next) next field  (\(help) and \(quit) are typed here)"
        case .formHintShort(let next): return "  \(next) next field"
        case .eitherKey(let keys):
            return keys.count < 2 ? keys.joined() : keys.dropLast().joined(separator: ", ") + " or " + keys[keys.count - 1]
        case .bulkDescription(let keys): return "then \(keys): apply to the tagged ones"
        case .optionDescription(let keys): return "tick a box or an option (\(keys) between options)"
        case .searchDescription(let keep, let clear): return "search (live; \(keep) keeps, \(clear) clears)"
        case .exported(let path): return "Exported: \(path)"
        case .draftWaiting(let savedAt, let resume):
            return "✎ A registration begun is waiting" + (savedAt.isEmpty ? "" : " (draft of \(savedAt))") + ": \(resume) resumes it."
        case .correctionTitle(let name, let event): return " Details of \(name) — \(event)"
        case .detailsCorrected(let name, let fields): return "Details of \(name) corrected: \(fields.joined(separator: ", "))."
        case .detailsUnchanged: return "Nothing changed: the details are those stored."
        case .correctionOverNewVersion(let name, let submit):
            return "The details of \(name) changed elsewhere meanwhile: your correction is set over the new version; \(submit) saves it."
        case .eraseQuestion(let name, let yes, let no):
            return "Erase the registration of \(name) for good (GDPR request)? It leaves the store, its journal and its backup; nothing can bring it back. (\(yes)/\(no))"
        case .erased(let name):
            return "Registration of \(name) erased; the event keeps only that a registration was erased. Exports made before may still hold it."
        case .erasedElsewhere(let name): return "The registration of \(name) had already been erased elsewhere."
        case .erasedCount(let count): return "\(number(count)) \(count > 1 ? "registrations" : "registration") erased at the person's request (GDPR)"
        case .messageSentBefore(let at, let queue): return "Already sent on \(at); \(queue) sends it again."
        case .messageTitle(let index, let count, let kind):
            return " Message \(index)/\(count) — " + messageKindName(kind) + " "
        case .messageTo: return "To:"
        case .messageSubject: return "Subject:"
        case .messageHint(let queue, let drop, let next, let edit): return " \(queue) queues it  \(edit) edits it  \(drop) drops it  \(next) next message"
        case .messagesQueued(let count):
            return "\(number(count)) \(count == 1 ? "message" : "messages") queued; agenda mail send sends \(count == 1 ? "it" : "them")."
        case .messagesDropped: return "Nothing queued."
        case .outboxTitle(let count): return " Outbox — \(number(count)) \(count == 1 ? "message" : "messages") "
        case .outboxEmpty: return "No message waiting."
        case .outboxHint(let send, let close): return " \(send) sends them all  \(close) closes"
        case .outboxSent(let sent, let left): return "\(number(sent)) sent, \(number(left)) queued" + (left > 0 ? " (see the errors)." : ".")
        case .outboxFailure(let status, let detail): return "exit \(status)" + (detail.isEmpty ? "" : ": " + detail)
        case .outboxNoSendmail: return "No command to send with: add sendmail = \"msmtp -t\" to the [mail] section of config.toml."
        case .messageEdited: return "Message edited."
        case .messageNotEdited: return "Message unchanged: the editor failed, or the text lost its \"Subject:\" line."
        case .messagesWaiting(let count): return "\(number(count)) to send"
        case .noMessageFits(let name, let reason):
            return "No message for \(name)" + (reason.map { ": " + messageRefusal($0) } ?? ": none fits a pending or cancelled inscription") + "."
        case .newEventTitle: return "New event"
        case .editEventTitle(let title): return "Editing: \(title)"
        case .duplicateEventTitle(let title): return "Next edition of: \(title)"
        case .eventField(let field):
            switch field {
            case .title: return "Title *"
            case .kind: return "Kind"
            case .status: return "Status"
            case .start: return "Start *"
            case .end: return "End"
            case .allDay: return "All day"
            case .mode: return "Place"
            case .venue: return "Venue"
            case .address: return "Address"
            case .city: return "City"
            case .country: return "Country"
            case .summary: return "Summary"
            case .description: return "Description"
            case .themes: return "Themes"
            case .countryGroups: return "Country groups"
            case .contacts: return "Contacts"
            case .connection: return "Connection details"
            case .takesRegistrations: return "Takes registrations"
            case .opens: return "Registration opens"
            case .deadline: return "Deadline"
            case .capacity: return "Seats"
            case .waitlist: return "Waiting list"
            }
        case .eventProblem(let issue):
            switch issue {
            case .catalogue(let issue): return catalogueProblem(issue, firstLine: nil)
            case .notAWholeNumber(let text): return "\"\(text)\" is not a whole number of seats"
            case .contactWithoutName: return "a contact needs a name before its <address>"
            case .nonexistentTime(let text): return "\(text) does not exist here: the clocks go forward that night"
            }
        case .noPlaceGiven: return "not said"
        case .editorSaveHint: return "save"
        case .fieldNotEdited: return "Unchanged: the editor could not be run, or failed."
        case .eventTimeHelp(let zone):
            return "YYYY-MM-DD HH:MM" + (zone.map { " (\($0) time)" } ?? "") + ", or with an offset: 2027-06-10 10:00+04:00"
        case .listHelp: return "separated by commas"
        case .contactsHelp: return "Name <address>; another one <address>"
        case .editOutsideHelp(let key): return "\(key): write it in $VISUAL or $EDITOR, paragraphs and all (↵ marks a line break)"
        case .choiceHelp(let keys): return "\(keys) or Space to choose"
        case .editorFooter(let save, let leave): return "\(save) saves to the catalogue · \(leave) leaves"
        case .eventSaved(let title): return "“\(title)” saved in the catalogue."
        case .eventUnchanged: return "Nothing changed: the catalogue is as it was."
        case .eventEditUnsaved(let leave, let save): return "Changes not saved: \(leave) again drops them, \(save) saves them."
        case .eventEditDropped: return "Changes dropped; the catalogue is as it was."
        case .eventNotSavedYet(let save): return "Not saved yet: \(save) when ready."
        case .duplicateMoved(let when): return "A copy for the next edition, moved to \(when): check the dates."
        case .sampleCopyQuestion(let path, let yes, let no):
            return "This is the built-in sample. Make your own catalogue from it, at \(path), and save there? (\(yes)/\(no))"
        case .catalogueReloaded: return "The catalogue file was changed by another program: it is shown as it is now."
        case .catalogueChangedOnDisk(let save):
            return "The catalogue file was changed by another program: it is shown as it is now. Your changes are still here; \(save) saves them over it."
        case .catalogueNotWritten(let error):
            switch error {
            case .unreadable(let error): return catalogueFile(error, named: .configuration)
            case .invalid(let path, let errors):
                return "\(path) now has \(number(errors)) \(errors == 1 ? "error" : "errors"): it was not written over; agenda validate says what."
            case .changedOnDisk(let path): return "\(path) was changed by another program: it was not written over."
            case .wouldBeInvalid(let problems):
                return "Not saved: the catalogue would be refused (" + (problems.first.map { catalogueProblem($0.issue, firstLine: nil) } ?? "") + ")."
            case .cannotWrite(let error): return store(error)
            }
        case .cancellationNotSent(let count, let event, let compose):
            return "! \(number(count)) \(count == 1 ? "inscription has" : "inscriptions have") not been sent the cancellation message: \(compose) in the inscription list, or agenda mail queue --event \(event) --kind cancellation"
        case .connectionNotSent(let count, let event):
            return "! \(number(count)) approved \(count == 1 ? "participant has" : "participants have") not been sent the connection details: agenda mail queue --event \(event) --kind connection"
        case .mailNeedsSender: return "No sender: add a [mail] section with from = \"Name <address>\" to config.toml."
        case .correctionNeedsTheEvent: return "Its event has left the catalogue: its details cannot be corrected here."
        case .detailsCorrectedEntry(let fields): return "details corrected (\(fields.joined(separator: ", ")))"
        case .correctionAbandoned: return "Correction abandoned; nothing changed."
        case .correctionDuplicate(let name):
            return "Another registration for this event has this e-mail (\(name)): nothing changed."
        case .draftRestored: return "Draft restored."
        case .draftKept(let resume): return "Draft kept; \(resume) to resume it."
        case .registrationSaved(let name, let status): return "Registration of \(name) saved: \(registrationStatus(status))."
        case .fieldsToCorrect(let count): return "\(number(count)) \(count > 1 ? "fields" : "field") to correct."
        case .nothingChanged: return "Nothing changed."
        case .bulkAbandoned: return "Bulk action abandoned."
        case .noneTagged(let tag): return "No inscription tagged (\(tag) tags)."
        case .bulkPrompt(let bulk, let approve, let waitlist, let decline, let cancel, let tagged):
            return "\(bulk) then \(approve) approve, \(waitlist) waitlist, \(decline) decline, \(cancel) cancelled — for \(tagged) tagged"
        case .nothingToUndo: return "Nothing to undo."
        case .nothingToRedo: return "Nothing to redo."
        case .undone(let count): return "Decision undone: \(number(count)) inscriptions are back to their status before."
        case .redone(let count): return "Decision redone: \(number(count)) inscriptions have the decided status again."
        case .undoneOne(let name, let status): return "Decision undone: \(name) is \(registrationStatus(status)) again."
        case .redoneOne(let name, let status): return "Decision redone: \(name) is \(registrationStatus(status)) again."
        case .tagsCleared: return "Tags cleared."
        case .searchCleared: return "Search cleared."
        case .bulkDecided(let changed, let skipped, let status):
            return "\(number(changed)) changed" + (skipped > 0 ? ", \(skipped) skipped (already \(registrationStatus(status)))" : "") + "."
        case .keyName(let key):
            switch key {
            case .space: return "Space"
            case .home: return "Home"
            case .end: return "End"
            case .enter: return "Enter"
            case .escape: return "Esc"
            case .backTab: return "Shift-Tab"
            case .delete: return "Del"
            }
        case .beyondCapacity(let excess, let yes, let no):
            return "Approving goes beyond capacity by \(excess) \(excess > 1 ? "seats" : "seat"). Confirm? (\(yes)/\(no))"
        case .keyDoesNothing(let key, let help): return "\(key) does nothing here; \(help) lists the keys."
        case .nothingRecorded: return "Nothing recorded; the form stays as it is."
        case .alreadyStatus(let name, let status): return "\(name): already \(registrationStatus(status)); nothing changed."
        case .decided(let name, let status): return "\(name) : \(registrationStatus(status))."
        case .promoted(let name): return "\(name) moved from the waiting list to approved."
        case .offerSeat(let name, let yes, let no): return "A seat is free: approve \(name), first on the waiting list? (\(yes)/\(no))"
        case .noteSaved: return "Note saved."
        case .moreProblems(let count): return " (+\(number(count)) more)"
        case .notSaved(let reason): return "Nothing changed: " + reason
        case .storeIsReadOnly:
            return "Inscriptions are read-only: the file does not read, nothing is written to it. Fix it or restore a backup, then start again."
        case .updatedElsewhere: return "Updated by another program."
        case .decidedElsewhere(let name, let status, let when):
            return "\(name): already \(registrationStatus(status)) by another program (\(when)). Nothing changed; decide again."
        case .severalChangedElsewhere(let count):
            return "\(number(count)) \(count > 1 ? "inscriptions" : "inscription") changed meanwhile by another program: left as \(count > 1 ? "they are" : "it is"); decide again."
        case .noteChangedElsewhere(let name, let keep):
            return "Another program changed \(name)'s note meanwhile: yours is still in the editor; \(keep) to keep it instead."
        case .cannotRevert(let undo, let name, let others):
            let more = others > 0 ? " (and \(number(others)) \(others > 1 ? "others" : "other"))" : ""
            return "Cannot \(undo ? "undo" : "redo"): \(name)\(more) changed since, by another program. Nothing changed."
        case .inscriptionGone: return "This inscription is no longer in the file: another program removed it."
        case .terminalNotUTF8(let charset):
            return "The terminal is \(charset), not UTF-8: characters it cannot show are replaced (LANG=en_GB.UTF-8 shows them all)."
        }
    }

    public func registrationStatus(_ status: RegistrationStatus) -> String {
        switch status {
        case .pending: return "pending"
        case .approved: return "approved"
        case .waitlisted: return "waitlisted"
        case .declined: return "declined"
        case .cancelled: return "cancelled"
        }
    }
}
