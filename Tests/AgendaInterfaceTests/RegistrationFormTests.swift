import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct RegistrationFormTests {
    static let training = "formation-montage-projet-2027-01-14"

    func stateOn(_ eventID: String, width: Int = 120, height: Int = 40, language: Language = .fr,
                 registrations: [Registration] = [], drafts: [String: RegistrationDraft] = [:]) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(language),
                                width: width, height: height, registrations: registrations, drafts: drafts,
                                makeID: { "00000000-0000-4000-8000-000000000001" })
        if state.catalogue.event(id: eventID)!.isUpcoming(today: SampleState.today) == false { state.press(.character("p")) }
        while state.selectedEvent?.id != eventID { state.press(.character("j")) }
        return state
    }

    /// Fills the participant's required fields and ticks consent.
    func fillRequired(_ state: inout AgendaState, email: String = "e.martin@example.org") {
        state.type("Élodie")
        state.press(.tab)
        state.type("Martin")
        state.press(.tab)
        state.type(email)
        state.press(.tab, .tab)
        state.type("Ville de Lyon")
        // Required questions: a number or a text, the first option of a choice.
        while let form = state.form, form.items[form.focus].field != .consent {
            state.press(.tab)
            let item = state.form!.items[state.form!.focus]
            guard item.isRequired, case .question = item.field else { continue }
            switch item {
            case .text: state.type("3")
            case .single, .multiple: state.press(.character(" "))
            case .checkbox: break
            }
        }
        state.press(.character(" "))
    }

    func approved(_ count: Int, for eventID: String) -> [Registration] {
        (0..<count).map { index in
            Registration(id: "r\(index)", eventId: eventID, status: .approved, createdAt: "2026-11-01T10:00:00+01:00",
                         updatedAt: "2026-11-01T10:00:00+01:00", source: .import,
                         participant: Participant(firstName: "P", lastName: "\(index)", email: "p\(index)@example.org", organisation: "X"),
                         consent: true, history: [])
        }
    }

    @Test func rOpensTheFormInTheRightPane() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        #expect(state.focus == .form)
        GoldenScreen.check(ScreenRenderer.render(state), named: "form-training-120x40-fr")
    }

    @Test func submittingABlankFormShowsEachProblemBesideItsField() {
        var state = stateOn(Self.training, width: 80, height: 24, language: .en)
        state.press(.character("r"), .tab, .tab, .control("s"))
        #expect(state.form?.problems.map(\.field)
            == [.firstName, .lastName, .email, .organisation, .question("anciennete"), .question("projet-en-cours"), .consent])
        #expect(state.form?.focus == 0)
        #expect(state.message == "7 fields to correct.")
        GoldenScreen.check(ScreenRenderer.render(state), named: "form-errors-80x24-en")
    }

    @Test func typingAccentsAndJapaneseMovesByCharacter() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        state.type("岡山市")
        state.press(.left, .left, .backspace)
        #expect(state.form?.text(.firstName).text == "山市")
        state.press(.home)
        state.type("e")
        state.press(.character("\u{301}"))  // a combining acute, as a dead key may send it
        #expect(state.form?.text(.firstName).text == "e\u{301}山市")
        #expect(state.form?.text(.firstName).cursor == 1)
        state.press(.end, .delete, .control("u"))
        #expect(state.form?.text(.firstName).text == "")
    }

    @Test func qAndQuestionMarkAreTypedInAFormNotCommands() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        state.type("q?j")
        #expect(state.form?.text(.firstName).text == "q?j")
        #expect(state.focus == .form)
    }

    @Test func aValidFormIsSubmittedAsPending() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        fillRequired(&state)
        let effects = state.handle(.control("s"))
        guard case .saveRegistration(let registration)? = effects.first else {
            Issue.record("no registration saved: \(effects) \(state.message ?? "")")
            return
        }
        #expect(registration.status == .pending)
        #expect(registration.participant.firstName == "Élodie")
        #expect(registration.source == .form)
        #expect(effects.last == .removeDraft(eventID: Self.training))
        #expect(state.form == nil)
        #expect(state.registrations.count == 1)
        #expect(state.detailLines(width: 60).contains { $0.text.contains("1 à traiter") })
    }

    @Test("an event with a form begun shows ✎ in the agenda and says so in its detail")
    func aDraftIsShownInTheAgendaAndTheDetail() {
        let draft = RegistrationDraft(participant: Participant(firstName: "Élodie"), savedAt: "2026-11-22T18:05:00+01:00")
        let state = stateOn(Self.training, width: 160, drafts: [Self.training: draft])
        let text = ScreenRenderer.render(state).text
        let row = text.split(separator: "\n").first { $0.contains("▸jeu. 14") }
        #expect(row?.contains("✎") == true, "\(row ?? "")")
        let detail = state.detailLines(width: 200).map(\.text).joined(separator: "\n")
        #expect(detail.contains("✎ Une inscription commencée attend (brouillon du dim. 22 novembre 2026 à 18:05)\u{202F}: r la reprend."))
        let other = text.split(separator: "\n").first { $0.contains("mar. 26 journée") }
        #expect(other?.contains("✎") == false)
    }

    @Test func aFullEventWithAWaitingListSaysSoAndWaitlists() {
        var state = stateOn(Self.training, width: 160, registrations: approved(12, for: Self.training))
        state.press(.character("r"))
        #expect(ScreenRenderer.render(state).text.contains("Complet\u{202F}: cette inscription ira en liste d'attente."))
        fillRequired(&state)
        let effects = state.handle(.control("s"))
        guard case .saveRegistration(let registration)? = effects.first else {
            Issue.record("not saved")
            return
        }
        #expect(registration.status == .waitlisted)
    }

    @Test("a full event without a waiting list asks once, then records beyond capacity, marked so")
    func aFullEventWithoutAWaitingListAsksBeforeRecording() {
        var state = stateOn("journee-liban-2026-12-10", registrations: approved(60, for: "journee-liban-2026-12-10"))
        state.press(.character("r"))
        fillRequired(&state)
        #expect(state.handle(.control("s")).isEmpty)
        #expect(state.message == "Complet, sans liste d'attente. Enregistrer quand même, hors capacité\u{202F}? (o/n)")
        state.press(.character("n"))
        #expect(state.message == "Rien n'a été enregistré\u{202F}; le formulaire reste tel quel.")
        #expect(state.form != nil && state.registrations.count == 60)
        state.press(.control("s"))
        let effects = state.handle(.character("o"))
        guard case .saveRegistration(let registration)? = effects.first else {
            Issue.record("not saved")
            return
        }
        #expect(registration.status == .pending)
        #expect(registration.history.first?.override == .whenFull)
    }

    @Test("a closed event says so as information before typing, and records a late registration when asked")
    func aClosedEventTakesALateRegistrationWhenTheCoordinatorSaysSo() {
        var state = stateOn("cafe-elu-es-2026-12-02", width: 160)
        state.press(.character("r"))
        let text = ScreenRenderer.render(state).text
        #expect(text.contains("Inscriptions closes depuis le ven. 20 novembre 2026\u{202F}: une inscription"))
        #expect(!text.contains("Refusé"))
        // Submitting an incomplete form lists its problems first: the question comes last.
        #expect(state.handle(.control("s")).isEmpty)
        #expect(state.form?.awaitsOverride == nil && state.form?.problems.isEmpty == false)
        fillRequired(&state)
        #expect(state.handle(.control("s")).isEmpty)
        #expect(state.message?.hasPrefix("Les inscriptions sont closes depuis le ven. 20 novembre 2026. Enregistrer quand même") == true)
        let effects = state.handle(.character("o"))
        guard case .saveRegistration(let registration)? = effects.first else {
            Issue.record("not saved")
            return
        }
        #expect(registration.history == [.init(at: registration.createdAt, from: nil, to: .pending, override: .afterDeadline)])
        #expect(state.form == nil)
    }

    @Test func aCancelledEventRefusesOutright() {
        var state = stateOn("webinaire-securite-alimentaire-2027-04-15", width: 160)
        state.press(.character("r"))
        #expect(ScreenRenderer.render(state).text.contains("Pas d'inscription\u{202F}: l'événement est annulé."))
        fillRequired(&state)
        #expect(state.handle(.control("s")).isEmpty)
        #expect(state.message == "Refusé\u{202F}: l'événement est annulé.")
        #expect(state.form?.awaitsOverride == nil)
    }

    @Test func aDuplicateEmailIsRefusedAndCtrlOOpensTheExistingOne() {
        var existing = approved(1, for: Self.training)
        existing[0].participant.email = "E.Martin@Example.org"
        var state = stateOn(Self.training, registrations: existing)
        state.press(.character("r"))
        fillRequired(&state, email: "e.martin@example.org ")
        #expect(state.handle(.control("s")).isEmpty)
        #expect(state.message?.hasPrefix("Déjà inscrit·e avec cet e-mail\u{202F}: P 0 (approuvée).") == true)
        state.press(.control("o"))
        #expect(state.mode == .viewingRegistration(id: "r0"))
        #expect(ScreenRenderer.render(state).text.contains("Inscription existante"))
    }

    @Test func escapeKeepsTheDraftAndROpensItAgain() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        state.type("Anahit")
        let effects = state.handle(.escape)
        guard case .saveDraft(let eventID, let draft)? = effects.first else {
            Issue.record("no draft saved")
            return
        }
        #expect(eventID == Self.training)
        #expect(draft.participant.firstName == "Anahit")
        #expect(state.focus != .form)
        state.press(.character("r"))
        #expect(state.form?.text(.firstName).text == "Anahit")
    }

    @Test func aChangedFormHasADraftPendingUntilSaved() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        #expect(state.pendingDraft == nil)
        state.type("A")
        #expect(state.pendingDraft?.draft.participant.firstName == "A")
        state.draftSaved()
        #expect(state.pendingDraft == nil)
        #expect(state.drafts[Self.training]?.participant.firstName == "A")
    }

    @Test func quittingSavesThePendingDraftFirst() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        state.type("B")
        _ = state.handle(.escape)
        state.press(.character("r"))
        state.type("C")
        state.press(.escape)
        #expect(state.drafts[Self.training]?.participant.firstName == "BC")
    }

    @Test func optionsAreChosenWithArrowsAndSpace() {
        var state = stateOn(Self.training)
        state.press(.character("r"))
        while state.form?.items[state.form!.focus].field != .question("modules") { state.press(.tab) }
        state.press(.character(" "), .right, .character(" "), .left, .character(" "))
        let options = state.form!.items[state.form!.focus].options
        #expect(state.form?.draft.answers["modules"] == .choices([options[1]]))
    }
}
