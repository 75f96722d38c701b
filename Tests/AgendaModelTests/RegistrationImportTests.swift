import AgendaModel
import AgendaWords
import Foundation
import Testing
import TestSupport

/// Three events: a training with typed questions whose deadline has passed at `now`, a country
/// day offering both modes, a webinar with a single mode.
private let catalogue = Catalogue(events: [
    makeEvent(id: "formation", kind: .training, start: "2026-11-20T09:30:00+01:00",
              registration: RegistrationRules(deadline: eventTime("2026-11-10"), capacity: 2, questions: [
                  RegistrationQuestion(id: "anciennete", label: "Mois en poste", kind: .number, required: true),
                  RegistrationQuestion(id: "modules", label: "Modules", kind: .multi,
                                       options: ["Cadre juridique", "Financements", "Diagnostic partagé"]),
                  RegistrationQuestion(id: "dejeuner", label: "Déjeuner", kind: .boolean),
                  RegistrationQuestion(id: "projet", label: "Projet", kind: .text),
              ])),
    makeEvent(id: "journee-armenie", kind: .other, start: "2027-06-17", registration: RegistrationRules(modes: [.onsite, .online])),
    makeEvent(id: "webinaire", kind: .webinar, start: "2026-12-08T10:00:00+01:00", registration: RegistrationRules(modes: [.online])),
])

private let now = moment("2026-11-23T10:15:00+01:00")

private func read(_ text: String, bom: Bool = false, fileName: String = "inscriptions.csv") throws(ImportFileError) -> ImportReading {
    try RegistrationImport.parse(bytes: (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), fileName: fileName)
}

/// The file error `text` is refused with; nil when it is read.
private func fileError(_ text: String) -> ImportFileError.Reason? {
    do {
        _ = try read(text)
        return nil
    } catch {
        return error.reason
    }
}

private func plan(_ text: String, existing: [Registration] = []) throws -> ImportPlan {
    var counter = 0
    return RegistrationImport.plan(try read(text), catalogue: catalogue, existing: existing, now: now) {
        counter += 1
        return "id-\(counter)"
    }
}

private func stored(email: String, eventID: String = "journee-armenie") -> Registration {
    Registration(id: "stored", eventId: eventID, status: .approved, createdAt: "2026-11-01T10:00:00+01:00",
                 updatedAt: "2026-11-01T10:00:00+01:00", source: .form,
                 participant: Participant(firstName: "Anahit", lastName: "Sargsyan", email: email, organisation: "Ville d'Alfortville"),
                 consent: true, history: [.init(at: "2026-11-01T10:00:00+01:00", from: nil, to: .approved)])
}

private let header = "firstName;lastName;email;organisation;eventId"

@Suite("Registration import")
struct RegistrationImportTests {
    // MARK: Reading CSV

