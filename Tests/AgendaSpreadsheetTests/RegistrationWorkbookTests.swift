import AgendaModel
import AgendaSpreadsheet
import AgendaWords
import Foundation
import Testing
import TestSupport

private let catalogue = Catalogue(events: [
    makeEvent(id: "journee-armenie-2027-06-17", title: "Journée Arménie : Փարիզ – Երևան", kind: .other, start: "2027-06-17",
              registration: RegistrationRules(modes: [.onsite, .online], questions: [
                  RegistrationQuestion(id: "ateliers", label: "Ateliers suivis", kind: .multi, options: ["Eau", "Énergie"]),
                  RegistrationQuestion(id: "participants", label: "Nombre de participants", kind: .number),
                  RegistrationQuestion(id: "premiere", label: "Première participation", kind: .boolean),
              ])),
])

private func registration(_ id: String, firstName: String, lastName: String, phone: String? = nil,
                          organisation: String = "Ville de Lyon", role: String? = nil, note: String = "",
                          createdAt: String = "2026-11-23T10:15:00+01:00", updatedAt: String = "2026-11-24T08:40:05+01:00",
                          answers: [String: Answer] = [:], consent: Bool = true) -> Registration {
    Registration(id: id, eventId: "journee-armenie-2027-06-17", status: .approved, createdAt: createdAt, updatedAt: updatedAt,
                 source: .form,
                 participant: Participant(firstName: firstName, lastName: lastName, email: "\(id)@example.org", phone: phone,
                                          organisation: organisation, role: role),
                 mode: .online, answers: answers, consent: consent, note: note,
                 history: [.init(at: createdAt, from: nil, to: .approved)])
}

/// What a coordinator's store holds that a CSV gets wrong: phones with a leading zero or a `+`,
/// a formula for a name, accents, Japanese and Armenian, a note on two lines.
private let registrations = [
    registration("a1", firstName: "Élodie", lastName: "Martin", phone: "0123456789", organisation: "=HYPERLINK(\"x\")",
                 role: "Chargée de coopération", answers: ["ateliers": .choices(["Eau", "Énergie"]), "participants": .number(2)]),
    registration("b2", firstName: "花子", lastName: "田中", phone: "+33 4 72 10 30 30", organisation: "京都市",
                 note: "Arrivera à 10 h ;\nprévoir une attestation", answers: ["premiere": .flag(true)], consent: false),
    registration("c3", firstName: "Անահիտ", lastName: "Սարգսյան", phone: "-12", organisation: "@Ville d'Alfortville",
                 createdAt: "2027-01-05T23:59:59Z", updatedAt: "écrit à la main"),
]

/// The workbook written to a scratch file and read back by openpyxl.
private func readBack(_ registrations: [Registration], language: Language = .fr,
                      catalogue: Catalogue? = catalogue) throws -> ReadWorkbook {
    let bytes = try RegistrationWorkbook.bytes(registrations, catalogue: catalogue, strings: Strings(language), created: 1_796_000_000)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-workbook-\(UUID().uuidString).xlsx").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try readWorkbook(path)
}

