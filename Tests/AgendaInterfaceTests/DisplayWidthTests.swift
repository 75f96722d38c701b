import AgendaInterface
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiAndAccentedLettersTakeOneColumn() {
        #expect(DisplayWidth.of("Élodie") == 6)
        #expect(DisplayWidth.of("Arménie") == 7)
    }

    @Test func combiningMarksTakeNoColumn() {
        // "e" + COMBINING ACUTE is one character, one column.
        #expect(DisplayWidth.of("e\u{301}lue") == 4)
    }

    @Test func japaneseTakesTwoColumnsEach() {
        #expect(DisplayWidth.of("岡山市") == 6)
        #expect(DisplayWidth.of("地方創生 et") == 11)
    }

    @Test func armenianTakesOneColumnEach() {
        #expect(DisplayWidth.of("Երևան") == 5)
    }

    @Test func emojiTakeTwoColumns() {
        #expect(DisplayWidth.of("☕") == 2)
        #expect(DisplayWidth.of("🇫🇷") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
    }
}

@Suite struct TextFittingTests {
    @Test func truncationEndsWithAnEllipsis() {
        #expect(TextFitting.truncate("Journée du groupe-pays", to: 10) == "Journée d…")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        let cut = TextFitting.truncate("地方創生", to: 6)
        #expect(cut == "地方…")
        #expect(DisplayWidth.of(cut) == 5)
    }

    @Test func paddingReachesTheExactWidth() {
        #expect(DisplayWidth.of(TextFitting.pad("岡山", to: 7)) == 7)
        #expect(DisplayWidth.of(TextFitting.pad("地方創生", to: 7)) == 7)
    }

    @Test func wrappingBreaksAtSpaces() {
        #expect(TextFitting.wrap("la coopération décentralisée en zones à risques", width: 20)
            == ["la coopération", "décentralisée en", "zones à risques"])
    }

    @Test func aWordWiderThanTheLineIsCut() {
        #expect(TextFitting.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wrappingCountsWideCharacters() {
        #expect(TextFitting.wrap("地方創生地方創生", width: 6) == ["地方創", "生地方", "創生"])
    }

    @Test func newlinesAreKept() {
        #expect(TextFitting.wrap("un\ndeux", width: 10) == ["un", "deux"])
    }
}
