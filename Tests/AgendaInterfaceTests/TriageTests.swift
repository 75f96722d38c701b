import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct TriageListTests {
    static let training = "formation-montage-projet-2027-01-14"

    static func registrations(_ count: Int, event: String = training, approved: Int = 0, waitlisted: Int = 0) -> [Registration] {
        (0..<count).map { index in
            let status: RegistrationStatus = index < approved ? .approved : (index < approved + waitlisted ? .waitlisted : .pending)
            let stamp = "2026-11-\(10 + index % 15)T09:\(10 + index % 50):00+01:00"
            return Registration(id: "r\(index)", eventId: event, status: status, createdAt: stamp, updatedAt: stamp, source: .import,
                                participant: Participant(firstName: ["Élodie", "Hiroshi", "Anahit", "Moussa"][index % 4],
                                                         lastName: "N\(index)", email: "p\(index)@example.org",
                                                         organisation: ["Ville de Lyon", "岡山市", "Région Bretagne"][index % 3],
                                                         role: "Chargée de mission"),
                                mode: .onsite, consent: true, history: [.init(at: stamp, from: nil, to: status)])
        }
    }

    func triaging(_ registrations: [Registration], width: Int = 120, height: Int = 30) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: width, height: height, registrations: registrations)
        while state.selectedEvent?.id != Self.training { state.press(.character("j")) }
        state.press(.character("i"))
        return state
    }

    @Test func iOpensTheEventsInscriptionsOldestFirstWithTheSeatCounter() {
        let state = triaging(Self.registrations(8, approved: 3, waitlisted: 1))
        #expect(state.focus == .triage)
        #expect(state.triage?.rows.count == 8)
        let text = ScreenRenderer.render(state).text
        #expect(text.contains("Places\u{202F}: 3/12 approuvées · 4 à traiter · 1 en liste d'attente"))
        GoldenScreen.check(ScreenRenderer.render(state), named: "triage-training-120x30-fr")
    }

    @Test func aDecisionMovesTheCursorToTheNextAndIsSavedAtOnce() {
        var state = triaging(Self.registrations(5))
        let first = state.triage!.cursorID!
        let effects = state.handle(.character("a"))
        #expect(state.registrations[state.registrationIndex[first]!].status == .approved)
        #expect(state.triage?.cursor == 1)
        guard case .updateRegistrations(let changed)? = effects.first else {
            Issue.record("not saved")
            return
        }
        #expect(changed.edits == [RegistrationEdit(id: first, seen: changed.before[0], kind: .decide(.approved, note: nil))])
        state.press(.character("w"), .character("x"), .character("c"))
        #expect(state.registrations.map(\.status).filter { $0 != .pending }.count == 4)
    }

    @Test func tagThenSemicolonApprovesEveryTaggedOneAndReports() {
        var state = triaging(Self.registrations(5))
        state.press(.character(" "), .character(" "))
        #expect(state.triage?.tagged.count == 2)
        state.press(.character(";"), .character("a"))
        #expect(state.registrations.filter { $0.status == .approved }.count == 2)
        #expect(state.triage?.tagged.isEmpty == true)
        #expect(state.message == "2 changées.")
    }

    @Test func bulkSkipsThoseAlreadyInTheStatus() {
        var state = triaging(Self.registrations(3, approved: 1))
        state.press(.character(" "), .character(" "), .character(";"), .character("a"))
        #expect(state.message == "1 changée, 1 ignorée (déjà «\u{00A0}approuvée\u{00A0}»).")
    }

    @Test func undoAndRedoAcrossBulkActions() {
        var state = triaging(Self.registrations(4))
        state.press(.character("a"))
        state.press(.character(" "), .character(" "), .character(";"), .character("x"))
        #expect(state.registrations.map(\.status).filter { $0 == .declined }.count == 2)
        state.press(.character("u"))
        #expect(state.registrations.map(\.status).filter { $0 == .declined }.isEmpty)
        #expect(state.registrations.map(\.status).filter { $0 == .approved }.count == 1)
        state.press(.character("u"))
        #expect(state.registrations.allSatisfy { $0.status == .pending })
        state.press(.control("r"), .control("r"))
        #expect(state.registrations.map(\.status).filter { $0 == .declined }.count == 2)
    }

    @Test func approvingBeyondCapacityAsksFirst() {
        var state = triaging(Self.registrations(14, approved: 12))
        state.press(.character("G"))
        #expect(state.handle(.character("a")).isEmpty)
        #expect(state.message == "Approuver dépasse la capacité de 1 place. Confirmer\u{202F}? (o/n)")
        state.press(.character("n"))
        #expect(state.registrations.filter { $0.status == .approved }.count == 12)
        state.press(.character("a"), .character("o"))
        #expect(state.registrations.filter { $0.status == .approved }.count == 13)
    }

    @Test("approving one approved already says so, with no capacity question even when over capacity")
    func approvingAnApprovedOneSaysSoBeforeAnyQuestion() {
        var state = triaging(Self.registrations(14, approved: 13))
        #expect(state.handle(.character("a")).isEmpty)
        #expect(state.triage?.confirmation == nil)
        #expect(state.message == "Élodie N0\u{202F}: déjà approuvée, rien n'a changé.")
    }

    @Test("declining when seats were free offers no seat")
    func decliningWhenSeatsWereFreeOffersNothing() {
        var state = triaging(Self.registrations(8, approved: 3, waitlisted: 1))
        state.press(.character("x"))
        #expect(state.triage?.confirmation == nil)
        #expect(state.registrations.filter { $0.status == .declined }.count == 1)
    }

    @Test func decliningAnApprovedOneOffersTheSeatToTheFirstWaitlisted() {
        var state = triaging(Self.registrations(14, approved: 12, waitlisted: 2))
        // The oldest approved is r0; r12 and r13 wait, r12 first.
        let effects = state.handle(.character("x"))
        #expect(!effects.isEmpty)
        #expect(state.triage?.confirmation == .promote(registrationID: "r12"))
        state.press(.character("o"))
        #expect(state.registrations[state.registrationIndex["r12"]!].status == .approved)
        #expect(state.registrations[state.registrationIndex["r13"]!].status == .waitlisted)
    }

    @Test func sCyclesTheStatusFilter() {
        var state = triaging(Self.registrations(6, approved: 2))
        state.press(.character("s"))
        #expect(state.triage?.statusFilter == .pending)
        #expect(state.triage?.rows.count == 4)
        state.press(.character("s"))
        #expect(state.triage?.rows.count == 2)
        for _ in 0..<4 { state.press(.character("s")) }
        #expect(state.triage?.statusFilter == nil)
        #expect(state.triage?.rows.count == 6)
    }

    @Test("an empty list says what hides the inscriptions, and only what is in force")
    func anEmptyListNamesTheFilterOrTheSearchInForce() {
        var state = triaging([])
        #expect(ScreenRenderer.render(state).text.contains("Aucune inscription pour l'instant."))
        #expect(!ScreenRenderer.render(state).text.contains("filtre"))
        state = triaging(Self.registrations(3))
        state.press(.character("s"), .character("s"))
        #expect(state.triage?.statusFilter == .approved && state.triage?.rows.isEmpty == true)
        #expect(ScreenRenderer.render(state).text.contains("Aucune inscription approuvée. s change le filtre de statut."))
        state.press(.character("s"), .character("s"), .character("s"), .character("s"))
        #expect(state.triage?.statusFilter == nil)
        state.press(.character("/"))
        state.type("zzz")
        state.press(.enter)
        #expect(ScreenRenderer.render(state).text.contains("Aucune inscription ne correspond à «\u{00A0}zzz\u{00A0}». Échap efface la recherche."))
    }

    @Test func searchIgnoresAccents() {
        var state = triaging(Self.registrations(8))
        state.press(.character("/"))
        state.type("elodie")
        #expect(ScreenRenderer.render(state).text.split(separator: "\n").last?.hasPrefix(" Entrée garde  Échap abandonne") == true)
        #expect(state.triage?.rows.count == 2)
        state.press(.escape)
        #expect(state.triage?.rows.count == 8)
    }

    @Test func nEditsTheNote() {
        var state = triaging(Self.registrations(2))
        state.press(.character("n"))
        state.type("Arrive à 10 h")
        // While typing, the bar gives the typing keys, not the decisions.
        let bar = ScreenRenderer.render(state).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bar.hasPrefix(" Ctrl-S garde  Entrée nouvelle ligne  Échap abandonne  ←/→ déplace le curseur"), "\(bar)")
        #expect(!bar.contains("a approuver"))
        let effects = state.handle(.control("s"))
        #expect(state.registrations[0].note == "Arrive à 10 h" || state.registrations[1].note == "Arrive à 10 h")
        #expect(!effects.isEmpty)
        state.press(.character("u"))
        #expect(state.registrations.allSatisfy { $0.note.isEmpty })
    }

    @Test("C corrects the details in the form, back to triage, the history saying which fields")
    func mCorrectsTheDetails() {
        var state = triaging(Self.registrations(3))
        let id = state.triage!.cursorID!
        state.press(.character("C"))
        #expect(state.form?.correcting?.id == id)
        let screen = ScreenRenderer.render(state).text
        #expect(screen.contains("Coordonnées de Élodie N0 — Formation"))
        #expect(!screen.contains("J'accepte"))
        // The e-mail field: third; its text replaced.
        state.press(.tab, .tab, .control("u"))
        state.type("elodie.n0@example.org")
        let effects = state.handle(.control("s"))
        #expect(state.form == nil && state.focus == .triage)
        #expect(state.message == "Coordonnées de Élodie N0 corrigées\u{202F}: E-mail.")
        let corrected = state.registrations[state.registrationIndex[id]!]
        #expect(corrected.participant.email == "elodie.n0@example.org" && corrected.status == .pending)
        #expect(corrected.history.last?.corrected == ["email"])
        guard case .updateRegistrations(let change)? = effects.first else {
            Issue.record("not saved")
            return
        }
        #expect(change.edits.count == 1 && change.settles == .nothing)
        #expect(state.pendingDraft == nil)
        state.press(.enter)
        #expect(ScreenRenderer.render(state).text.contains("coordonnées corrigées (E-mail)"))
    }

    @Test("D asks, then erases the inscription from the screen and the undo history, and the store is told")
    func capitalDErasesAfterAsking() {
        var state = triaging(Self.registrations(3))
        state.press(.character("a"))
        let id = state.triage!.rows[0]
        state.press(.character("k"), .character("D"))
        #expect(state.message?.hasPrefix("Effacer pour de bon l'inscription de Élodie N0 (demande RGPD)\u{202F}?") == true)
        state.press(.character("n"))
        #expect(state.registrationIndex[id] != nil)
        state.press(.character("D"))
        let effects = state.handle(.character("o"))
        guard case .eraseRegistration(let erased)? = effects.first else {
            Issue.record("not erased")
            return
        }
        #expect(erased.id == id)
        #expect(state.registrationIndex[id] == nil && state.triage?.rows.count == 2)
        // The undo history could bring the person back: it is emptied.
        state.press(.character("u"))
        #expect(state.registrationIndex[id] == nil)
        #expect(state.detailLines(width: 200).contains { $0.text.contains("1 inscription effacée à la demande des personnes (RGPD)") })
    }

    @Test("a note holds several lines: Enter breaks the line, ↑ and ↓ move between them, Ctrl-S keeps it")
    func aNoteOnSeveralLines() {
        var state = triaging(Self.registrations(2), width: 120, height: 30)
        let id = state.triage!.cursorID!
        state.press(.character("n"))
        state.type("Arrive à 9 h 12.")
        state.press(.enter)
        state.type("Merci de prévoir un badge.")
        state.press(.up, .end)
        state.type(" Train")
        let screen = ScreenRenderer.render(state).text.split(separator: "\n").map(String.init)
        // Both lines on screen, one under the other, under the label.
        let first = screen.firstIndex { $0.contains("Note\u{202F}: Arrive à 9 h 12. Train") }
        #expect(first != nil, "\(screen.suffix(4))")
        if let first { #expect(screen[first + 1].contains("Merci de prévoir un badge.")) }
        state.press(.control("s"))
        #expect(state.registrations[state.registrationIndex[id]!].note == "Arrive à 9 h 12. Train\nMerci de prévoir un badge.")
        #expect(state.triage?.noteInput == nil)
    }

    @Test("m writes the message that fits, shows it whole, and queues it; the title bar counts what waits")
    func mComposesShowsAndQueues() {
        var state = triaging(Self.registrations(3, approved: 1, waitlisted: 1))
        state.press(.character("m"))
        #expect(state.message == "Aucun expéditeur\u{202F}: ajoutez une section [mail] avec from = \"Nom <adresse>\" à config.toml.")
        state.mailSender = MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
        state.press(.character("m"))
        guard case .message(let preview) = state.topScreen else {
            Issue.record("no message shown: \(state.message ?? "")")
            return
        }
        #expect(preview.kinds == [.confirmation])
        let screen = ScreenRenderer.render(state).text
        #expect(screen.contains("Message 1/1 — confirmation"))
        #expect(screen.contains("À\u{202F}: Élodie N0 <p0@example.org>"))
        #expect(screen.contains("Objet\u{202F}: Inscription confirmée\u{202F}: Formation"))
        #expect(screen.contains("Bonjour Élodie,"))
        let effects = state.handle(.character("o"))
        guard case .queueMessages(let queued)? = effects.first else {
            Issue.record("not queued")
            return
        }
        #expect(queued.count == 1 && queued[0].to.address == "p0@example.org")
        #expect(ScreenRenderer.render(state).text.split(separator: "\n").first?.contains("✉ 1 à envoyer") == true)
        // The waitlisted one and the pending one together: one message, the pending one said skipped.
        state.press(.character("j"), .character(" "), .character(" "), .character(";"))
        state.press(.escape)
        state.press(.character("m"))
        if case .message(let second) = state.topScreen { #expect(second.kinds == [.waitlist]) } else { Issue.record("no message") }
        state.press(.escape)
        #expect(state.message == "Rien n'est mis en attente.")
    }

    @Test("on-decision: ask shows the decision's message, queue queues it at once, off does neither")
    func messagesOnDecision() {
        let sender = MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
        var asking = triaging(Self.registrations(3))
        asking.mailSender = sender
        asking.press(.character("a"))
        guard case .message(let preview) = asking.topScreen else {
            Issue.record("no message shown")
            return
        }
        #expect(preview.kinds == [.confirmation])
        #expect(asking.registrations.filter { $0.status == .approved }.count == 1)
        var queuing = triaging(Self.registrations(3))
        queuing.mailSender = sender
        queuing.mailOnDecision = .queue
        let effects = queuing.handle(.character("w"))
        #expect(effects.contains { if case .queueMessages(let messages) = $0 { messages.count == 1 } else { false } })
        #expect(queuing.queuedMessageCount == 1 && queuing.focus == .triage)
        var quiet = triaging(Self.registrations(3))
        quiet.mailSender = sender
        quiet.mailOnDecision = .off
        #expect(quiet.handle(.character("a")).count == 1)
        #expect(quiet.queuedMessageCount == 0)
    }

    @Test("an e-mail inscription without organisation is marked to complete until C completes it")
    func anEmailInscriptionToCompleteIsMarkedUntilCorrected() {
        var registrations = Self.registrations(3)
        registrations[1].source = .email
        registrations[1].participant.organisation = ""
        registrations[1].emailMessageId = "<1@example.org>"
        var state = triaging(registrations)
        let screen = ScreenRenderer.render(state)
        #expect(screen.text.contains("⚠ à compléter"))
        #expect(screen.text.contains("⚠ 1 par e-mail à compléter (C corrige)"))
        GoldenScreen.check(screen, named: "triage-email-to-complete-120x30-fr")
        // An inscription imported from a file with the same empty field is not the import's to mark.
        #expect(!ScreenRenderer.render(triaging(registrations.map { var other = $0; other.source = .import; return other }))
            .text.contains("à compléter"))
        state.press(.character("j"), .character("C"))
        #expect(state.form?.correcting?.id == registrations[1].id)
        state.press(.tab, .tab, .tab, .tab)
        state.type("Ville de Lyon")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(state.registrations[1].participant.organisation == "Ville de Lyon")
        #expect(!ScreenRenderer.render(state).text.contains("à compléter"))
    }

    @Test func enterShowsTheInscriptionWithItsHistory() {
        var state = triaging(Self.registrations(2))
        state.press(.character("a"), .character("k"), .enter)
        let text = ScreenRenderer.render(state).text
        #expect(text.contains("Historique"))
        #expect(text.contains("à traiter → approuvée"))
    }

    @Test func capitalIListsEveryInscriptionWithItsEventAndOrphans() {
        var registrations = Self.registrations(3)
        registrations[2].eventId = "evenement-disparu"
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 140, height: 20, registrations: registrations)
        state.press(.character("I"))
        #expect(state.triage?.rows.count == 3)
        let text = ScreenRenderer.render(state).text
        #expect(text.contains("⚠ orphelin"))
        #expect(text.contains("Formation : monter"))
    }

    @Test func tenThousandInscriptionsOpenAndTriage() {
        var state = triaging(Self.registrations(10_000))
        #expect(state.triage?.rows.count == 10_000)
        state.press(.character("G"), .character("a"), .pageUp, .character("x"))
        #expect(state.registrations.filter { $0.status != .pending }.count == 2)
    }

    @Test func escapeClearsTagsThenLeaves() {
        var state = triaging(Self.registrations(3))
        state.press(.character(" "), .escape)
        #expect(state.triage?.tagged.isEmpty == true)
        #expect(state.focus == .triage)
        state.press(.escape)
        #expect(state.focus != .triage)
    }
}