    @Test("a BOM is skipped and ; is found as the separator")
    func bomAndSemicolon() throws {
        let reading = try read("firstName;lastName;email;organisation;eventId\nÉlodie;Martin;e.martin@example.org;Ville de Lyon, DRI;webinaire\n", bom: true)
        #expect(reading.format == .csv(delimiter: ";"))
        #expect(reading.rows == [ImportRow(line: 2, values: [.firstName: "Élodie", .lastName: "Martin", .email: "e.martin@example.org",
                                                             .organisation: "Ville de Lyon, DRI", .eventId: "webinaire"])])
        #expect(reading.ignoredColumns.isEmpty)
    }

    @Test("a comma-separated file without BOM, CRLF line ends")
    func commaSeparated() throws {
        let reading = try read("firstName,lastName,email,organisation,eventId\r\n花子,田中,tanaka@example.org,\"Kyoto; 京都市\",webinaire\r\n")
        #expect(reading.format == .csv(delimiter: ","))
        #expect(reading.rows.map(\.line) == [2])
        #expect(reading.rows.first?.values[.organisation] == "Kyoto; 京都市")
        #expect(reading.rows.first?.values[.firstName] == "花子")
    }

    @Test("a tab-separated file")
    func tabSeparated() throws {
        let reading = try read("firstName\tlastName\temail\torganisation\teventId\nA\tB\ta@example.org\tVille, de Lyon\twebinaire\n")
        #expect(reading.format == .csv(delimiter: "\t"))
        #expect(reading.rows.first?.values[.organisation] == "Ville, de Lyon")
    }

    @Test("quoted values with line breaks: every row keeps the line it starts on")
    func quotedNewlines() throws {
        let text = #"""
        firstName;lastName;email;organisation;eventId;note
        Inès;Benali;ines@example.org;Ville de Marseille;webinaire;"Arrivera tard.\#r\#nPrévoir une attestation ; merci.\#r\#n« Vers 10 h »"
        Jean;"Dupont ""JD""";jean@example.org;"Mairie
        de Lille";webinaire;
        Zoé;Lambert;zoe@example.org;Ville de Lyon;webinaire;"une ligne"
        """#
        let reading = try read(text)
        #expect(reading.rows.map(\.line) == [2, 5, 7])
        #expect(reading.rows[1].values[.lastName] == #"Dupont "JD""#)
        #expect(reading.rows[1].values[.organisation] == "Mairie\nde Lille")
        let result = try plan(text)
        #expect(result.refused.isEmpty)
        // The note keeps its line breaks, as LF.
        #expect(result.added.first?.note == "Arrivera tard.\nPrévoir une attestation ; merci.\n« Vers 10 h »")
        #expect(result.addedLines == [2, 5, 7])
    }

    @Test("Excel's sep= line gives the separator and is no header")
    func declaredSeparator() throws {
        let reading = try read("sep=,\nfirstName,lastName,email,organisation,eventId\nA,B,a@example.org,\"Ville; Lyon\",webinaire\n")
        #expect(reading.format == .csv(delimiter: ","))
        #expect(reading.rows == [ImportRow(line: 3, values: [.firstName: "A", .lastName: "B", .email: "a@example.org",
                                                             .organisation: "Ville; Lyon", .eventId: "webinaire"])])
    }

    @Test("blank lines and rows of separators only are skipped, and lines still count them")
    func blankRows() throws {
        let reading = try read("\n\(header)\n\n;;;;\nA;B;a@example.org;X;webinaire\n\n")
        #expect(reading.rows.map(\.line) == [5])
    }

    @Test("header names in any order and any case, French names too; unknown ones are reported")
    func headerInAnyOrder() throws {
        let reading = try read("EventId;COURRIEL;Collectivité;Nom;Prénom;Téléphone;Fonction;Statut;Couleur;eventTitle\nwebinaire;a@example.org;Ville de Lyon;Martin;Élodie;+33 1 23 45 67 89;Chargée;approved;bleu;Titre\n")
        #expect(reading.rows.first?.values == [.eventId: "webinaire", .email: "a@example.org", .organisation: "Ville de Lyon",
                                               .lastName: "Martin", .firstName: "Élodie", .phone: "+33 1 23 45 67 89",
                                               .role: "Chargée", .status: "approved"])
        // eventTitle is written by the export: ignored without a word.
        #expect(reading.ignoredColumns == ["Couleur"])
        #expect(ImportColumn.named("First name") == .firstName)
        #expect(ImportColumn.named("e-mail") == .email)
        #expect(ImportColumn.questionID(inHeader: "Answer.projet") == "projet")
    }

    @Test("a required column missing from the header refuses the whole file, naming it")
    func missingColumn() throws {
        #expect(fileError("firstName;lastName;organisation\nA;B;C\n") == .missingColumns([.email, .eventId]))
        let error = ImportFileError(fileName: "inscriptions.csv", reason: .missingColumns([.email, .eventId]))
        #expect(error.message(.en) == "inscriptions.csv:1: the header lacks the required columns email, eventId. Add them (names as \"man agenda\" lists them under registrations import, in any order); nothing was imported.")
        #expect(error.message(.fr).hasPrefix("inscriptions.csv:1\u{202F}: colonnes obligatoires absentes de l'en-tête\u{202F}: email, eventId."))
    }

    @Test("two header names for one column refuse the file")
    func repeatedColumn() {
        #expect(fileError("email;courriel;firstName;lastName;organisation;eventId\n") == .repeatedColumn(.email))
    }

    @Test("an empty file, or blank lines only, is refused")
    func emptyFile() {
        #expect(fileError("") == .empty)
        #expect(fileError("\n \r\n") == .empty)
    }

    @Test("French Excel's Windows-1252 CSV is read, and says so")
    func windows1252() throws {
        // "Hélène", "Cœur", "’" and "€" as Excel writes them in French.
        var bytes = Array("\(header);note\nH".utf8) + [0xE9] + Array("l".utf8) + [0xE8] + Array("ne;C".utf8) + [0x9C]
        bytes += Array("ur;h@example.org;Ville d".utf8) + [0x92] + Array("Ornans;webinaire;80 ".utf8) + [0x80] + Array("\n".utf8)
        let reading = try RegistrationImport.parse(bytes: bytes, fileName: "excel.csv")
        #expect(reading.encoding == .windows1252)
        #expect(reading.rows.first?.values[.firstName] == "Hélène")
        #expect(reading.rows.first?.values[.lastName] == "Cœur")
        #expect(reading.rows.first?.values[.organisation] == "Ville d’Ornans")
        #expect(reading.rows.first?.values[.note] == "80 €")
        #expect(try RegistrationImport.parse(bytes: Array("\(header)\nA;B;a@x.org;X;w\n".utf8), fileName: "u.csv").encoding == .utf8)
    }

    @Test("a spreadsheet workbook is refused as such, not as a file that is not UTF-8")
    func workbook() {
        for magic: [UInt8] in [[0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00]] {
            #expect(throws: ImportFileError(fileName: "inscrits.xlsx", reason: .spreadsheetWorkbook)) {
                try RegistrationImport.parse(bytes: magic + [0x80, 0x81, 0x00], fileName: "inscrits.xlsx")
            }
        }
        #expect(ImportFileError(fileName: "i.xlsx", reason: .spreadsheetWorkbook).message(.fr).contains("classeur de tableur"))
    }

    @Test("a file that is neither UTF-8 nor Windows-1252 is refused at the line where it shows")
    func invalidUTF8() {
        var bytes = Array("\(header)\nA;B;a@example.org;Ville de Lyon;webinaire\nH".utf8)
        bytes += [0x81] + Array("l;ne;h@example.org;X;webinaire\n".utf8)  // 0x81 means nothing in Windows-1252
        #expect(throws: ImportFileError(fileName: "f.csv", reason: .invalidUTF8(line: 3))) {
            try RegistrationImport.parse(bytes: bytes, fileName: "f.csv")
        }
        #expect(ImportFileError(fileName: "f.csv", reason: .invalidUTF8(line: 3)).message(.en).contains("CSV UTF-8"))
    }

    @Test("a quote never closed refuses the file at the row where it opens")
    func unclosedQuote() {
        #expect(fileError("\(header);note\nA;B;a@example.org;X;webinaire;ok\nC;D;c@example.org;X;webinaire;\"oups\nE;F;e@example.org;X;webinaire;\n") == .unclosedQuote(line: 3))
    }

    // MARK: Rows refused

    @Test("each required value empty is a reason, all reasons of a row together")
    func missingValues() throws {
        let result = try plan("\(header)\n ;;a@example.org;;webinaire\nA;B;;Ville;webinaire\nA;B;a@example.org;Ville;\n")
        #expect(result.added.isEmpty)
        #expect(result.refused == [
            .init(line: 2, reasons: [.missing(.firstName), .missing(.lastName), .missing(.organisation)]),
            .init(line: 3, reasons: [.missing(.email)]),
            .init(line: 4, reasons: [.missing(.eventId)]),
        ])
        #expect(result.refused[0].message(.en) == "firstName is required and empty; lastName is required and empty; organisation is required and empty")
        #expect(result.refused[1].message(.fr) == "email est obligatoire et vide")
    }

    @Test("a bad e-mail, an unknown event, a bad status or mode is refused with the value")
    func badValues() throws {
        let result = try plan("""
        \(header);status;mode;createdAt;consent
        A;B;pas-une-adresse;X;webinaire;;;;
        A;B;a@example.org;X;webinaire-2019;;;;
        A;B;b@example.org;X;journee-armenie;accepted;;;
        A;B;c@example.org;X;journee-armenie;;bateau;;
        A;B;d@example.org;X;journee-armenie;;;hier;
        A;B;e@example.org;X;journee-armenie;;;;peut-être
        A;B;f@example.org;X;journee-armenie;En attente;Présentiel;2026-11-02;non
        """)
        #expect(result.refused == [
            .init(line: 2, reasons: [.invalidEmail("pas-une-adresse")]),
            .init(line: 3, reasons: [.unknownEvent("webinaire-2019")]),
            .init(line: 4, reasons: [.invalidStatus("accepted")]),
            .init(line: 5, reasons: [.invalidMode("bateau")]),
            .init(line: 6, reasons: [.invalidDate("hier")]),
            .init(line: 7, reasons: [.invalidConsent("peut-être")]),
        ])
        #expect(ImportRefusal.unknownEvent("webinaire-2019").message(.en) == "no event 'webinaire-2019' in the catalogue: check eventId (agenda list --all shows the ids)")
        #expect(ImportRefusal.invalidStatus("accepted").message(.fr) == "statut «\u{00A0}accepted\u{00A0}» inconnu\u{202F}: pending, approved, waitlisted, declined ou cancelled")
        // French words for status, mode and consent are understood.
        let french = try #require(result.added.first)
        #expect(french.status == .pending)
        #expect(french.mode == .onsite)
        #expect(french.consent == false)
        #expect(french.createdAt == "2026-11-02T00:00:00+01:00")
    }

    @Test("a row with more values than the header is refused; a trailing separator is not")
    func extraValues() throws {
        let result = try plan("\(header)\nA;B;a@example.org;X;webinaire;\nC;D;c@example.org;X;webinaire;de trop\n")
        #expect(result.added.count == 1)
        #expect(result.refused == [.init(line: 3, reasons: [.extraValues(found: 6, expected: 5)])])
    }

    // MARK: Duplicates

    @Test("a duplicate of the store or of an earlier row (same event, e-mail in any case) is skipped")
    func duplicates() throws {
        let existing = [stored(email: "Anahit.Sargsyan@example.org")]
        let result = try plan("""
        \(header)
        Anahit;Sargsyan;anahit.sargsyan@EXAMPLE.org ;Ville d'Alfortville;journee-armenie
        Garo;Manoukian;garo@example.org;Ville de Valence;journee-armenie
        Garo;Manoukian;GARO@example.org;Ville de Valence;journee-armenie
        Garo;Manoukian;garo@example.org;Ville de Valence;webinaire
        Nairi;Petrossian;nairi@example.org;;journee-armenie
        Nairi;Petrossian;nairi@example.org;Isère;journee-armenie
        """, existing: existing)
        #expect(result.duplicates == [
            .init(line: 2, email: "anahit.sargsyan@EXAMPLE.org", eventId: "journee-armenie", original: .stored(existing[0])),
            .init(line: 4, email: "GARO@example.org", eventId: "journee-armenie", original: .row(line: 3)),
        ])
        // The same person for another event is no duplicate; a refused row is no original.
        #expect(result.addedLines == [3, 5, 7])
        #expect(result.refused.map(\.line) == [6])
        #expect(result.duplicates[0].message(.en) == "duplicate of an inscription already in the store (Anahit Sargsyan <Anahit.Sargsyan@example.org>, journee-armenie); skipped")
        #expect(result.duplicates[1].message(.fr) == "doublon de la ligne 3 (même événement, même courriel GARO@example.org)\u{202F}; ligne ignorée")
    }

    // MARK: Registrations made

    // No consent column: the consent is not given (never invented).
    @Test("an accepted row becomes an imported registration with its history")
    func registrationMade() throws {
        let result = try plan("""
        \(header);phone;role;status;createdAt;answer.anciennete;answer.Modules;answer.dejeuner;answer.projet;answer.inconnue;note
          Élodie ; Martin ;e.martin@example.org;Ville de Lyon;formation;;Chargée de coopération;approved;2026-11-02T09:12:00+01:00;2,5;Cadre juridique | Financements;oui;Coopération avec Hué;libre;
        """)
        let registration = try #require(result.added.first)
        #expect(registration == Registration(
            id: "id-1", eventId: "formation", status: .approved, createdAt: "2026-11-02T09:12:00+01:00",
            updatedAt: "2026-11-23T10:15:00+01:00", source: .import,
            participant: Participant(firstName: "Élodie", lastName: "Martin", email: "e.martin@example.org", phone: nil,
                                     organisation: "Ville de Lyon", role: "Chargée de coopération"),
            mode: nil,
            answers: ["anciennete": .number(2.5), "modules": .choices(["Cadre juridique", "Financements"]),
                      "dejeuner": .flag(true), "projet": .text("Coopération avec Hué"), "inconnue": .text("libre")],
            consent: false, note: "",
            history: [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .approved)]))
    }

    @Test("defaults: pending, created now, consent not given (never invented), the event's only mode")
    func defaults() throws {
        let registration = try #require(try plan("\(header)\nA;B;a@example.org;X;webinaire\n").added.first)
        #expect(registration.status == .pending)
        #expect(registration.createdAt == now.timestamp)
        #expect(!registration.consent)
        #expect(registration.mode == .online)
        #expect(registration.history == [.init(at: now.timestamp, from: nil, to: .pending)])
    }

    @Test("consent is given only by true, oui, yes, 1 or x; absent or empty is not given, and counted")
    func consentIsNeverInvented() throws {
        let rows = "\(header);consent\nA;B;a@example.org;X;webinaire;\nC;D;c@example.org;X;webinaire;oui\nE;F;e@example.org;X;webinaire;non\n"
        let result = try plan(rows)
        #expect(result.added.map(\.consent) == [false, true, false])
        #expect(result.withoutConsent == 1)
        let noColumn = try plan("\(header)\nA;B;a@example.org;X;webinaire\nC;D;c@example.org;X;webinaire\n")
        #expect(noColumn.added.allSatisfy { !$0.consent })
        #expect(noColumn.withoutConsent == 2)
    }

    @Test("the form's deadline and capacity do not apply to an import")
    func noFormRules() throws {
        // The training closed on 10 November and has two seats.
        let rows = (1...4).map { "P\($0);N;p\($0)@example.org;X;formation;approved" }.joined(separator: "\n")
        let result = try plan("\(header);status\n\(rows)\n")
        #expect(result.added.count == 4)
        #expect(result.added.allSatisfy { $0.status == .approved })
    }

    @Test("a langue column gives the participant's language, in French or English words")
    func languageColumn() throws {
        let result = try plan("\(header);langue\nA;B;a@example.org;X;webinaire;anglais\nC;D;c@example.org;X;webinaire;fr\nE;F;e@example.org;X;webinaire;klingon\n")
        #expect(result.added.map(\.participant.language) == [.en, .fr])
        #expect(result.refused.map(\.reasons) == [[.invalidLanguage("klingon")]])
    }

    @Test("a value neutralised by the export comes back as it was")
    func neutralisedValues() throws {
        let registration = try #require(try plan("\(header);phone\n'=HYPERLINK(\"x\");B;a@example.org;X;webinaire;'+33 1 23 45 67 89\n").added.first)
        #expect(registration.participant.firstName == #"=HYPERLINK("x")"#)
        #expect(registration.participant.phone == "+33 1 23 45 67 89")
    }

    // MARK: JSON

    @Test("an exported record whose history disagrees with its status, or is unreadable, is a new inscription",
          arguments: [
              #""history": [ { "at": "2026-11-03T08:45:00+09:00", "from": null, "to": "approved" } ]"#,
              #""history": [ { "at": "hier", "from": null, "to": "pending" } ]"#,
              #""history": []"#,
              #""history": [ { "at": "2026-11-03T08:45:00+09:00", "from": "pending", "to": "pending" } ]"#,
          ])
    func untrustedRecords(history: String) throws {
        let json = """
        [ { "id": "0b7c0a52", "eventId": "formation", "status": "pending", "source": "form",
            "updatedAt": "2026-11-04T08:00:00+09:00", \(history),
            "participant": { "firstName": "A", "lastName": "B", "email": "a@example.org", "organisation": "X" } } ]
        """
        let result = RegistrationImport.plan(try read(json, fileName: "export.json"), catalogue: catalogue, existing: [], now: now) { "new" }
        let registration = try #require(result.added.first)
        #expect(registration.id == "new" && registration.source == .import && registration.history.count == 1)
    }

    @Test("an exported record whose id is in the store already is a duplicate, whatever its e-mail")
    func recordAlreadyStored() throws {
        let json = """
        [ { "id": "0b7c0a52", "eventId": "formation", "status": "pending", "source": "form",
            "updatedAt": "2026-11-04T08:00:00+09:00", "history": [ { "at": "2026-11-04T08:00:00+09:00", "from": null, "to": "pending" } ],
            "participant": { "firstName": "A", "lastName": "B", "email": "changed@example.org", "organisation": "X" } } ]
        """
        var stored = try #require(RegistrationImport.plan(try read(json, fileName: "a.json"), catalogue: catalogue, existing: [], now: now) { "new" }.added.first)
        stored.participant.email = "a@example.org"
        let result = RegistrationImport.plan(try read(json, fileName: "a.json"), catalogue: catalogue, existing: [stored], now: now) { "new" }
        #expect(result.added.isEmpty)
        #expect(result.duplicates.count == 1)
    }

    @Test("an exported e-mail inscription keeps its source and Message-ID, so that its mailbox adds nothing again")
    func recordFromEmail() throws {
        let json = """
        [ { "id": "0b7c0a52", "eventId": "formation", "status": "pending", "source": "email", "emailMessageId": "<1@lyon.fr>",
            "updatedAt": "2026-11-04T08:00:00+09:00", "history": [ { "at": "2026-11-04T08:00:00+09:00", "from": null, "to": "pending" } ],
            "participant": { "firstName": "A", "lastName": "B", "email": "a@example.org", "organisation": "X" } } ]
        """
        let reading = try read(json, fileName: "a.json")
        #expect(reading.ignoredColumns.isEmpty)
        let registration = try #require(RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: now) { "new" }.added.first)
        #expect(registration.source == .email)
        #expect(registration.emailMessageId == "<1@lyon.fr>")
    }

    @Test("the store's own format is read, with typed answers and lines")
    func jsonStoreFormat() throws {
        let json = """
        {
          "schemaVersion": 1,
          "registrations": [
            {
              "id": "0b7c0a52", "eventId": "formation", "status": "waitlisted",
              "createdAt": "2026-11-03T08:45:00+09:00", "updatedAt": "2026-11-04T08:00:00+09:00", "source": "form",
              "participant": { "firstName": "花子", "lastName": "田中", "email": "tanaka@example.org", "organisation": "京都市", "phone": null },
              "answers": { "anciennete": 24, "modules": ["Financements"], "dejeuner": false },
              "consent": true, "note": "",
              "history": [ { "at": "2026-11-03T08:45:00+09:00", "from": null, "to": "waitlisted" } ]
            },
            { "eventId": "inconnu", "participant": { "firstName": "A", "lastName": "B", "email": "a@example.org", "organisation": "X" } }
          ]
        }
        """
        let reading = try read(json, fileName: "export.json")
        #expect(reading.format == .json)
        #expect(reading.rows.map(\.line) == [4, 12])
        #expect(reading.ignoredColumns.isEmpty)
        let result = RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: now) { "new" }
        let registration = try #require(result.added.first)
        // An agenda's own export keeps what the store said of it.
        #expect(registration.id == "0b7c0a52")
        #expect(registration.source == .form)
        #expect(registration.updatedAt == "2026-11-04T08:00:00+09:00")
        #expect(registration.history == [.init(at: "2026-11-03T08:45:00+09:00", from: nil, to: .waitlisted)])
        #expect(registration.status == .waitlisted)
        #expect(registration.createdAt == "2026-11-03T08:45:00+09:00")
        #expect(registration.participant.firstName == "花子")
        #expect(registration.participant.phone == nil)
        #expect(registration.answers == ["anciennete": .number(24), "modules": .choices(["Financements"]), "dejeuner": .flag(false)])
        #expect(result.refused == [.init(line: 12, reasons: [.unknownEvent("inconnu")])])
    }

    @Test("a bare array of flat objects, with a BOM; an element that is not an object is refused")
    func jsonBareArray() throws {
        let json = """
        [
          { "firstName": "Zoé", "lastName": "Lambert", "email": "zoe@example.org", "organisation": "Ville de Lyon",
            "eventId": "journee-armenie", "mode": "online", "answer.assises": "Oui", "consent": false, "couleur": "bleu" },
          "Zoé Lambert",
          { "firstName": "A", "lastName": ["B"], "email": "a@example.org", "organisation": "X", "eventId": "webinaire" }
        ]
        """
        let reading = try read(json, bom: true)
        #expect(reading.ignoredColumns == ["couleur"])
        let result = RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: now) { "new" }
        #expect(result.added.first?.mode == .online)
        #expect(result.added.first?.consent == false)
        #expect(result.added.first?.answers == ["assises": .text("Oui")])
        #expect(result.refused == [.init(line: 4, reasons: [.notAnObject]),
                                   .init(line: 5, reasons: [.wrongType("lastName"), .missing(.lastName)])])
    }

    @Test("JSON that does not parse, of the wrong shape or of a newer version refuses the file")
    func jsonFileErrors() {
        if case .jsonSyntax(_, let line, _)? = fileError("[\n  { \"firstName\": \"A\", ]") {
            #expect(line == 2)
        } else {
            Issue.record("a JSON syntax error was expected")
        }
        #expect(fileError(#"{"events": []}"#) == .jsonShape)
        #expect(fileError(#"{"schemaVersion": 2, "registrations": []}"#) == .unsupportedVersion(2))
        #expect(ImportFileError(fileName: "f.json", reason: .unsupportedVersion(2)).message(.en).contains("format version 2 is unknown"))
    }
}
