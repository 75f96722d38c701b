import AgendaInterface
import AgendaModel
import AgendaWords
import CatalogueGenerator
import Testing

/// The agenda over a large catalogue: what the shortcuts taken for speed must not change.
@Suite struct LargeCatalogueStateTests {
    static let catalogue = CatalogueDecoder.read(CatalogueGenerator(eventCount: 3_000, seed: 11).bytes()).catalogue!
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    static func state(height: Int = 40) -> AgendaState {
        AgendaState(catalogue: catalogue, moment: .startOf(today), strings: Strings(.fr), width: 120, height: height)
    }

    @Test func typingASearchShowsWhatTheWholeSearchShows() {
        var typed = Self.state()
        typed.press(.character("/"))
        typed.type("Atelier Santé")
        var direct = Self.state()
        direct.press(.character("/"))
        direct.type("atelier sante")
        #expect(typed.events.map(\.id) == direct.events.map(\.id))
        #expect(typed.events.map(\.id) == Self.catalogue.events(matching: typed.filter, today: Self.today).map(\.id))
        #expect(!typed.events.isEmpty)
        // Backspace widens again: the narrowed list is not kept.
        typed.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(typed.events.map(\.id) == Self.catalogue.events(matching: typed.filter, today: Self.today).map(\.id))
    }

    /// PgDn and PgUp as they were written before the binary search: walking the events.
    static func expectedPage(from selected: Int, delta: Int, in state: AgendaState) -> Int {
        let target = min(max(0, state.row(ofEvent: selected) + delta), state.rows.count - 1)
        var index = selected
        if delta > 0 {
            index = (selected..<state.events.count).last { state.row(ofEvent: $0) <= target } ?? selected
            if index == selected, selected < state.events.count - 1 { index += 1 }
        } else {
            index = (0...selected).first { state.row(ofEvent: $0) >= target } ?? selected
            if index == selected, selected > 0 { index -= 1 }
        }
        return index
    }

    @Test(arguments: [12, 40])
    func pagingLandsWhereWalkingTheEventsLands(height: Int) {
        var state = Self.state(height: height)
        let page = height - 3
        for key in [Key.pageDown, .pageDown, .pageDown, .pageUp, .pageDown, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp] {
            let selected = state.selectedIndex!
            let expected = Self.expectedPage(from: selected, delta: key == .pageDown ? page : -page, in: state)
            state.press(key)
            #expect(state.selectedIndex == expected)
        }
        state.press(.character("G"))
        let last = state.selectedIndex!
        state.press(.pageDown)
        #expect(state.selectedIndex == last)
    }

    @Test func aFilterKeepsTheSelectedEventOrTheNextOne() {
        var state = Self.state()
        state.press(.pageDown, .pageDown)
        let selected = state.selectedEvent!
        state.press(.character("/"))
        state.type(selected.id)
        #expect(state.events.map(\.id) == [selected.id])
        state.press(.escape)
        #expect(state.selectedEvent?.id == selected.id)
        // A search that leaves the selected event out selects the first shown after it.
        let next = state.events[state.selectedIndex! + 1]
        state.press(.character("/"))
        state.type(next.id)
        state.press(.enter)
        #expect(state.selectedEvent?.id == next.id)
    }
}

@Suite struct LoadingViewTests {
    @Test func theProgressBarFillsWithTheFraction() {
        let grid = LoadingView.render(width: 80, height: 24, strings: Strings(.fr), theme: .color, fileName: "national.json",
                                      megabytes: 107.3, fraction: 0.42)
        GoldenScreen.check(grid, named: "loading-80x24-fr")
        let text = grid.text
        #expect(text.contains("Lecture du catalogue national.json (107 Mo)…"))
        #expect(text.contains("42 %"))
        let english = LoadingView.render(width: 40, height: 10, strings: Strings(.en), theme: .monochrome, fileName: "a\u{1B}]0;x.json",
                                         megabytes: 5, fraction: 1).text
        #expect(english.contains("100 %"))
        #expect(!english.contains("\u{1B}"))
    }
}
