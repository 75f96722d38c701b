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
