import Foundation
import AgendaModel
import Testing

@Suite("TerminalSafeText")
struct TerminalSafeTextTests {
    let placeholder = "\u{FFFD}"

    @Test("ordinary text is unchanged, accents, CJK and emoji included")
    func ordinaryText() {
        let text = "Journée Arménie : 地方創生 🎌 Փարիզ – « café »"
        #expect(TerminalSafeText.sanitize(text) == text)
    }

    @Test("an escape sequence loses its ESC")
    func escape() {
        #expect(TerminalSafeText.sanitize("\u{1B}[2J\u{1B}]0;pwned\u{07}titre") == "\(placeholder)[2J\(placeholder)]0;pwned\(placeholder)titre")
    }

    @Test("each control character is replaced by the placeholder", arguments: [
        ("BEL", "\u{07}"), ("backspace", "\u{08}"), ("carriage return", "\r"), ("NUL", "\u{00}"), ("ESC", "\u{1B}"),
        ("DEL", "\u{7F}"), ("C1 CSI", "\u{9B}"), ("C1 NEL", "\u{85}"),
    ])
    func controlCharacter(name: String, character: String) {
        #expect(TerminalSafeText.sanitize("a\(character)b") == "a\(placeholder)b", "\(name)")
    }

    @Test("bidi controls are replaced", arguments: ["\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{061C}"])
    func bidi(character: String) {
        #expect(TerminalSafeText.sanitize("fichier\(character)fdp.exe") == "fichier\(placeholder)fdp.exe")
    }

    @Test("line and paragraph separators are replaced even when newlines are allowed")
    func unicodeSeparators() {
        #expect(TerminalSafeText.sanitize("a\u{2028}b\u{2029}c", allowNewlines: true) == "a\(placeholder)b\(placeholder)c")
    }

    @Test("newlines and tabs are replaced by default")
    func newlinesReplaced() {
        #expect(TerminalSafeText.sanitize("ligne 1\nligne 2\tfin") == "ligne 1\(placeholder)ligne 2\(placeholder)fin")
    }

    @Test("newlines and tabs are kept when allowed")
    func newlinesAllowed() {
        #expect(TerminalSafeText.sanitize("ligne 1\nligne 2\tfin", allowNewlines: true) == "ligne 1\nligne 2\tfin")
    }

    @Test("CR LF becomes one newline when newlines are allowed")
    func crlf() {
        #expect(TerminalSafeText.sanitize("ligne 1\r\nligne 2", allowNewlines: true) == "ligne 1\nligne 2")
    }

    @Test("control characters are still replaced when newlines are allowed")
    func controlsWithNewlinesAllowed() {
        #expect(TerminalSafeText.sanitize("a\u{1B}b\nc", allowNewlines: true) == "a\(placeholder)b\nc")
    }

    @Test("isUnsafe tells unsafe scalars from safe ones")
    func isUnsafe() {
        #expect(TerminalSafeText.isUnsafe("\u{1B}"))
        #expect(TerminalSafeText.isUnsafe("\u{9B}"))
        #expect(TerminalSafeText.isUnsafe("\u{202E}"))
        #expect(TerminalSafeText.isUnsafe("\n"))
        #expect(!TerminalSafeText.isUnsafe("\n", allowNewlines: true))
        #expect(!TerminalSafeText.isUnsafe("é"))
        #expect(!TerminalSafeText.isUnsafe(" "))
        #expect(!TerminalSafeText.isUnsafe("\u{A0}"))
    }
}

@Suite struct JSONEscapingTests {
    @Test func controlsJSONLeavesAsIsAreEscapedAndTheDataIsTheSame() throws {
        let text = "a\u{7F}b\u{85}c\u{9B}d\u{202E}e\u{2066}f\u{200F}g\u{2028}h\u{061C}i — é 日本 Հայ"
        let json = Array(#"{"t":""#.utf8) + Array(text.utf8) + Array(#""}"#.utf8)
        let escaped = TerminalSafeText.escapingJSON(json)
        let shown = String(decoding: escaped, as: UTF8.self)
        #expect(shown.contains(#"a\u007fb\u0085c\u009bd\u202ee\u2066f\u200fg\u2028h\u061ci — é 日本 Հայ"#))
        #expect(!shown.unicodeScalars.contains { TerminalSafeText.isUnsafe($0) })
        let decoded = try JSONSerialization.jsonObject(with: Data(escaped)) as? [String: String]
        #expect(decoded?["t"] == text)
    }

    @Test func jsonWithoutSuchControlsIsLeftByteForByte() {
        let json = Array(#"{"t":"Élodie — Ղ 日本"}"#.utf8)
        #expect(TerminalSafeText.escapingJSON(json) == json)
    }

    @Test func theStoreWritesTheEscapes() {
        let registration = Registration(id: "r1", eventId: "e", status: .pending, createdAt: "2026-11-23T10:00:00+01:00",
                                        updatedAt: "2026-11-23T10:00:00+01:00", source: .form,
                                        participant: Participant(firstName: "A\u{202E}B", lastName: "C\u{9B}31m", email: "a@b.fr",
                                                                 organisation: "O"),
                                        consent: true, history: [])
        let text = String(decoding: RegistrationStore.encode([registration]), as: UTF8.self)
        #expect(text.contains(#""A\u202eB""#))
        #expect(text.contains(#""C\u009b31m""#))
    }
}
