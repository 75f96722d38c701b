import AgendaModel
import AgendaWords
import Testing

/// Each language words every message: the compiler asks each table for every case; these check
/// that what they say is something, and differs where the languages do.
@Suite struct LanguageTablesTests {
    static let samples: [(String, @Sendable (Strings) -> String)] = [
        ("catalogue problem", { $0.text(CatalogueProblem(.error, .missingField, offset: nil)) }),
        ("syntax", { $0.table.syntax(.expected(.memberName)) }),
        ("store", { $0.text(StoreError.cannotWrite(path: "/d/r.json", errno: 28)) }),
        ("corruption", { $0.table.storeCorruption(.invalidLine(3, field: "eventId", .missing)) }),
        ("import refusal", { $0.text(ImportRefusal.invalidEmail("x")) }),
        ("import file", { $0.text(ImportFileError(fileName: "f.csv", reason: .empty)) }),
        ("catalogue file", { $0.text(CatalogueFileError.notFound("/x.json")) }),
        ("command", { $0.text(.importSummary(added: 2, duplicates: 1, refused: 0)) }),
        ("configuration", { $0.text(.unknownSetting("colour", known: ["theme"])) }),
        ("phrase", { $0.text(.beyondCapacity(excess: 2, yes: "y", no: "n")) }),
        ("undo", { $0.text(.undone(3)) }),
        ("not saved", { $0.text(.notSaved("disk full")) }),
        ("key name", { $0.text(.keyName(.escape)) }),
        ("kind", { $0.kind(.countryDay) }),
        ("availability", { $0.availabilitySentence(.open(closesInDays: 3, seatsLeft: 2)) }),
        ("dates", { $0.dates.fullDate(CalendarDate(year: 2026, month: 12, day: 1)!) }),
        ("workbook", { $0.text(WorkbookError.library(.compression)) }),
        ("workbook header", { $0.spreadsheet.columnHeader(.eventId) }),
        ("workbook on a terminal", { $0.workbookNotForTerminal(outputOption: true) }),
    ]

    @Test("every sample message says something in every language, and French differs from English")
    func everyLanguageWordsEveryMessage() {
        for (name, text) in Self.samples {
            let words = Language.allCases.map { text(Strings($0)) }
            #expect(words.allSatisfy { !$0.isEmpty }, "\(name)")
            #expect(Set(words).count == Language.allCases.count, "\(name): \(words)")
        }
    }

    @Test("numbers are grouped by three from 10 000 on, as each language writes them")
    func numbers() {
        #expect(Strings(.fr).table.number(9_999) == "9999")
        #expect(Strings(.fr).table.number(100_000) == "100\u{202F}000")
        #expect(Strings(.en).table.number(1_234_567) == "1,234,567")
        #expect(Strings(.fr).text(.importSummary(added: 100_000, duplicates: 0, refused: 1))
                == "100\u{202F}000 ajoutées, 0 doublon ignoré, 1 refusée")
    }

    @Test("plurals follow each language: 0 and 1 are singular in French, only 1 in English")
    func plurals() {
        #expect(Strings(.fr).text(.validationPassed(events: 0)) == "0 événement, OK")
        #expect(Strings(.en).text(.validationPassed(events: 0)) == "0 events, OK")
        #expect(Strings(.fr).text(.taggedCount(2)) == "2 marquées")
        #expect(Strings(.en).text(.fieldsToCorrect(1)) == "1 field to correct.")
    }
}
