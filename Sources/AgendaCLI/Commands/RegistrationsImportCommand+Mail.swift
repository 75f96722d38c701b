import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// The import of a mailbox: every message from a sender not yet registered for `--event`
/// becomes a pending inscription, the others are skipped with their reason.
extension RegistrationsImportCommand {
    func importMail(formats: [MailboxFormat], context: CommandContext) throws {
        let strings = context.strings
        guard let eventID = event else {
            Console.error(safe(strings.text(.mailImportNeedsEvent(file: file))))
            throw ExitCode(ExitStatus.usage)
        }
        let catalogue = try context.loadCatalogue()
        guard let event = catalogue.event(id: eventID) else {
            let near = catalogue.events.map(\.id).filter { $0.contains(eventID) || eventID.contains($0) }.prefix(5)
            Console.error(safe(strings.text(.unknownEvent(eventID, near: Array(near)))))
            throw ExitCode(ExitStatus.usage)
        }
        // Read as a stream: what each message's inscription needs is kept, the message is not.
        let coordinator = context.configuration.mail.from?.address
        var outcomes: [MailReadOutcome] = []
        for (path, format) in zip(files, formats) {
            do {
                outcomes += try MailImport.read(mailbox: path, format: format, file: path, coordinator: coordinator)
            } catch {
                Console.error(safe(strings.text(.mailboxUnreadable(path))))
                throw ExitCode(ExitStatus.noInput)
            }
        }
        let store = context.registrationStore
        var identifiers = RandomIdentifiers()
        let makeID = { identifiers.next() }
        let note: (String, [String]) -> String = { text, attachments in
            attachments.isEmpty ? text : [text, strings.text(.mailNoteAttachments(attachments))].filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        let plan: MailImportPlan
        do {
            plan = try store.importing(dryRun: dryRun, { existing in
                MailImport.plan(outcomes, event: event, existing: existing, now: context.moment, makeID: makeID, note: note)
            }, added: \.added)
        } catch {
            throw context.fail(error)
        }
        KeptUntilExit.keep(outcomes)
        KeptUntilExit.keep(plan)
        KeptUntilExit.keep(store)
        report(plan, strings: strings)
        if plan.added.isEmpty, plan.skipped.contains(where: { $0.reason == .unreadable }) {
            throw ExitCode(ExitStatus.dataError)
        }
    }

    /// The summary on stdout (and, for a dry run, each inscription that would be added), then
    /// every message skipped on stderr, in mailbox order; those skipped for being there already
    /// in full only with --verbose, since importing a mailbox again skips every message.
    private func report(_ plan: MailImportPlan, strings: Strings) {
        Console.output(strings.text(.mailImportSummary(added: plan.added.count, skipped: plan.skippedCounts, dryRun: dryRun)))
        if dryRun {
            for (registration, position) in zip(plan.added, plan.addedPositions) {
                let participant = registration.participant
                Console.output(safe(strings.text(.mailImportWouldAdd(position: position.description, name: participant.fullName,
                                                                    email: participant.email, organisation: participant.organisation))))
            }
        }
        var repeatsListed = 0
        var repeatsLeft = 0
        for skipped in plan.skipped {
            let isRepeat = skipped.reason == .alreadyImported || MailSkipKind(skipped.reason) == .duplicate
            if isRepeat, !verbose, repeatsListed >= Self.duplicatesListed {
                repeatsLeft += 1
                continue
            }
            if isRepeat { repeatsListed += 1 }
            Console.error(safe(skipped.position.description + ": " + strings.text(skipped.reason)))
        }
        if repeatsLeft > 0 { Console.error(safe(strings.text(.mailImportMoreSkipped(count: repeatsLeft)))) }
        let toComplete = plan.added.filter { !$0.fieldsToComplete.isEmpty }.count
        if toComplete > 0, !dryRun { Console.error(strings.text(.mailImportToComplete(count: toComplete))) }
        if dryRun { Console.error(strings.text(.importDryRun)) }
    }
}