@Suite struct TriageTaggingTests {
    func triaging(_ count: Int) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: TriageListTests.registrations(count))
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        return state
    }

    @Test("T tags every inscription shown (the search in force), Ctrl-T untags all")
    func tagAllShownThenUntagAll() {
        var state = triaging(8)
        state.press(.character("/"), .character("é"), .character("l"), .character("o"), .enter)
        let shown = state.triage!.rows
        #expect(shown.count == 2)
        state.press(.character("T"))
        #expect(state.triage?.tagged == Set(shown))
        #expect(state.message == "2 marquées")
        state.press(.control("t"))
        #expect(state.triage?.tagged.isEmpty == true)
    }

    @Test("with a search kept, the first Esc clears it and the second leaves")
    func escapeClearsTheSearchFirst() {
        var state = triaging(4)
        state.press(.character("/"))
        for character in "moussa" { state.press(.character(character)) }
        state.press(.enter)
        #expect(state.triage?.rows.count == 1)
        state.press(.escape)
        #expect(state.triage?.search == "")
        #expect(state.triage?.rows.count == 4)
        #expect(state.focus == .triage)
        state.press(.escape)
        #expect(state.triage == nil)
    }
}

@Suite struct KeyThatDoesNothingTests {
    @Test("a key bound to nothing says so in the status bar, on each screen, in the language in force")
    func aKeyThatDoesNothingSaysSo() {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30)
        state.press(.character("z"))
        #expect(state.message == "«\u{00A0}z\u{00A0}» ne fait rien ici\u{202F}; ? liste les touches.")
        state.press(.character("j"))
        #expect(state.message == nil)
        state.press(.character("i"), .function(7))
        #expect(state.focus == .triage)
        #expect(state.message == "«\u{00A0}F7\u{00A0}» ne fait rien ici\u{202F}; ? liste les touches.")
        var english = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.en),
                                  width: 120, height: 30)
        english.press(.character("Z"))
        #expect(english.message == "Z does nothing here; ? lists the keys.")
    }
}

