import AgendaModel
import AgendaWords
import Testing
import TestSupport

@Suite("CatalogueProblem.report")
struct CatalogueProblemReportTests {
    let json = """
    {
      "schemaVersion": 1,
      "events": [
        {
          "id": "atelier-1",
          "title": "Atelier",
          "kind": "workshop",
          "start": "2026-05-19T14:00:00+02:00",
          "end": "2026-05-19T13:00:00+02:00",
          "status": "tentative",
          "registration": { "capacity": -1 }
        }
      ]
    }
    """

    func reports(_ language: Language) -> [String] {
        let reading = readCatalogue(json)
        return reading.problems.map { $0.report(fileName: "catalogue.json", source: reading.source, language: language) }
    }

    @Test("an error reads FILE:LINE:COL: event ID: field: message, in English")
    func englishError() {
        #expect(reports(.en).first == "catalogue.json:9:14: event atelier-1: end: end (2026-05-19T13:00+02:00) is before start (2026-05-19T14:00+02:00)")
        #expect(reports(.en).last == "catalogue.json:11:37: event atelier-1: registration.capacity: must be a whole number ≥ 0, not -1")
    }

    @Test("an error reads FILE:LINE:COL: événement ID: champ: message, in French")
    func frenchError() {
        #expect(reports(.fr).first == "catalogue.json:9:14: événement atelier-1: end: la fin (2026-05-19T13:00+02:00) est avant le début (2026-05-19T14:00+02:00)")
        #expect(reports(.fr).last == "catalogue.json:11:37: événement atelier-1: registration.capacity: doit être un entier positif ou nul, pas -1")
    }

    @Test("a warning says so after the place")
    func warning() {
        #expect(reports(.en)[1] == #"catalogue.json:10:17: warning: event atelier-1: status: unknown value "tentative" (expected one of scheduled, cancelled, postponed)"#)
        #expect(reports(.fr)[1] == "catalogue.json:10:17: avertissement: événement atelier-1: status: valeur «\u{00A0}tentative\u{00A0}» inconnue (valeurs possibles\u{202F}: scheduled, cancelled, postponed)")
    }

    @Test("a problem outside any event has no event part")
    func noEvent() {
        let reading = readCatalogue(#"{ "events": [] }"#)
        let problem = reading.problems[0]
        #expect(problem.report(fileName: "c.json", source: reading.source, language: .en) == "c.json:1:1: schemaVersion: required field is missing")
        #expect(problem.report(fileName: "c.json", source: reading.source, language: .fr) == "c.json:1:1: schemaVersion: champ obligatoire absent")
    }

    @Test("a syntax error has only the place and the message")
    func syntax() {
        let reading = readCatalogue("")
        let problem = reading.problems[0]
        #expect(problem.report(fileName: "c.json", source: reading.source, language: .en) == "c.json:1:1: the file is empty")
        #expect(problem.report(fileName: "c.json", source: reading.source, language: .fr) == "c.json:1:1: le fichier est vide")
    }

    @Test("a truncated file says it may be truncated")
    func truncated() {
        let reading = readCatalogue("{\n  \"events\": [")
        #expect(reading.problems[0].report(fileName: "c.json", source: reading.source, language: .en)
                == "c.json:2:14: invalid JSON: unexpected end of file (truncated file?)")
    }

    @Test("without the source, the report has the file name but no line and column")
    func withoutSource() {
        let problem = readCatalogue(json).problems[0]
        #expect(problem.report(fileName: "catalogue.json", source: nil, language: .en)
                == "catalogue.json: event atelier-1: end: end (2026-05-19T13:00+02:00) is before start (2026-05-19T14:00+02:00)")
    }

    @Test("every issue has a message in both languages")
    func everyMessage() {
        let issues: [CatalogueProblem.Issue] = [
            .syntax(.invalidUTF8), .syntax(.tooDeep(limit: 512)), .syntax(.trailingContent), .syntax(.expected(.literal("true"))),
            .topLevelNotObject(found: .array), .missingField, .wrongType(expected: .integer, found: .string), .emptyString,
            .invalidIdentifier("a b"), .duplicateIdentifier("a", firstOffset: 0), .invalidDate("x", expected: .time),
            .endBeforeStart(start: "a", end: "b"), .missingOptions, .unsupportedSchemaVersion(2), .negativeNumber("-1"),
            .unknownValue("x", allowed: ["y"]), .duplicateKey("k"), .deadlineBeforeOpens,
        ]
        for issue in issues {
            let problem = CatalogueProblem(.error, issue, offset: 0)
            #expect(!problem.message(.en).isEmpty)
            #expect(!problem.message(.fr).isEmpty)
            #expect(problem.message(.en) != problem.message(.fr))
        }
    }

    @Test("the wrong-type message names both types")
    func wrongTypeMessage() {
        let problem = CatalogueProblem(.error, .wrongType(expected: .integer, found: .string), offset: 0)
        #expect(problem.message(.en) == "expected a whole number, found a string")
    }
}