@Suite struct RegistrationWorkbookTests {
    @Test func textStaysTextWithNoFormulaAndNothingLost() throws {
        let book = try readBack(registrations)
        let everyCell = book.rows.flatMap { $0 }
        #expect(!everyCell.contains { $0.type == "f" }, "a formula in the workbook")
        // eventId, title, status, first name, last name, e-mail, phone, organisation, role, mode.
        #expect(Array(book.texts(1).prefix(10)) == [
            "journee-armenie-2027-06-17", "Journée Arménie : Փարիզ – Երևան", "approuvée", "Élodie", "Martin",
            "a1@example.org", "0123456789", "=HYPERLINK(\"x\")", "Chargée de coopération", "en ligne",
        ])
        #expect(book.rows[1][6].type == "s" && book.rows[1][7].type == "s")
        #expect(book.texts(2)[3...7] == ["花子", "田中", "b2@example.org", "+33 4 72 10 30 30", "京都市"])
        #expect(book.texts(2)[13] == "Arrivera à 10 h ;\nprévoir une attestation")
        #expect(book.texts(3)[3...7] == ["Անահիտ", "Սարգսյան", "c3@example.org", "-12", "@Ville d'Alfortville"])
        for row in book.rows.dropFirst() {
            for column in [0, 1, 2, 3, 4, 5, 6, 7] {
                #expect(row[column].type == "s", "column \(column): \(row[column])")
                // The text format: what is typed again into the cell stays text too.
                #expect(row[column].numberFormat == "@")
            }
        }
        // An empty value is an empty cell, not an empty string.
        #expect(book.rows[2][8].value == nil)
    }

    @Test func datesAreDatesAsTheClockShowedThem() throws {
        let book = try readBack(registrations)
        let created = book.rows[1][11], updated = book.rows[1][12]
        #expect(created.type == "d" && created.value == .text("2026-11-23T10:15:00"))
        #expect(updated.type == "d" && updated.value == .text("2026-11-24T08:40:05"))
        #expect(created.numberFormat == "dd/mm/yyyy hh:mm")
        #expect(book.rows[3][11].value == .text("2027-01-05T23:59:59"))
        // A date the store does not hold as one (edited by hand) stays the text it is.
        #expect(book.rows[3][12].type == "s" && book.rows[3][12].value == .text("écrit à la main"))
        let english = try readBack(registrations, language: .en)
        #expect(english.rows[1][11].numberFormat == "yyyy-mm-dd hh:mm")
    }

    @Test func consentAndAnswersKeepTheirTypes() throws {
        let book = try readBack(registrations)
        #expect(book.rows[1][10].type == "b" && book.rows[1][10].value == .boolean(true))
        #expect(book.rows[2][10].value == .boolean(false))
        // One column per question answered, sorted by id, headed by the question's label.
        #expect(book.texts(0).suffix(3) == ["Ateliers suivis", "Nombre de participants", "Première participation"])
        #expect(book.rows[1][14].value == .text("Eau | Énergie"))
        #expect(book.rows[1][15].type == "n" && book.rows[1][15].value == .number(2))
        #expect(book.rows[2][16].type == "b" && book.rows[2][16].value == .boolean(true))
        // Without the catalogue, the question's id.
        let bare = try readBack(registrations, catalogue: nil)
        #expect(bare.texts(0).suffix(3) == ["ateliers", "participants", "premiere"])
        #expect(bare.rows[1][1].value == nil)
    }

    @Test func theHeaderIsInTheChosenLanguageBoldFrozenAndFiltered() throws {
        let french = try readBack(registrations)
        #expect(french.sheets == ["Inscriptions"])
        #expect(Array(french.texts(0).prefix(14)) == [
            "Identifiant de l'événement", "Événement", "Statut", "Prénom", "Nom", "E-mail", "Téléphone", "Collectivité",
            "Fonction", "Participation", "Accord", "Créée le", "Modifiée le", "Note",
        ])
        #expect(french.rows[0].allSatisfy { $0.bold && $0.type == "s" })
        #expect(!french.rows[1].contains { $0.bold })
        #expect(french.freezePanes == "A2")
        // 14 columns and 3 answers: A to Q; the header and 3 rows.
        #expect(french.autoFilter == "A1:Q4")
        let english = try readBack(registrations, language: .en)
        #expect(english.sheets == ["Registrations"])
        #expect(Array(english.texts(0).prefix(4)) == ["Event id", "Event", "Status", "First name"])
        #expect(english.texts(1)[2] == "approved")
    }

    @Test func columnsAreAsWideAsTheirWidestCellWithinBounds() throws {
        let long = String(repeating: "long ", count: 40)
        let book = try readBack(registrations + [registration("d4", firstName: "Jo", lastName: "岡山市岡山市岡山市岡山市", note: long)])
        #expect(book.widths.count == 17)
        let widths = book.widths.mapValues { $0.rounded(.down) }
        // Every width within 8…60 (openpyxl reads a little more: Excel's padding).
        #expect(widths.values.allSatisfy { (8...60).contains($0) }, "\(widths)")
        // The note is cut at the bound; the e-mail ("a1@example.org", 14) is as wide as itself and the filter button.
        #expect(widths["N"] == 60)
        #expect(widths["F"] == 17)
        // Japanese takes two units a character: 12 characters, 24 units.
        #expect(widths["E"] == 27)
        // A date is as wide as it shows (dd/mm/yyyy hh:mm).
        #expect(widths["L"] == 19)
    }

    @Test func anEmptySelectionIsTheHeaderAlone() throws {
        let book = try readBack([])
        #expect(book.rows.count == 1)
        #expect(book.rows[0].count == 14)
        #expect(book.autoFilter == "A1:N1")
        #expect(book.freezePanes == "A2")
    }

    @Test func textThatLooksLikeTheFormatsOwnEscapesReadsBackAsWritten() throws {
        let tricky = registration("e5", firstName: "_x0041_", lastName: "a\u{0}b", organisation: "tab\there _x00E9_ _xZZZZ_",
                                  note: "bell \u{7} end")
        let book = try readBack([tricky])
        #expect(book.texts(1)[3] == "_x0041_")
        #expect(book.texts(1)[7] == "tab\there _x00E9_ _xZZZZ_")
        // openpyxl 3.0 hands the format's escapes of control characters over as they are in the
        // file; LibreOffice reads the characters (WorkbookLibreOfficeTests). NUL, which no C
        // string carries, is escaped the same way rather than cut the text short.
        #expect(book.texts(1)[4] == "a_x0000_b")
        #expect(book.texts(1)[13] == "bell _x0007_ end")
    }

    @Test func aValueLongerThanACellHoldsIsRefusedWithItsPlace() throws {
        let huge = registration("f6", firstName: "Long", lastName: "Note", note: String(repeating: "é", count: 32_768))
        #expect(throws: WorkbookError.cellTooLong(row: 3, column: "Note")) {
            try RegistrationWorkbook.bytes([registrations[0], huge], strings: Strings(.fr), created: 0)
        }
        let justFits = registration("g7", firstName: "Long", lastName: "Note", note: String(repeating: "é", count: 32_767))
        let book = try readBack([justFits])
        #expect(book.texts(1)[13]?.count == 32_767)
        let english = Strings(.en).text(WorkbookError.cellTooLong(row: 3, column: "Note"))
        #expect(english.hasPrefix("row 3, column \"Note\": the value is longer than a spreadsheet cell holds"))
    }

    @Test func theSameRegistrationsAtTheSameMomentGiveTheSameBytes() throws {
        let first = try RegistrationWorkbook.bytes(registrations, catalogue: catalogue, strings: Strings(.fr), created: 1_796_000_000)
        let second = try RegistrationWorkbook.bytes(registrations, catalogue: catalogue, strings: Strings(.fr), created: 1_796_000_000)
        #expect(first == second)
        // An .xlsx is a zip archive.
        #expect(Array(first.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        // The creation date is the one given, not the clock's.
        #expect(try readBack(registrations).created == "2026-11-30T00:53:20")
    }

    @Test func theColumnsAreTheCSVExportsColumns() {
        #expect(RegistrationColumn.allCases.map(\.rawValue) == RegistrationExport.csvColumns)
        let header = String(decoding: RegistrationExport.csv(registrations).dropFirst(3), as: UTF8.self)
            .components(separatedBy: "\r\n")[0]
        #expect(header.hasSuffix(";note;answer.ateliers;answer.participants;answer.premiere"))
    }
}