@Suite struct ConnectionReminderTests {
    static let webinar = "webinaire-climat-2026-12-08"

    func state(today: CalendarDate, sent: Bool) -> AgendaState {
        var registration = TriageListTests.registrations(1, event: Self.webinar, approved: 1)[0]
        if sent { registration.history.append(.init(at: "2026-12-07T08:00:00+01:00", from: .approved, to: .approved,
                                                    message: SentMessage(kind: .connection, id: "<c@x.invalid>"))) }
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(today, utcOffset: 3600), strings: Strings(.fr),
                                width: 160, height: 40, registrations: [registration])
        while state.selectedEvent?.id != Self.webinar { state.press(.character("j")) }
        return state
    }

    @Test("the day before an online event, approved participants without its connection details are flagged")
    func flaggedTheDayBefore() {
        let before = state(today: CalendarDate(year: 2026, month: 12, day: 7)!, sent: false)
        let row = ScreenRenderer.render(before).text.split(separator: "\n").first { $0.contains("▸") }.map(String.init) ?? ""
        #expect(row.contains("!1"), "\(row)")
        #expect(before.detailLines(width: 200).contains { $0.text.contains("1 personne approuvée n'a pas reçu les informations de connexion") })
        let sent = state(today: CalendarDate(year: 2026, month: 12, day: 7)!, sent: true)
        #expect(!(ScreenRenderer.render(sent).text.split(separator: "\n").first { $0.contains("▸") } ?? "").contains("!1"))
        // A week before, nothing yet.
        let early = state(today: CalendarDate(year: 2026, month: 12, day: 1)!, sent: false)
        #expect(early.missingConnectionDetails(of: early.selectedEvent!) == nil)
    }
}

