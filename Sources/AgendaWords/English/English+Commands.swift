import AgendaModel

extension EnglishTable {
    public func command(_ message: CommandMessage) -> String {
        switch message {
        case .needsTerminal:
            return "agenda: the interface needs a terminal; from a script, use agenda list, agenda show ID or agenda validate."
        case .unusableTerminal(let term):
            return (term.isEmpty ? "agenda: TERM is not set; " : "agenda: cannot drive this terminal (TERM=\(term)); ")
                + "set TERM to a known type such as xterm-256color, or use the commands (agenda list, agenda show ID)."
        case .builtInSampleName:
            return "(built-in sample catalogue)"
        case .catalogueRefused(let name, let problems):
            return "agenda: \(name): \(number(problems)) \(plural(problems, "problem", "problems")); catalogue refused. Fix the file (agenda validate checks it)."
        case .validationFailed(let name, let problems):
            return "\(name): \(number(problems)) \(plural(problems, "problem", "problems")), catalogue refused"
        case .validationPassed(let events):
            return "\(number(events)) \(plural(events, "event", "events")), OK"
        case .configurationUnreadable(let path):
            return "\(path): cannot be read, using the defaults"
        case .configuredCatalogueMissing(let configuration, let path):
            return "\(configuration): the catalogue \"\(path)\" is not there; the default catalogue is used. Fix catalogue = in that file."
        case .configuredDataDirectoryIsAFile(let configuration, let path):
            return "\(configuration): data-dir \"\(path)\" is a file, not a directory; the default directory is used. Fix data-dir = in that file."
        case .configurationNotUTF8(let path):
            return "\(path): not UTF-8, using the defaults"
        case .unknownEvent(let id, let near):
            let hint = near.isEmpty ? " List the ids with: agenda list --all." : " Did you mean: " + near.joined(separator: ", ") + " ?"
            return "agenda: no event '\(id)' in the catalogue." + hint
        case .emptyCalendar:
            return "agenda: no event matches; the calendar is empty."
        case .registrationsWritten(let count, let path):
            return "\(number(count)) \(plural(count, "registration", "registrations")) written to \(path)"
        case .eventsWritten(let count, let path):
            return "\(number(count)) \(plural(count, "event", "events")) written to \(path)"
        case .importSummary(let added, let duplicates, let refused):
            return "\(number(added)) added, \(number(duplicates)) \(plural(duplicates, "duplicate", "duplicates")) skipped, \(refused) refused"
        case .importIgnoredColumns(let file, let names):
            return "\(file): unknown \(plural(names.count, "column", "columns")) ignored: \(names.joined(separator: ", "))"
        case .importReadAsWindows1252(let file):
            return "\(file): read as Windows-1252 (French Excel's CSV), as it is not UTF-8."
        case .importNoRows(let file):
            return "\(file): the header is there but no row follows: nothing to import."
        case .importMoreDuplicates(let file, let count):
            return "\(file): and \(number(count)) more \(plural(count, "duplicate", "duplicates")) skipped (--verbose lists them all)"
        case .importWithoutConsent(let file, let count):
            return "\(file): \(number(count)) \(plural(count, "inscription", "inscriptions")) without consent (no consent column, or an empty cell), stored as \"consent not given\""
        case .importNothingImported(let file):
            return "agenda: \(file): nothing was imported. Fix the refused rows listed above and import the file again."
        case .importSomeRowsRefused(let file, let count):
            return "agenda: \(file): \(number(count)) \(plural(count, "row", "rows")) refused; fix \(count == 1 ? "it" : "them") and import the file again: the inscriptions already imported will be skipped as duplicates."
        case .importDryRun:
            return "Nothing was written (--dry-run)."
        case .importOneFileOnly:
            return "agenda: several files can be imported at once only when all are messages (.eml); give a CSV or JSON file alone."
        case .mailImportNeedsEvent(let file):
            return "agenda: \(file) holds e-mail: say which event its inscriptions are for with --event ID (agenda list --all shows the ids)."
        case .importEventOnlyForMail(let file):
            return "agenda: \(file) is a CSV or JSON file, whose rows name their event in eventId: --event is for mailboxes only."
        case .mailboxUnreadable(let file):
            return "agenda: \(file): cannot be read. Check the permissions of the mailbox."
        case .mailImportSummary(let added, let skipped, let dryRun):
            let total = skipped.values.reduce(0, +)
            let head = dryRun ? "\(number(added)) would be added" : "\(number(added)) added"
            let kinds = MailSkipKind.allCases.compactMap { kind in skipped[kind].map { mailSkipCount(kind, $0) } }
            return head + ", \(number(total)) skipped" + (kinds.isEmpty ? "" : " (" + kinds.joined(separator: ", ") + ")")
        case .mailImportWouldAdd(let position, let name, let email, let organisation):
            return "\(position): \(name) <\(email)>, " + (organisation.isEmpty ? "organisation to complete" : organisation)
        case .mailImportToComplete(let count):
            return "\(number(count)) \(plural(count, "inscription has", "inscriptions have")) no organisation: complete \(count == 1 ? "it" : "them") in triage (C corrects)."
        case .mailImportMoreSkipped(let count):
            return "and \(number(count)) more \(plural(count, "message", "messages")) already imported or from a sender already registered (--verbose lists them all)"
        case .mailNoteAttachments(let names):
            return "Attachments (not kept): " + names.joined(separator: ", ")
        case .importFileNotFound(let file):
            return "agenda: \(file): no such file. Check the path of the file to import."
        case .importFileIsDirectory(let file):
            return "agenda: \(file): is a directory, and not a Maildir (cur/, new/); give the CSV or JSON file or the mailbox itself."
        case .importFileUnreadable(let file):
            return "agenda: \(file): cannot be read. Check the file's permissions."
        case .badDateOption(let option, let value):
            return "\(option) expects a real date written YYYY-MM-DD, not '\(value)'."
        case .badLanguageOption(let value):
            return "--lang expects fr or en, not '\(value)'."
        case .endBeforeStart(let from, let to):
            return "--to (\(to)) is before --from (\(from))."
        case .badStatusOption(let value, let known):
            return "--status expects one of \(known.joined(separator: ", ")), not '\(value)'."
        case .unknownKind(let value, let nearest, let known):
            let hint = nearest.map { " (did you mean \($0)?)" } ?? ""
            return "unknown kind '\(value)'\(hint): --kind takes \(known.joined(separator: ", ")), or their French names (atelier, webinaire…)."
        case .decideNeedsStatus(let known):
            return "Give the inscriptions, then the status to give them: \(known.joined(separator: ", "))."
        case .badDecisionStatus(let value, let known):
            return "The last word is the status to give: one of \(known.joined(separator: ", ")), not \"\(value)\"."
        case .decideNeedsSelection:
            return "Give either inscription ids or --event ID --all-pending, not both."
        case .decideUnknownID(let id):
            return "agenda: no inscription has the id \"\(id)\" (registrations list shows them)."
        case .decideAmbiguousID(let id, let candidates):
            return "agenda: \"\(id)\" begins several ids (\(candidates.joined(separator: ", "))): give more of it."
        case .decideNothingChanged:
            return "agenda: nothing changed."
        case .decideNothingPending(let event):
            return "No pending inscription for \"\(event)\": nothing to decide."
        case .decideChanged(let name, let id, let from, let to):
            return "\(name) (\(id)): \(registrationStatus(from)) → \(registrationStatus(to))"
        case .decideAlready(let name, let id, let status):
            return "\(name) (\(id)): already \(registrationStatus(status)), nothing to do"
        case .decideBeyondCapacity(let event, let excess, let count):
            return "agenda: \"\(event)\": approving \(count > 1 ? "these \(number(count)) inscriptions" : "this inscription") would go beyond its capacity by \(number(excess)) \(excess > 1 ? "seats" : "seat"); nothing is approved for this event. --over-capacity to approve anyway."
        case .decidePromotionOffer(let event, let name, let id):
            return "A seat is free at \"\(event)\": \(name) is first on the waiting list. To approve them: agenda registrations decide \(id) approved"
        case .mailNeedsSender(let configuration):
            return "agenda: no sender: add to \(configuration) a [mail] section with from = \"Name <address@example.org>\"."
        case .mailQueued(let name, let email, let kind): return "queued: \(kind.rawValue) to \(name) <\(email)>"
        case .mailSkipped(let name, let reason): return "no message for \(name): " + messageRefusal(reason)
        case .mailQueueSummary(let queued, let skipped):
            return "\(number(queued)) \(queued == 1 ? "message" : "messages") queued, \(number(skipped)) skipped."
        case .mailListLine(let kind, let to, let subject): return "\(kind)  \(to)  \(subject)"
        case .mailNothingQueued: return "No message waiting."
        case .mailWaiting(let count, let outbox): return "\(number(count)) \(count == 1 ? "message waits" : "messages wait") in \(outbox)."
        case .mailNoSendmail(let configuration, let outbox):
            return "agenda: no command to send with: add sendmail = \"msmtp -t\" (or \"sendmail -t -i\") to the [mail] section of \(configuration); the messages stay in \(outbox), from which any mail client can send them."
        case .mailSent(let to, let id): return "sent to \(to) (\(id))"
        case .mailSendFailed(let to, let status, let detail):
            return "agenda: sending to \(to) failed (exit \(status))" + (detail.isEmpty ? "" : ": \(detail)") + "; the message stays queued."
        case .mailSendSummary(let sent, let left): return "\(number(sent)) sent, \(number(left)) queued."
        case .mailWouldSend(let to, let subject): return "would send to \(to): \(subject)"
        case .templateProblem(let file, let line, let reason): return "\(file):\(line): " + templateProblem(reason)
        case .templateLine(let kind, let language, let source): return "\(kind.rawValue).\(language)  \(source)"
        case .templatesChecked(let count): return "\(number(count)) templates, OK"
        case .eventTemplates(let event, let names): return "event \(event): " + names.joined(separator: ", ")
        case .unknownMessageKind(let text, let known):
            return "unknown kind of message '\(text)': \(known.joined(separator: ", "))"
        case .eraseWho(let name, let email, let event, let id): return "\(name) <\(email)>, \(event) (\(id))"
        case .eraseNeedsYes(let who):
            return "agenda: would erase the registration of \(who) for good. Add --yes to erase it; nothing can bring it back."
        case .eraseDone(let who):
            return "Registration of \(who) erased from the store, its backup and the journal. Exports made before may still hold it."
        case .addSaved(let name, let id, let status, let override):
            return "Registration of \(name) saved (\(id)): \(registrationStatus(status))" + (override.map { ", \(self.override($0))" } ?? "") + "."
        case .addProblem(let option, let problem):
            return "agenda: \(option): \(problem)."
        case .addUnknownMode(let text):
            return "unknown mode '\(text)': onsite or online"
        case .addUnknownQuestion(let pair, let known):
            return "agenda: --answer \(pair): the event has no such question" + (known.isEmpty ? "." : " (its questions: \(known.joined(separator: ", "))); write ID=VALUE.")
        case .addDuplicate(let name, let id, let status):
            return "agenda: already registered for this event with this e-mail: \(name) (\(id), \(registrationStatus(status))); nothing added."
        case .addRefused(let sentence, let canOverride):
            return "agenda: " + sentence + (canOverride ? " --late records it all the same, marked in its history." : "")
        case .decideSummary(let changed, let already, let refused):
            var parts = ["\(number(changed)) changed"]
            if already > 0 { parts.append("\(number(already)) already so") }
            if refused > 0 { parts.append("\(number(refused)) refused (capacity)") }
            return parts.joined(separator: ", ") + "."
        }
    }
}
