import AgendaModel
import Testing
@testable import AgendaWords

@Suite struct FrenchTypographyTests {
    @Test("a narrow no-break space before ? ! ; and a clause's colon, a no-break space inside guillemets")
    func spacesThatDoNotBreak() {
        #expect(FrenchTypography.typeset("Confirmer ? (o/n)") == "Confirmer\u{202F}? (o/n)")
        #expect(FrenchTypography.typeset("Attention ! fini ; suite") == "Attention\u{202F}! fini\u{202F}; suite")
        #expect(FrenchTypography.typeset("Lieu : Lyon") == "Lieu\u{202F}: Lyon")
        #expect(FrenchTypography.typeset("la note de « Café »") == "la note de «\u{00A0}Café\u{00A0}»")
        #expect(FrenchTypography.typeset("fin :") == "fin\u{202F}:")
    }

    @Test("a ? or ! after other punctuation is a key's name, not punctuation")
    func keyNamesAfterPunctuation() {
        #expect(FrenchTypography.typeset("rien ici ; ? liste les touches.") == "rien ici\u{202F}; ? liste les touches.")
        #expect(FrenchTypography.typeset("« z » ne fait rien") == "«\u{00A0}z\u{00A0}» ne fait rien")
    }

    @Test("what is not punctuation keeps its spaces: times, paths, key names, English")
    func nothingElseChanges() {
        for text in ["17:30–18:15", "agenda: x.json:3:4: bad", "touche :wq", "https://example.org/a?b=c", "no space here"] {
            #expect(FrenchTypography.typeset(text) == text)
        }
        #expect(Strings(.en).text(.beyondCapacity(excess: 1, yes: "y", no: "n")).contains(" ?") == false)
    }

    @Test("a lone ? never wraps to a line of its own")
    func questionMarkStaysWithItsWord() {
        let sentence = Strings(.fr).text(.beyondCapacity(excess: 1, yes: "o", no: "n"))
        #expect(sentence.contains("Confirmer\u{202F}?"))
        #expect(!sentence.contains(" ?"))
    }

    @Test("de is elided before a vowel or a mute h, accented or not", arguments: [
        ("Hélène", "d'Hélène"), ("Élodie", "d'Élodie"), ("Yves", "d'Yves"), ("anne", "d'anne"),
        ("Marc", "de Marc"), ("田中 花子", "de 田中 花子"), ("", "de "),
    ])
    func elision(name: String, expected: String) {
        #expect(FrenchTypography.de(name) == expected)
    }

    @Test("the table's sentences use the elision")
    func elisionInSentences() {
        let text = Strings(.fr).text(.registrationSaved(name: "Hélène Martin", status: .pending))
        #expect(text.hasPrefix("Inscription d'Hélène Martin enregistrée"))
    }

    @Test("no \"(s)\" in either table: plurals are spelled out")
    func noParenthesisedPlurals() {
        for language in Language.allCases {
            #expect(!Strings(language).text(.unreadableKeys(action: "approve")).contains("(s)"))
        }
    }
}