@Suite struct CancellationMessageTests {
    static let cancelled = "webinaire-securite-alimentaire-2027-04-15"

    /// Three inscriptions of the cancelled webinar (approved, waitlisted, pending) and a declined one.
    func state(toldFirst: Bool = false) -> AgendaState {
        var registrations = TriageListTests.registrations(4, event: Self.cancelled, approved: 1, waitlisted: 1)
        registrations[3].status = .declined
        if toldFirst {
            registrations[0].history.append(.init(at: "2026-11-20T10:00:00+01:00", from: .approved, to: .approved,
                                                  message: SentMessage(kind: .cancellation, id: "<a@x.invalid>")))
        }
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 160, height: 40, registrations: registrations)
        state.mailSender = MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
        while state.selectedEvent?.id != Self.cancelled { state.press(.character("j")) }
        return state
    }

    @Test("a cancelled event's row and detail say how many inscriptions still standing were not told")
    func theAgendaAndTheDetailSayWhoWasNotTold() {
        let untold = state()
        let row = ScreenRenderer.render(untold).text.split(separator: "\n").first { $0.contains("▸") }.map(String.init) ?? ""
        #expect(row.contains("!3"), "\(row)")
        #expect(untold.detailLines(width: 220).contains {
            $0.text.contains("3 inscriptions n'ont pas reçu le message d'annulation\u{202F}: m dans la liste des inscriptions, ou agenda mail queue --event \(Self.cancelled) --kind cancellation")
        })
        #expect(state(toldFirst: true).missingCancellationMessages(of: untold.selectedEvent!) == 2)
    }

    @Test("m on a cancelled event's inscriptions writes the cancellation, and says when one went before")
    func mWritesTheCancellation() {
        var state = state(toldFirst: true)
        state.press(.character("i"), .character("T"), .character("m"))
        guard case .message(let preview) = state.topScreen else {
            Issue.record("no message shown: \(state.message ?? "")")
            return
        }
        // The declined one is not written to.
        #expect(preview.kinds == [.cancellation, .cancellation, .cancellation])
        #expect(preview.skipped.count == 1)
        let first = preview.sentBefore.firstIndex { $0 != nil }
        #expect(first != nil && preview.sentBefore.compactMap { $0 }.count == 1)
        while case .message(let shown) = state.topScreen, shown.shown != first { state.press(.character("n")) }
        let screen = ScreenRenderer.render(state).text
        #expect(screen.contains("Déjà envoyé le"), "\(screen)")
        #expect(screen.contains("o l'envoie de nouveau."))
    }
}
