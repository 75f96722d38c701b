import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct TriageExportKeyTests {
    /// The training's triage, with inscriptions of another event in the store too.
    func triaging() -> AgendaState {
        let other = TriageListTests.registrations(2, event: "journee-armenie-2027-06-17").map { registration in
            var copy = registration
            copy.id = "other-" + registration.id
            return copy
        }
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30,
                                registrations: TriageListTests.registrations(4, approved: 1) + other)
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        return state
    }

    @Test func eExportsEveryInscriptionOfTheEventWhateverTheFilterShows() throws {
        var state = triaging()
        // The status filter shows the pending ones only; the workbook holds the event's list.
        state.press(.character("s"), .character("s"))
        let effects = state.handle(.character("e"))
        let export = try #require(effects.first.flatMap { effect -> InscriptionsExport? in
            if case .exportInscriptions(let export) = effect { return export } else { return nil }
        })
        #expect(effects.count == 1)
        #expect(export.eventID == TriageListTests.training)
        #expect(export.registrations.map(\.id) == ["r0", "r1", "r2", "r3"])
        #expect(export.events.map(\.id) == [TriageListTests.training])
    }

    @Test func fromEveryInscriptionItExportsThemAll() throws {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: TriageListTests.registrations(3))
        state.press(.character("I"))
        guard case .exportInscriptions(let export)? = state.handle(.character("e")).first else {
            Issue.record("no export")
            return
        }
        #expect(export.eventID == nil)
        #expect(export.registrations.count == 3)
    }

    @Test func theLoopSaysWhereTheWorkbookIs() {
        var state = triaging()
        let terminal = FakeTerminal(keys: [.character("e")])
        AppLoop.run(&state, on: terminal, keeper: FakeKeeper(state.registrations))
        #expect(terminal.statusLines.contains { $0.contains("Exporté\u{202F}: /data/exports/\(TriageListTests.training).xlsx") })
    }

    @Test func helpListsTheKey() {
        let binding = KeyBindings.table.first { $0.context == .triage && $0.action == .exportInscriptions }
        #expect(binding?.keys == [.character("e")])
        #expect(binding?.description(Strings(.en)) == "export them all for a spreadsheet (.xlsx), whatever the filter")
    }
}
