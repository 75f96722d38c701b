import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation
import Testing

@Suite struct AgendaScreenTests {
    @Test func agendaAt120x40() {
        GoldenScreen.check(ScreenRenderer.render(SampleState.make()), named: "agenda-120x40-fr")
    }

    @Test func agendaAt80x24() {
        GoldenScreen.check(ScreenRenderer.render(SampleState.make(width: 80, height: 24, language: .en)), named: "agenda-80x24-en")
    }

    /// At every size, in both languages, the columns are as wide as what they hold and the
    /// title takes the rest: a country day's country shows once there is room for it.
    @Test(arguments: [(80, 24, Language.fr), (120, 40, .en), (200, 50, .fr), (200, 50, .en)])
    func titlesUseTheFreeWidth(width: Int, height: Int, language: Language) {
        let state = SampleState.make(width: width, height: height, language: language)
        let grid = ScreenRenderer.render(state)
        GoldenScreen.check(grid, named: "agenda-\(width)x\(height)-\(language.rawValue)")
        if width >= 200 {
            for country in ["Liban", "Madagascar"] { #expect(grid.text.contains(country), "\(country) at \(width)") }
        }
    }

    @Test func webinarDetailWithItsProgramme() {
        var state = SampleState.make(width: 120, height: 40)
        state.press(.character("p"))  // past events, most recent first
        state.press(.character("/"))
        state.type("covid")
        state.press(.enter, .enter)
        #expect(state.selectedEvent?.id == "webinaire-covid-2020-05-19")
        GoldenScreen.check(ScreenRenderer.render(state), named: "detail-webinar-120x40-fr")
    }

    @Test func japaneseTitleLinesUpWithFrenchOnes() {
        let day = CalendarDate(year: 2027, month: 2, day: 16)!
        let rules = RegistrationRules(deadline: .allDay(day))
        let catalogue = Catalogue(publisher: "Cités Unies France", events: [
            Event(id: "a", title: "Séminaire franco-japonais", kind: .conference, start: .allDay(day), registration: rules),
            Event(id: "b", title: "地方創生と国際協力の日", kind: .conference, start: .allDay(day), registration: rules),
            Event(id: "c", title: "Journée Arménie : Երևան", kind: .countryDay, start: .allDay(day), registration: rules),
            Event(id: "d", title: "e\u{301}lue, cafe\u{301} ☕", kind: .meeting, start: .allDay(day), registration: rules),
        ])
        let state = AgendaState(catalogue: catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 80, height: 12)
        let grid = ScreenRenderer.render(state)
        GoldenScreen.check(grid, named: "agenda-japanese-80x12-fr")
        // Whatever the script, each row's state ends in the last column and starts at the same one.
        let rows = (3...6).map { grid.line($0) }
        for row in rows {
            #expect(DisplayWidth.of(row) == 80)
            #expect(row.hasSuffix(" ouvert "))
        }
    }

    @Test func tooSmallScreenSaysSo() {
        GoldenScreen.check(ScreenRenderer.render(SampleState.make(width: 30, height: 8)), named: "too-small-30x8-fr")
    }

    @Test func helpIsGeneratedFromTheKeyTable() {
        // Tall enough for every key of every context on one screen.
        var state = SampleState.make(width: 90, height: 160, language: .en)
        state.press(.character("?"))
        let grid = ScreenRenderer.render(state)
        GoldenScreen.check(grid, named: "help-90x160-en")
        for binding in KeyBindings.table {
            #expect(grid.text.contains(binding.description(Strings(.en))), "help shows \(binding.description(Strings(.en)))")
        }
    }

    @Test func searchResultsAsYouType() {
        var state = SampleState.make(width: 120, height: 30)
        state.press(.character("/"))
        state.type("journee")
        GoldenScreen.check(ScreenRenderer.render(state), named: "search-journee-120x30-fr")
    }

    @Test func monochromeThemeKeepsEveryDistinctionWithAttributes() {
        let state = SampleState.make(width: 80, height: 24, language: .fr, theme: .monochrome)
        let grid = ScreenRenderer.render(state)
        #expect(grid.isColourless)
        GoldenScreen.check(grid, named: "monochrome-80x24-fr")
        let map = grid.attributeMap.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(map[0].allSatisfy { $0 == "R" })       // title bar: bold reverse
        #expect(map[2].contains("B"))                   // month heading: bold underline
        #expect(map[3].allSatisfy { $0 == "r" })       // the selected event: reverse
        #expect(map[23].allSatisfy { $0 == "r" })      // status bar: reverse
    }

    @Test func wideCharactersAreNeverCutInHalfAtThePaneEdge() {
        for width in 100...112 {
            let grid = ScreenRenderer.render(SampleState.make(width: width, height: 30))
            for y in 0..<grid.height {
                for x in 0..<grid.width where grid[x, y].width == 2 {
                    #expect(x + 1 < grid.width && grid[x + 1, y].isContinuation)
                }
            }
        }
    }

    func columnOf(_ character: Character, in grid: Grid, row: Int) -> Int? {
        var column = 0
        for x in 0..<grid.width {
            let cell = grid[x, row]
            if cell.isContinuation { continue }
            if cell.character == character { return column }
            column += Int(cell.width)
        }
        return nil
    }
}
