import AgendaInterface
import Testing

@Suite struct TextInputTests {
    @Test func aLongValueScrollsSoThatTheCursorStaysVisible() {
        let input = TextInput("Communauté d'agglomération du Grand Besançon")
        let shown = input.visible(width: 12)
        #expect(shown.text == "nd Besançon")
        #expect(shown.cursorColumn == 11)  // the cell after the text, still inside the box
    }

    @Test func theStartIsShownWhenTheCursorIsAtTheStart() {
        var input = TextInput("Communauté d'agglomération")
        input.moveHome()
        #expect(input.visible(width: 10).text == "Communauté")
        #expect(input.visible(width: 10).cursorColumn == 0)
    }

    @Test func wideCharactersAreNotCutWhenScrolling() {
        let input = TextInput("岡山市役所国際課")
        let shown = input.visible(width: 7)
        #expect(DisplayWidth.of(shown.text) <= 7)
        #expect(shown.text.hasSuffix("国際課"))
    }

    @Test func editingWorksOnCharactersNotBytes() {
        var input = TextInput("Երևան")
        input.moveLeft()
        input.backspace()
        #expect(input.text == "Երևն")
        input.deleteForward()
        #expect(input.text == "Երև")
    }
}

/// The one text-typing component, as the search, the notes and the form use it.
@Suite struct TextInputKeysTests {
    @Test("Enter keeps, Esc gives up, ↓ is left to the owner, letters are typed")
    func outcomes() {
        var input = TextInput("ab")
        #expect(input.handle(.enter, keys: .standard) == .kept)
        #expect(input.handle(.escape, keys: .standard) == .cancelled)
        #expect(input.handle(.down, keys: .standard) == .action(.moveDown))
        #expect(input.handle(.character("é"), keys: .standard) == .edited)
        #expect(input.text == "abé")
        #expect(input.handle(.character("\u{1B}"), keys: .standard) == .ignored)
    }

    @Test("backspace in an empty search closes it; in a note it does nothing")
    func emptyBackspace() {
        var search = TextInput()
        #expect(search.handle(.backspace, keys: .standard, closesWhenEmpty: true) == .kept)
        var note = TextInput()
        #expect(note.handle(.backspace, keys: .standard) == .edited)
    }

    @Test("the agenda's search edits in the middle, like every text")
    func searchEditsInTheMiddle() {
        var state = SampleState.make()
        state.press(.character("/"), .character("a"), .character("r"), .character("m"), .character("n"), .left)
        state.press(.character("e"), .end, .character("i"), .character("e"))
        #expect(state.filter.search == "armenie")
        #expect(ScreenRenderer.render(state).line(39).contains("/armenie█"))
    }
}
