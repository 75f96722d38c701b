@testable import AgendaTerminal
import AgendaInterface
import CNcursesw
import Testing

/// What `wget_wch` gives, turned into keys without a terminal.
@Suite struct KeyDecodingTests {
    let size = (width: 120, height: 40)

    @Test("keypad codes become the interface's keys; a resize carries the new size")
    func keypadCodes() {
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_UP), size: size) == .key(.up))
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_NPAGE), size: size) == .key(.pageDown))
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_BTAB), size: size) == .key(.backTab))
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_F0 + 5), size: size) == .key(.function(5)))
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_RESIZE), size: size)
                == .key(.resize(width: 120, height: 40)))
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_MOUSE), size: size) == .ignored)
    }

    @Test("control characters become Ctrl keys, Enter, Tab, Esc and Backspace")
    func controlCharacters() {
        #expect(KeyDecoding.decode(status: OK, value: 19, size: size) == .key(.control("s")))
        #expect(KeyDecoding.decode(status: OK, value: 13, size: size) == .key(.enter))
        #expect(KeyDecoding.decode(status: OK, value: 10, size: size) == .key(.enter))
        #expect(KeyDecoding.decode(status: OK, value: 9, size: size) == .key(.tab))
        #expect(KeyDecoding.decode(status: OK, value: 27, size: size) == .key(.escape))
        #expect(KeyDecoding.decode(status: OK, value: 127, size: size) == .key(.backspace))
        #expect(KeyDecoding.decode(status: OK, value: 0x1C, size: size) == .ignored)
        #expect(KeyDecoding.decode(status: OK, value: 0x85, size: size) == .ignored)
    }

    @Test("letters of every script are characters; no key is a timeout")
    func characters() {
        #expect(KeyDecoding.decode(status: OK, value: 0xE9, size: size) == .key(.character("é")))
        #expect(KeyDecoding.decode(status: OK, value: 0x4EAC, size: size) == .key(.character("京")))
        #expect(KeyDecoding.decode(status: OK, value: 0x0531, size: size) == .key(.character("Ա")))
        #expect(KeyDecoding.decode(status: ERR, value: 0, size: size) == .timeout)
        #expect(KeyDecoding.decode(status: OK, value: 0xD800, size: size) == .ignored)
    }
}

/// Escape sequences ncurses does not know for the `TERM` in use, in the forms common terminals
/// send them: each is its key, and an unknown one is ignored (never Esc and typed letters).
@Suite struct EscapeSequenceTests {
    @Test(arguments: [
        ("[1~", Key.home), ("[7~", .home), ("[H", .home), ("OH", .home),
        ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
        ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[A", .up), ("OB", .down), ("[1;5C", .right), ("[1;2D", .left), ("[Z", .backTab),
        ("OP", .function(1)), ("OS", .function(4)), ("[1;2P", .function(1)),
        ("[11~", .function(1)), ("[15~", .function(5)), ("[17~", .function(6)), ("[21~", .function(10)),
        ("[24~", .function(12)),
    ] as [(String, Key)])
    func knownSequences(sequence: String, key: Key) {
        #expect(KeyDecoding.escapeSequence(sequence) == .key(key), "ESC\(sequence)")
    }

    @Test(arguments: ["[2~", "[99~", "[200~", "[?1;2c", "[P", "X", "["])
    func unknownSequencesAreIgnored(sequence: String) {
        #expect(KeyDecoding.escapeSequence(sequence) == .ignored, "ESC\(sequence)")
    }

    @Test func aSequenceEndsAtItsFinalByte() {
        #expect(KeyDecoding.endsSequence(UInt32(UInt8(ascii: "~"))))
        #expect(KeyDecoding.endsSequence(UInt32(UInt8(ascii: "A"))))
        #expect(!KeyDecoding.endsSequence(UInt32(UInt8(ascii: "1"))))
        #expect(!KeyDecoding.endsSequence(UInt32(UInt8(ascii: ";"))))
    }
}
