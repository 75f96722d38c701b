import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

/// Another program (a second window, `agenda registrations decide`) changing the store while
/// the interface is open: its changes show within a tick without losing the place, and a
/// decision or undo they make impossible is said, never forced.
@Suite struct OtherProgramTests {
    func triaging(_ registrations: [Registration]) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: registrations)
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        return state
    }

    /// Another program's decision, as it writes it.
    static func decide(_ status: RegistrationStatus, _ id: String, in list: inout [Registration], at stamp: String = "2026-12-02T17:42:00+01:00") {
        let position = list.firstIndex { $0.id == id }!
        list[position].history.append(.init(at: stamp, from: list[position].status, to: status))
        list[position].status = status
        list[position].updatedAt = stamp
    }

    func status(_ id: String, _ state: AgendaState) -> RegistrationStatus? {
        state.registrationIndex[id].map { state.registrations[$0].status }
    }

    @Test("another program's changes show at the next look, with the cursor, the tags and the search kept")
    func changesShowInPlace() {
        var state = triaging(TriageListTests.registrations(6))
        state.press(.character("/"))
        for character in "N" { state.press(.character(character)) }
        state.press(.enter)
        state.press(.character("j"), .character("j"), .character(" "))
        let cursor = state.triage!.cursorID!
        let tagged = state.triage!.tagged
        var elsewhere = state.registrations
        Self.decide(.approved, "r0", in: &elsewhere)
        Self.decide(.declined, "r5", in: &elsewhere)
        _ = state.update(.storeChanged(elsewhere))
        #expect(state.message == "Mis à jour par un autre programme.")
        #expect(state.triage?.cursorID == cursor)
        #expect(state.triage?.tagged == tagged)
        #expect(state.triage?.search == "N")
        #expect(status("r0", state) == .approved)
        #expect(state.counts(of: SampleState.catalogue.event(id: TriageListTests.training)!).approved == 1)
        #expect(ScreenRenderer.render(state).text.contains("Places\u{202F}: 1/12 approuvées"))
    }

    @Test("an inscription added elsewhere joins the list; one removed leaves it and its tag")
    func inscriptionsComeAndGo() {
        var state = triaging(TriageListTests.registrations(4))
        state.press(.character("G"), .character(" "))
        #expect(state.triage?.tagged == ["r3"])
        var elsewhere = Array(state.registrations.dropLast())
        var added = TriageListTests.registrations(5)[4]
        added.id = "new"
        elsewhere.append(added)
        _ = state.update(.storeChanged(elsewhere))
        #expect(state.triage?.rows.contains("new") == true)
        #expect(state.triage?.rows.contains("r3") == false)
        #expect(state.triage?.tagged.isEmpty == true)
    }

    @Test("a decision on an inscription another program decided first is not forced: it says who and how")
    func decisionDecidedElsewhere() {
        var state = triaging(TriageListTests.registrations(4))
        let keeper = FakeKeeper(state.registrations)
        // The other program declines r1 after the interface last looked, just before `w`.
        let terminal = FakeTerminal(keys: [.character("j"), .character("w")])
        terminal.beforeKey[1] = { keeper.changeElsewhereNow { Self.decide(.declined, "r1", in: &$0) } }
        AppLoop.run(&state, on: terminal, keeper: keeper)
        #expect(keeper.stored["r1"]?.history.map(\.to) == [.pending, .declined])
        #expect(status("r1", state) == .declined)
        #expect(terminal.statusLines.contains { $0.contains("déjà refusée par un autre programme") && $0.contains("décidez à nouveau") })
        // Nothing of it to undo: it was never made.
        #expect(state.triageHistory.undoable.isEmpty)
    }

    @Test("the loop looks at the store on its tick: a change made between keys shows before the next one")
    func tickShowsChanges() {
        var state = triaging(TriageListTests.registrations(4))
        let keeper = FakeKeeper(state.registrations)
        let terminal = FakeTerminal(keys: [.character("j"), .character("j")])
        terminal.beforeKey[1] = { keeper.changeElsewhere { Self.decide(.approved, "r3", in: &$0) } }
        AppLoop.run(&state, on: terminal, keeper: keeper)
        #expect(status("r3", state) == .approved)
        #expect(terminal.statusLines.contains { $0.contains("Mis à jour par un autre programme.") })
        #expect(keeper.writes == 0)
    }

    @Test("an undo of an inscription changed since by another program is refused, and says so")
    func undoRefused() {
        var state = triaging(TriageListTests.registrations(4))
        let keeper = FakeKeeper(state.registrations)
        let terminal = FakeTerminal(keys: [.character("a"), .character("u"), .character("u")])
        // Before the first `u`: the other program declines r0 (the interface does not know yet).
        terminal.beforeKey[1] = { keeper.changeElsewhereNow { Self.decide(.declined, "r0", in: &$0) } }
        AppLoop.run(&state, on: terminal, keeper: keeper)
        #expect(terminal.statusLines.contains { $0.contains("Impossible d'annuler\u{202F}: Élodie N0 a changé depuis, par un autre programme.") })
        #expect(keeper.stored["r0"]?.history.map(\.to) == [.pending, .approved, .declined])
        #expect(status("r0", state) == .declined)
    }

    @Test("an undo is a new history entry: both decisions stay in the file")
    func undoAppends() {
        var state = triaging(TriageListTests.registrations(4))
        let keeper = FakeKeeper(state.registrations)
        let terminal = FakeTerminal(keys: [.character("a"), .character("u"), .control("r")])
        AppLoop.run(&state, on: terminal, keeper: keeper)
        // Said as what was undone, to whom: not "Annulé", which reads as the cancelled status.
        #expect(terminal.statusLines.contains { $0.contains("Décision défaite\u{202F}: Élodie N0 est de nouveau «\u{00A0}à traiter\u{00A0}».") })
        #expect(terminal.statusLines.contains { $0.contains("Décision refaite\u{202F}: Élodie N0 est de nouveau «\u{00A0}approuvée\u{00A0}».") })
        #expect(keeper.stored["r0"]?.history.map(\.to) == [.pending, .approved, .pending, .approved])
        #expect(keeper.stored["r0"]?.history.map { $0.undo ?? false } == [false, false, true, false])
        #expect(state.registrations == keeper.list)
    }

    @Test("a note changed by another program meanwhile is not overwritten; the one typed comes back in the editor")
    func noteConflictKeepsTyping() {
        var state = triaging(TriageListTests.registrations(4))
        let keeper = FakeKeeper(state.registrations)
        let terminal = FakeTerminal(keys: [.character("n"), .character("M"), .character("o"), .character("i"), .control("s"), .control("s")])
        terminal.beforeKey[4] = { keeper.changeElsewhereNow { list in list[0].note = "Eux"; list[0].updatedAt = "2026-12-02T17:42:00+01:00" } }
        AppLoop.run(&state, on: terminal, keeper: keeper)
        #expect(terminal.statusLines.contains { $0.contains("Un autre programme a changé la note d'Élodie N0") })
        // The second Ctrl-S keeps the typed note, now over theirs.
        #expect(keeper.stored["r0"]?.note == "Moi")
    }

    @Test("a form being typed stays as typed when another program's changes arrive")
    func formKeptThroughARefresh() {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: TriageListTests.registrations(3))
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("r"))
        state.type("Anahit")
        var elsewhere = state.registrations
        Self.decide(.approved, "r2", in: &elsewhere)
        _ = state.update(.storeChanged(elsewhere))
        #expect(state.form?.text(.firstName).text == "Anahit")
        #expect(state.pendingDraft?.draft.participant.firstName == "Anahit")
        #expect(status("r2", state) == .approved)
    }

    @Test("a store another program left unreadable makes the interface read-only, said once, until mended")
    func unreadableStore() {
        var state = triaging(TriageListTests.registrations(2))
        _ = state.update(.storeUnreadable(reason: "registrations.json : ligne 3"))
        #expect(state.storeIsReadOnly)
        #expect(state.message == "registrations.json : ligne 3")
        state.press(.character("j"))
        _ = state.update(.storeUnreadable(reason: "registrations.json : ligne 3"))
        #expect(state.message == nil)
        _ = state.update(.storeChanged(state.registrations))
        #expect(!state.storeIsReadOnly)
    }
}
