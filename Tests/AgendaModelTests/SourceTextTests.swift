import AgendaModel
import Testing

@Suite("SourceText")
struct SourceTextTests {
    let source = SourceText(bytes: Array("{\n  \"a\": 1,\n  \"é\": \"ü\"\n}".utf8))

    @Test("the first byte is line 1, column 1")
    func firstByte() {
        #expect(source.lineColumn(of: 0) == (1, 1))
    }

    @Test("the byte after a newline starts the next line")
    func afterNewline() {
        #expect(source.lineColumn(of: 2) == (2, 1))
        #expect(source.lineColumn(of: 4) == (2, 3))
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() {
        // Line 3 is `  "é": "ü"`: "é" is two bytes but one column.
        let lineStart = 12
        #expect(source.lineColumn(of: lineStart + 6) == (3, 6))   // the ':' after "é"
        #expect(source.lineColumn(of: lineStart + 8) == (3, 8))   // the value's quote
    }

    @Test("an offset past the end is clamped to the end")
    func pastTheEnd() {
        let end = source.lineColumn(of: source.bytes.count)
        #expect(source.lineColumn(of: source.bytes.count + 100) == end)
        #expect(end.line == 4)
    }
}
