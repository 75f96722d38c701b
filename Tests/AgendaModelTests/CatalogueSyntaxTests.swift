import AgendaModel
import Testing
import TestSupport

@Suite("Catalogue: JSON that does not parse")
struct CatalogueSyntaxTests {
    @Test("a truncated file is refused with an unexpected end at its last position")
    func truncated() throws {
        let json = "{\n  \"schemaVersion\": 1,\n  \"events\": [\n    { \"id\": \"a"
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(reading.problems.first)
        #expect(reading.problems.count == 1)
        #expect(problem.issue == .syntax(.unexpectedEnd))
        #expect(problem.severity == .error)
        #expect(problem.eventID == nil)
        #expect(problem.field == nil)
        #expect(reading.position(of: problem) == SourcePosition(line: 4, column: 15))
    }

    @Test("an empty file is refused as empty")
    func emptyFile() throws {
        let reading = readCatalogue("")
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: ""))
        #expect(problem.issue == .syntax(.emptyDocument))
        #expect(problem.severity == .error)
    }

    @Test("binary garbage is refused as not UTF-8")
    func binaryGarbage() throws {
        let reading = CatalogueDecoder.read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])  // a PNG signature
        #expect(reading.catalogue == nil)
        #expect(reading.problems.map(\.issue) == [.syntax(.invalidUTF8)])
        #expect(reading.problems.first?.offset == 0)
    }

    @Test("a UTF-16 file is refused as not UTF-8")
    func utf16() {
        let reading = CatalogueDecoder.read([0xFF, 0xFE] + Array("{}".utf8).flatMap { [$0, 0] })
        #expect(reading.problems.map(\.issue) == [.syntax(.invalidUTF8)])
    }

    @Test("invalid UTF-8 inside a string is refused at its line and column")
    func invalidUTF8InString() throws {
        let before = "{\n  \"schemaVersion\": 1,\n  \"publisher\": \"Cit"
        let bytes = Array(before.utf8) + [0xE9] + Array("s Unies\",\n  \"events\": []\n}".utf8)  // Latin-1 é
        let reading = CatalogueDecoder.read(bytes)
        #expect(reading.catalogue == nil)
        let problem = try #require(reading.problems.first)
        #expect(problem.issue == .syntax(.invalidUTF8))
        #expect(problem.offset == before.utf8.count)
        #expect(reading.position(of: problem) == SourcePosition(line: 3, column: 20))
    }

    @Test("content after the catalogue object is refused where it starts")
    func trailingContent() throws {
        let json = catalogueJSON() + "\n{}"
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .syntax(.trailingContent))
        #expect(readCatalogue(json).position(of: problem) == SourcePosition(line: 6, column: 1))
    }

    @Test("100 000 nested [ are refused as too deep without crashing")
    func hostileNesting() throws {
        let json = String(repeating: "[", count: 100_000)
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        #expect(reading.problems.map(\.issue) == [.syntax(.tooDeep(limit: 512))])
    }

    @Test("deep nesting inside an event is refused as too deep")
    func hostileNestingInsideEvent() {
        let json = catalogueJSON(eventJSON(#""themes": "# + String(repeating: "[", count: 100_000)))
        #expect(problems(in: json).map(\.issue) == [.syntax(.tooDeep(limit: 512))])
    }

    @Test("a syntax error stops the reading: it is the only problem reported")
    func syntaxErrorIsAlone() {
        let json = "{ \"events\": [ { \"id\": \"bad id\" } ], }"
        #expect(problems(in: json).count == 1)
    }
}
