@testable import AgendaModel
import Testing
import TestSupport

private let event = makeEvent(id: "webinaire", kind: .webinar, start: "2026-12-08T10:00:00+01:00",
                              registration: RegistrationRules(modes: [.online]))
private let now = moment("2026-11-23T10:15:00+01:00")

private func read(_ text: String, line: Int = 1, coordinator: String? = nil) -> MailReadOutcome {
    MailImport.read(RawMailMessage(position: MailPosition(file: "boite.mbox", line: line), bytes: Array(text.utf8)), coordinator: coordinator)
}

private func reason(_ text: String, coordinator: String? = nil) -> MailSkipReason? {
    if case .skipped(_, let reason) = read(text, coordinator: coordinator) { return reason }
    return nil
}

private func plan(_ outcomes: [MailReadOutcome], existing: [Registration] = []) -> MailImportPlan {
    var counter = 0
    return MailImport.plan(outcomes, event: event, existing: existing, now: now, makeID: {
        counter += 1
        return "id-\(counter)"
    }, note: { text, attachments in ([text] + attachments).joined(separator: "\n") })
}

private let inscription = """
    From: =?UTF-8?Q?DUPONT_Marie?= <Marie.Dupont@lyon.fr>
    Date: Tue, 3 Nov 2026 10:15:00 +0100
    Message-ID: <1@lyon.fr>
    Subject: Inscription

    Je m'inscris.
    --\u{20}
    Ville de Lyon
    """

@Suite("Mail import: plan and skip reasons") struct MailImportPlanTests {
    @Test func aMessageBecomesAPendingEmailInscription() throws {
        let result = plan([read(inscription)])
        let added = try #require(result.added.first)
        #expect(added.source == .email)
        #expect(added.status == .pending)
        #expect(added.participant == Participant(firstName: "Marie", lastName: "Dupont", email: "Marie.Dupont@lyon.fr", organisation: "Ville de Lyon"))
        #expect(added.createdAt == "2026-11-03T10:15:00+01:00")
        #expect(added.updatedAt == now.timestamp)
        #expect(added.emailMessageId == "<1@lyon.fr>")
        #expect(added.mode == .online)
        #expect(added.note == "Je m'inscris.")
        #expect(added.consent == false)
        #expect(added.fieldsToComplete.isEmpty)
        #expect(result.addedPositions == [MailPosition(file: "boite.mbox", line: 1)])
    }

    @Test func withoutAnOrganisationTheInscriptionIsToComplete() throws {
        let added = try #require(plan([read("From: Marie Dupont <m@lyon.fr>\n\nBonjour\n")]).added.first)
        #expect(added.participant.organisation == "")
        #expect(added.fieldsToComplete == [.organisation])
        #expect(added.createdAt == now.timestamp)
    }

    @Test func autoReplies() {
        #expect(reason("From: a@b.fr\nAuto-Submitted: auto-replied\n\nx") == .autoReply)
        #expect(reason("From: a@b.fr\nX-Autoreply: yes\n\nx") == .autoReply)
        #expect(reason("From: a@b.fr\nSubject: =?utf-8?q?R=C3=A9ponse_automatique?= : absent\n\nx") == .autoReply)
        #expect(reason("From: a@b.fr\nSubject: Out of Office: away\n\nx") == .autoReply)
        #expect(reason("From: a@b.fr\nAuto-Submitted: no\n\nx") == nil)
    }

    @Test func deliveryFailures() {
        #expect(reason("From: MAILER-DAEMON@mx.lyon.fr\n\nx") == .deliveryFailure)
        #expect(reason("From: postmaster@lyon.fr\n\nx") == .deliveryFailure)
        #expect(reason("From: a@b.fr\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\n\n--r\n\nx\n--r--\n") == .deliveryFailure)
    }

    @Test func theCoordinatorsOwnMessages() {
        #expect(reason("From: Coordination <Coord@Reseau.fr>\n\nx", coordinator: "coord@reseau.fr") == .fromCoordinator)
        #expect(reason("From: Coordination <coord@reseau.fr>\n\nx") == nil)
    }

    @Test func unreadableMessagesAndMessagesWithoutSender() {
        #expect(reason("") == .unreadable)
        #expect(reason("\n\njust a body") == .unreadable)
        #expect(reason("Subject: hello\n\nx") == .noSender)
    }

    @Test func aSenderAlreadyRegisteredIsADuplicateCaseIgnored() throws {
        let first = plan([read(inscription)])
        let stored = try #require(first.added.first)
        var other = inscription.replacingOccurrences(of: "<1@lyon.fr>", with: "<2@lyon.fr>")
        other = other.replacingOccurrences(of: "Marie.Dupont@", with: "marie.dupont@")
        let second = plan([read(other)], existing: [stored])
        #expect(second.added.isEmpty)
        #expect(second.skipped.map(\.reason) == [.duplicate(.stored(stored))])
    }

    @Test func aSenderTwiceInTheMailboxIsAddedOnce() {
        let other = inscription.replacingOccurrences(of: "<1@lyon.fr>", with: "<2@lyon.fr>")
        let result = plan([read(inscription, line: 1), read(other, line: 20)])
        #expect(result.added.count == 1)
        #expect(result.skipped.map(\.reason) == [.duplicate(.message(MailPosition(file: "boite.mbox", line: 1)))])
    }

    @Test func theSameSenderForAnotherEventIsNoDuplicate() throws {
        var stored = try #require(plan([read(inscription)]).added.first)
        stored.eventId = "autre"
        stored.emailMessageId = nil
        #expect(plan([read(inscription)], existing: [stored]).added.count == 1)
    }

    @Test func aMessageImportedBeforeIsSkippedWhateverItsEvent() throws {
        var stored = try #require(plan([read(inscription)]).added.first)
        stored.eventId = "autre"
        let result = plan([read(inscription)], existing: [stored])
        #expect(result.added.isEmpty)
        #expect(result.skipped.map(\.reason) == [.alreadyImported])
        #expect(result.skippedCounts == [.alreadyImported: 1])
    }

    @Test func theAttachmentsAreNamedInTheNote() throws {
        let message = "From: a@b.fr\nContent-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain\n\nVoici.\n--m\nContent-Type: application/pdf; name=fiche.pdf\n\nxx\n--m--\n"
        #expect(try #require(plan([read(message)]).added.first).note == "Voici.\nfiche.pdf")
    }
}
