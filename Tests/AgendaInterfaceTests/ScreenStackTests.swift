@testable import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

/// Screens open over what is shown and close back to it.
@Suite struct ScreenStackTests {
    func kinds(_ state: AgendaState) -> [String] {
        state.screens.map { screen in
            switch screen {
            case .agenda(let agenda): return agenda.focus == .detail ? "detail" : "agenda"
            case .form: return "form"
            case .triage: return "triage"
            case .filterMenu: return "filter"
            case .help: return "help"
            case .inscription: return "inscription"
            case .message: return "message"
            case .outbox: return "outbox"
            case .eventEditor: return "event editor"
            }
        }
    }

    @Test("triage, help over it and an inscription open on the stack and close back one by one")
    func triageAndHelp() {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: TriageListTests.registrations(3))
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.enter, .character("i"))
        #expect(kinds(state) == ["detail", "triage"])
        state.press(.character("?"))
        #expect(kinds(state) == ["detail", "triage", "help"])
        #expect(state.focus == .triage)
        state.press(.escape)
        state.press(.enter)
        #expect(kinds(state) == ["detail", "triage", "inscription"])
        state.press(.escape, .character("q"))
        // Back to the pane the list was opened from.
        #expect(kinds(state) == ["detail"])
        #expect(state.focus == .detail)
    }

    @Test("the form opens over the agenda and leaves back to it; the filter menu too")
    func formAndFilterMenu() {
        var state = SampleState.make()
        state.press(.character("r"))
        #expect(kinds(state) == ["agenda", "form"])
        state.press(.escape)
        #expect(kinds(state) == ["agenda"])
        state.press(.character("f"))
        #expect(kinds(state) == ["agenda", "filter"])
        #expect(state.mode == .filterMenu(cursor: 0))
        state.press(.character("j"))
        #expect(state.mode == .filterMenu(cursor: 1))
        state.press(.enter)
        #expect(kinds(state) == ["agenda"])
    }

    @Test("the agenda at the bottom never closes")
    func agendaStays() {
        var state = SampleState.make()
        state.closeTop()
        #expect(kinds(state) == ["agenda"])
    }
}
