import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

/// Popups stand apart from what is behind them in every theme: a box, and what is under it
/// cleared. The inscription shown in full says whose it is, in the user's words.
@Suite struct PopupTests {
    @Test func theFilterMenuIsBoxedWithoutColoursToo() {
        var state = SampleState.make(width: 80, height: 24, theme: .monochrome)
        state.press(.character("f"))
        let grid = ScreenRenderer.render(state)
        GoldenScreen.check(grid, named: "filter-menu-80x24-fr-monochrome")
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.contains("┌─ Filtrer") || $0.contains("┌─") })
        #expect(lines.contains { $0.contains("└") && $0.contains("┘") })
    }

    @Test func anInscriptionInFullSaysWhoseItIsWithDatesInWordsAndTheNoteOnItsLines() {
        var registrations = TriageListTests.registrations(2)
        registrations[0].note = "Arrivera vers 9 h 12.\nMerci de prévoir une attestation de présence pour la mairie."
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 80, height: 30, registrations: registrations)
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"), .enter)
        let grid = ScreenRenderer.render(state)
        GoldenScreen.check(grid, named: "inscription-80x30-fr")
        let text = grid.text
        #expect(text.contains("Inscription — Élodie N0"))
        #expect(!text.contains("Inscription existante"))
        #expect(!text.contains("2026-11-10T"), "dates in words, not ISO")
        #expect(text.contains("Arrivera vers 9 h 12."))
        #expect(text.contains("Merci de prévoir"))
        #expect(!text.contains("�"))
    }
}

/// `?` opens help at the keys of the screen one is on.
@Suite struct HelpAtSectionTests {
    @Test func fromTriageAndTheDetailHelpOpensAtTheirSection() {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 100, height: 30, registrations: TriageListTests.registrations(2))
        state.press(.enter, .character("?"))
        #expect(ScreenRenderer.render(state).line(2).contains(state.strings.text(.helpSection(.detail))))
        state.press(.escape, .escape)
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"), .character("?"))
        #expect(ScreenRenderer.render(state).line(2).contains(state.strings.text(.helpSection(.triage))))
        state.press(.escape, .escape, .character("?"))
        #expect(ScreenRenderer.render(state).line(2).contains(state.strings.text(.helpSection(.everywhere))))
    }
}

/// The title bar keeps the program's name whole at every width and with any search.
@Suite struct TitleBarTests {
    @Test(arguments: [40, 60, 80, 120])
    func theNameAndTodayShowAtEveryWidth(width: Int) {
        var state = SampleState.make(width: width, height: 12)
        state.press(.character("/"))
        state.type("coopération décentralisée franco japonaise")
        state.press(.enter)
        let bar = ScreenRenderer.render(state).line(0)
        #expect(bar.hasPrefix(" agenda"), "\(bar)")
        #expect(bar.contains("2026"), "today: \(bar)")
        #expect(DisplayWidth.of(bar) <= width)
        // At 40 columns today is written short, so that the publisher's name is not cut to two letters.
        if width == 40 { #expect(bar.contains("Cités Unies"), "\(bar)") }
    }
}
