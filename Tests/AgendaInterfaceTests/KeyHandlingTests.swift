import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct KeyHandlingTests {
    @Test func startsOnTheFirstEventNotOverToday() {
        let state = SampleState.make()
        #expect(state.selectedEvent?.id == "cafe-elu-es-2026-12-02")
        #expect(state.events.allSatisfy { $0.isUpcoming(today: SampleState.today) })
    }

    @Test func jAndDownMoveToTheNextEventKAndUpBack() {
        var state = SampleState.make()
        state.press(.character("j"), .down)
        #expect(state.selectedIndex == 2)
        state.press(.character("k"))
        #expect(state.selectedIndex == 1)
        state.press(.up, .up, .up)
        #expect(state.selectedIndex == 0)
    }

    @Test func gAndGGoToTheFirstAndLast() {
        var state = SampleState.make()
        state.press(.character("G"))
        #expect(state.selectedIndex == state.events.count - 1)
        state.press(.character("g"))
        #expect(state.selectedIndex == 0)
    }

    @Test func pagingMovesByAScreenAndKeepsTheSelectionVisible() {
        var state = SampleState.make(width: 80, height: 12)
        let page = 9  // 12 rows less the title bar, the pane header and the status bar
        state.press(.pageDown)
        let row = state.row(ofEvent: state.selectedIndex!)
        #expect(row >= page - 1)
        #expect(row >= state.agendaTop && row < state.agendaTop + page)
        state.press(.pageUp)
        #expect(state.selectedIndex == 0)
        #expect(state.agendaTop == 0)
    }

    @Test func searchNarrowsAsYouTypeIgnoringAccents() {
        var state = SampleState.make()
        state.press(.character("/"))
        #expect(state.mode == .searching)
        state.type("arménie")
        #expect(state.events.map(\.id) == ["journee-armenie-2027-06-17"])
        state.press(.backspace, .backspace)
        #expect(state.filter.search == "armén")
    }

    @Test func enterKeepsTheSearchAndEscapeClearsIt() {
        var state = SampleState.make()
        state.press(.character("/"))
        state.type("japon")
        state.press(.enter)
        #expect(state.mode == .normal)
        #expect(state.filter.search == "japon")
        let kept = state.events.count
        state.press(.character("j"))
        #expect(state.events.count == kept)
        state.press(.character("/"), .escape)
        #expect(state.filter.search.isEmpty)
        #expect(state.events.count == 22)
    }

    @Test func escapeInTheAgendaClearsAKeptSearch() {
        var state = SampleState.make()
        state.press(.character("/"))
        state.type("sahel")
        state.press(.enter, .escape)
        #expect(state.filter.search.isEmpty)
    }

    @Test func theSelectionSurvivesASearchThatStillShowsIt() {
        var state = SampleState.make()
        while state.selectedEvent?.id != "journee-armenie-2027-06-17" { state.press(.character("j")) }
        state.press(.character("/"))
        state.type("journee")
        #expect(state.selectedEvent?.id == "journee-armenie-2027-06-17")
        state.press(.escape)
        #expect(state.selectedEvent?.id == "journee-armenie-2027-06-17")
    }

    @Test func filterMenuTogglesAKindWithSpace() {
        var state = SampleState.make()
        state.press(.character("f"))
        guard case .filterMenu = state.mode else {
            Issue.record("the filter menu did not open")
            return
        }
        let webinar = state.filterMenu.items.firstIndex { $0.section == .kind && $0.value == "webinar" }!
        for _ in 0..<webinar { state.press(.character("j")) }
        state.press(.character(" "))
        #expect(state.filter.kinds == ["webinar"])
        #expect(state.events.allSatisfy { $0.kind == .webinar })
        state.press(.enter)
        #expect(state.mode == .normal)
        state.press(.character("f"), .character("c"), .escape)
        #expect(state.filter.kinds.isEmpty)
    }

    @Test func pShowsPastEventsMostRecentFirstAndTBringsBackToday() {
        var state = SampleState.make()
        state.press(.character("p"))
        #expect(state.filter.timeframe == .past)
        #expect(state.events.first?.id == "rencontres-franco-japonaises-2024-11-18")
        #expect(state.events.last?.id == "atelier-zones-a-risques-2016-05-19")
        state.press(.character("t"))
        #expect(state.filter.timeframe == .upcoming)
        #expect(state.selectedEvent?.id == "cafe-elu-es-2026-12-02")
    }

    @Test func resizeKeepsTheSelectionAndItsRowInView() {
        var state = SampleState.make(width: 120, height: 40)
        state.press(.character("G"))
        let selected = state.selectedEvent?.id
        state.press(.resize(width: 70, height: 20))
        #expect(state.selectedEvent?.id == selected)
        let row = state.row(ofEvent: state.selectedIndex!)
        #expect(row >= state.agendaTop && row < state.agendaTop + 17)
        state.press(.resize(width: 30, height: 8), .resize(width: 120, height: 40))
        #expect(state.selectedEvent?.id == selected)
    }

    @Test func enterOpensTheDetailAndQOrEscapeGoesBack() {
        var state = SampleState.make(width: 80, height: 24)
        state.press(.enter)
        #expect(state.focus == .detail)
        #expect(!state.layout.isTwoPane && state.layout.agenda == nil)
        state.press(.character("j"), .character("j"))
        #expect(state.detailTop == 2)
        state.press(.escape)
        #expect(state.focus == .agenda)
        state.press(.enter, .character("q"))
        #expect(state.focus == .agenda)
    }

    @Test func qQuitsFromTheAgenda() {
        var state = SampleState.make()
        #expect(state.handle(.character("q")) == [.quit])
    }

    @Test func ctrlLAsksForARepaint() {
        var state = SampleState.make()
        #expect(state.handle(.control("l")) == [.repaint])
    }

    @Test func tabSwitchesPanes() {
        var state = SampleState.make()
        state.press(.tab)
        #expect(state.focus == .detail)
        state.press(.backTab)
        #expect(state.focus == .agenda)
    }

    @Test func detailScrollStopsAtItsEnd() {
        var state = SampleState.make(width: 120, height: 20)
        state.press(.tab, .character("G"))
        let bottom = state.detailTop
        state.press(.character("j"))
        #expect(state.detailTop == bottom)
        state.press(.character("g"))
        #expect(state.detailTop == 0)
    }

    /// Keys typed while the terminal is too small (in a storm of resizes, say) are not lost:
    /// they act, and show once the terminal is large enough again.
    @Test func keysInATooSmallTerminalStillAct() {
        var state = SampleState.make(width: 30, height: 8)
        let before = state.selectedIndex!
        state.press(.character("j"), .character("j"))
        #expect(state.selectedIndex == before + 2)
        state.press(.resize(width: 120, height: 40))
        #expect(ScreenRenderer.render(state).text.contains("▸jeu. 10"))
        #expect(state.handle(.character("q")) == [.quit])
    }

    @Test func helpOpensScrollsAndCloses() {
        var state = SampleState.make(width: 80, height: 20)
        state.press(.character("?"))
        #expect(state.mode == .help(top: 0))
        state.press(.character("j"))
        #expect(state.mode == .help(top: 1))
        state.press(.escape)
        #expect(state.mode == .normal)
    }

    @Test func everyBindingIsReachableAndNoKeyIsBoundTwiceInAContext() {
        for context in KeyContext.allCases {
            var seen = Set<Key>()
            for binding in KeyBindings.table where binding.context == context {
                for key in binding.keys {
                    #expect(seen.insert(key).inserted, "\(key) bound twice in \(context)")
                    #expect(KeyBindings.action(for: key, in: context) == binding.action)
                }
            }
        }
    }
}

@Suite struct DetailSearchKeyTests {
    @Test func slashInTheDetailTypesTheAgendasSearch() {
        var state = SampleState.make()
        state.press(.enter)
        #expect(state.focus == .detail)
        state.press(.character("/"))
        for character in "rencontres" { #expect(state.handle(.character(character)).isEmpty, "\(character) acted") }
        #expect(state.filter.search == "rencontres")
        #expect(state.focus == .agenda)
        #expect(state.form == nil)
    }
}

@Suite struct ExportKeyTests {
    @Test func eAsksTheLoopToExportTheSelectedEvent() {
        var state = SampleState.make()
        let effects = state.handle(.character("e"))
        #expect(effects == [.exportEvent(state.selectedEvent!)])
    }
}
