import AgendaModel
import Testing
import TestSupport

/// Why and where `JSONParser` refused a document.
private struct Failure: Equatable {
    let reason: JSONParser.SyntaxError.Reason
    let offset: Int
}

/// The syntax error `JSONParser` throws for `bytes`, or nil when they parse.
private func syntaxError(_ bytes: [UInt8]) -> Failure? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return Failure(reason: error.reason, offset: error.offset)
    }
}

private func syntaxError(_ text: String) -> Failure? {
    syntaxError(Array(text.utf8))
}

private func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
}

@Suite("JSONParser")
struct JSONParserTests {
    // MARK: Values

    @Test("object members keep their order and the offset of each value")
    func objectMembers() throws {
        let value = try parse(#"{"b": 1, "a": "x"}"#)
        guard case .object(let object) = value.content else { Issue.record("not an object"); return }
        #expect(object.members.map(\.key) == ["b", "a"])
        #expect(object.members.map(\.keyOffset) == [1, 9])
        #expect(object["b"]?.offset == 6)
        #expect(object["a"]?.offset == 14)
    }

    @Test("a number is kept as written")
    func numberAsWritten() throws {
        let value = try parse("[12, 12.50, -0, 1e3]")
        guard case .array(let elements) = value.content else { Issue.record("not an array"); return }
        let texts = elements.compactMap { element -> String? in
            if case .number(let text) = element.content { return text }
            return nil
        }
        #expect(texts == ["12", "12.50", "-0", "1e3"])
    }

    @Test("escapes, \\u escapes and surrogate pairs are decoded")
    func escapes() throws {
        let value = try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
        guard case .string(let text) = value.content else { Issue.record("not a string"); return }
        #expect(text == "a\"b\\c/d\n\té😀")
    }

    @Test("literals true, false and null are read")
    func literals() throws {
        let value = try parse("[true, false, null]")
        guard case .array(let elements) = value.content else { Issue.record("not an array"); return }
        #expect(elements.map(\.typeName) == [.boolean, .boolean, .null])
    }

    @Test("a UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(value.typeName == .object)
        #expect(value.offset == 3)
    }

    @Test("a repeated key keeps its last value")
    func repeatedKey() throws {
        let value = try parse(#"{"a": 1, "a": 2}"#)
        guard case .object(let object) = value.content, case .number(let text)? = object["a"]?.content else {
            Issue.record("not read"); return
        }
        #expect(text == "2")
        #expect(object.members.count == 2)
    }

    // MARK: Refusals

    @Test("an empty file is an empty document")
    func emptyFile() {
        #expect(syntaxError("") == .init(reason: .emptyDocument, offset: 0))
    }

    @Test("a file of whitespace only is an empty document")
    func whitespaceOnly() {
        #expect(syntaxError(" \n\t ")?.reason == .emptyDocument)
    }

    @Test("a truncated document ends unexpectedly at its end", arguments: [
        #"{"schemaVersion": 1, "events": ["#, #"{"a": "abc"#, #"{"a": tru"#, #"{"a""#, "[1,", #"{"a": "\"#,
    ])
    func truncated(text: String) {
        #expect(syntaxError(text) == .init(reason: .unexpectedEnd, offset: text.utf8.count))
    }

    @Test("binary garbage is not UTF-8")
    func binaryGarbage() {
        // The start of a JPEG file.
        #expect(syntaxError([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]) == .init(reason: .invalidUTF8, offset: 0))
    }

    @Test("invalid UTF-8 inside a string is reported at the bad byte")
    func invalidUTF8InString() {
        let bytes = Array(#"{"a": "Cit"#.utf8) + [0xC3, 0x28] + Array(#"s"}"#.utf8)
        #expect(syntaxError(bytes) == .init(reason: .invalidUTF8, offset: 10))
    }

    @Test("invalid UTF-8 in a string with escapes is reported at the bad byte")
    func invalidUTF8InEscapedString() {
        let bytes = Array(#"["\n"#.utf8) + [0xFF] + Array(#""]"#.utf8)
        #expect(syntaxError(bytes) == .init(reason: .invalidUTF8, offset: 4))
    }

    @Test("content after the document is refused where it starts")
    func trailingContent() {
        #expect(syntaxError(#"{"events": []} {"x": 1}"#) == .init(reason: .trailingContent, offset: 15))
        #expect(syntaxError("{}}")?.reason == .trailingContent)
    }

    @Test("512 nested arrays are accepted")
    func deepestAccepted() throws {
        let depth = JSONParser.maximumDepth
        _ = try JSONParser.parse(Array(String(repeating: "[", count: depth).utf8) + Array(String(repeating: "]", count: depth).utf8))
    }

    @Test("513 nested arrays are too deep")
    func oneTooDeep() {
        let depth = JSONParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(syntaxError(text) == .init(reason: .tooDeep(limit: 512), offset: 512))
    }

    @Test("100 000 nested [ are too deep and do not crash")
    func hostileNesting() {
        #expect(syntaxError(String(repeating: "[", count: 100_000))?.reason == .tooDeep(limit: 512))
    }

    @Test("deeply nested objects are too deep as well")
    func hostileObjectNesting() {
        #expect(syntaxError(String(repeating: #"{"a":"#, count: 10_000))?.reason == .tooDeep(limit: 512))
    }

    @Test("an unescaped control character in a string is refused")
    func controlCharacter() {
        #expect(syntaxError("[\"a\tb\"]") == .init(reason: .controlCharacterInString, offset: 3))
    }

    @Test("an unknown escape is refused where the backslash is")
    func unknownEscape() {
        #expect(syntaxError(#"["a\xb"]"#) == .init(reason: .invalidEscape, offset: 3))
    }

    @Test("a lone surrogate escape is refused")
    func loneSurrogate() {
        #expect(syntaxError(#"["\udc00"]"#)?.reason == .invalidEscape)
        #expect(syntaxError(#"["\ud83d x"]"#)?.reason == .invalidEscape)
    }

    @Test("malformed numbers are refused", arguments: ["[1.]", "[-]", "[1e]", "[.5]", "[+1]"])
    func malformedNumber(text: String) {
        #expect(syntaxError(text) != nil)
    }

    @Test("a leading zero is not part of a number")
    func leadingZero() {
        #expect(syntaxError("[012]")?.reason == .expected(.commaOrClosingBracket))
    }

    @Test("a misspelt literal is refused where it starts")
    func misspeltLiteral() {
        #expect(syntaxError("[trux]") == .init(reason: .expected(.literal("true")), offset: 1))
    }

    @Test("an unexpected character is named")
    func unexpectedCharacter() {
        #expect(syntaxError("[@]") == .init(reason: .unexpectedCharacter("@"), offset: 1))
        #expect(syntaxError("[é]") == .init(reason: .unexpectedCharacter("é"), offset: 1))
    }

    @Test("single quotes and trailing commas are not JSON")
    func notJSON() {
        #expect(syntaxError("{'a': 1}")?.reason == .expected(.memberName))
        #expect(syntaxError("[1, ]") != nil)
        #expect(syntaxError(#"{"a": 1,}"#)?.reason == .expected(.memberName))
    }
}
