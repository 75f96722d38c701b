@testable import AgendaTerminal
import Testing

/// What a terminal that is not UTF-8 gets: its own character set, and the nearest ASCII for
/// what that set lacks.
@Suite struct TerminalCharsetTests {
    /// A Latin-1 terminal: it writes U+0000–U+00FF.
    static func latin1(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x100 }

    @Test func linesPointersAndPunctuationBecomeASCII() {
        for (character, expected) in [("│", "|"), ("─", "-"), ("┼", "+"), ("▸", ">"), ("…", "."), ("—", "-"), ("’", "'"),
                                      ("✉", "@"), ("█", "#")] as [(Character, Character)] {
            #expect(TerminalCharset.fallback(for: character, canWrite: Self.latin1) == expected, "\(character)")
        }
    }

    @Test func aLetterTheCharsetLacksKeepsItsBaseLetter() {
        #expect(TerminalCharset.fallback(for: "ő", canWrite: Self.latin1) == "o")
        #expect(TerminalCharset.fallback(for: "Ł", canWrite: Self.latin1) == "?", "no decomposition: a question mark")
        #expect(TerminalCharset.fallback(for: "田", canWrite: Self.latin1) == "?")
    }

    @Test func conversionToLatin1KeepsAccentsAndTransliteratesTheRest() {
        // glibc writes a dash as two hyphens.
        #expect(TerminalCharset.convert("Cités Unies — l’été", to: "ISO-8859-1") == Array("Cit\u{E9}s Unies -- l'\u{E9}t\u{E9}".unicodeScalars.map { UInt8($0.value) }))
        let japanese = TerminalCharset.convert("岡山市 ok", to: "ISO-8859-1")
        #expect(japanese.allSatisfy { $0 < 0x80 } && japanese.suffix(2) == Array("ok".utf8))
    }

    @Test func utf8AndTheCLocaleAreNotNarrow() {
        #expect(TerminalCharset.isUTF8("utf8") && TerminalCharset.isUTF8("UTF-8"))
        #expect(TerminalCharset.isASCII("ANSI_X3.4-1968"))
        #expect(!TerminalCharset.isASCII("ISO-8859-15"))
    }
}
