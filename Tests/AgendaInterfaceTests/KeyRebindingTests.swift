import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

/// A rebinding in config.toml applies wherever the action's key is used or named.
@Suite struct KeyRebindingTests {
    func triaging(keys: KeyTable, language: Language = .fr) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(language),
                                width: 120, height: 30, registrations: TriageListTests.registrations(4))
        state.keys = keys
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        return state
    }

    func approveOnA() -> KeyTable {
        var keys = KeyTable.standard
        #expect(keys.rebind(.approve, to: [.character("A")]) == nil)
        return keys
    }

    @Test("with approve on A, ; then A approves the tagged ones and ; then a does not")
    func bulkFollowsTheRebinding() {
        var state = triaging(keys: approveOnA())
        state.press(.character(" "), .character(" "), .character(";"), .character("a"))
        #expect(state.registrations.filter { $0.status == .approved }.isEmpty)
        // The tags stay after an abandoned bulk action.
        state.press(.character(";"), .character("A"))
        #expect(state.registrations.filter { $0.status == .approved }.map(\.id) == ["r0", "r1"])
    }

    @Test("the status bar's hint, the ; prompt and help name the new key")
    func hintsPromptAndHelpSayTheNewKey() {
        var state = triaging(keys: approveOnA())
        #expect(ScreenRenderer.render(state).line(29).contains("A approuver"))
        state.press(.character(";"))
        #expect(state.message?.hasPrefix("; puis A approuver, w liste d'attente") == true)
        let help = HelpView.lines(strings: state.strings, keys: state.keys).map { $0.spans.map(\.text).joined() }
        #expect(help.contains { $0.contains("A ") && $0.hasSuffix("approuver") })
        #expect(help.contains { $0.hasSuffix("puis A/w/x/c\u{202F}: appliquer aux marquées") })
    }

    @Test("the confirmation's keys come from the table: another key is a no")
    func confirmationKeys() {
        var keys = KeyTable.standard
        #expect(keys.rebind(.confirm, to: [.character("J")]) == nil)
        // Twelve seats: approving thirteen asks first.
        var many = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.en),
                               width: 120, height: 30, registrations: TriageListTests.registrations(13, approved: 12))
        many.keys = keys
        while many.selectedEvent?.id != TriageListTests.training { many.press(.character("j")) }
        many.press(.character("i"), .character("G"), .character("a"))
        #expect(many.message?.hasSuffix("Confirm? (J/n)") == true)
        many.press(.character("y"))
        #expect(many.registrations.filter { $0.status == .approved }.count == 12)
        many.press(.character("a"), .character("J"))
        #expect(many.registrations.filter { $0.status == .approved }.count == 13)
    }

    @Test("the filter menu and help take their keys from the table")
    func menuAndHelpKeys() {
        var keys = KeyTable.standard
        #expect(keys.rebind(.close, to: [.character("Z")]) == nil)
        var state = SampleState.make()
        state.keys = keys
        state.press(.character("f"))
        state.press(.escape)
        #expect(state.mode == .filterMenu(cursor: 0))
        state.press(.character("Z"))
        #expect(state.mode == .normal)
        state.press(.character("?"), .character("Z"))
        #expect(state.mode == .normal)
    }
}
