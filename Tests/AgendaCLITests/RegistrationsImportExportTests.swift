import Foundation
import Testing

/// A catalogue of two upcoming events; the training's deadline has passed on the day the
/// tests take as today (an import does not apply it).
private let catalogueJSON = """
{ "schemaVersion": 1, "events": [
  { "id": "formation-montage-projet-2027-01-14", "title": "Formation : monter un projet", "kind": "training",
    "start": "2027-01-14T09:30:00+01:00",
    "registration": { "deadline": "2027-01-08", "capacity": 12,
      "questions": [ { "id": "anciennete", "label": "Mois en poste", "type": "number" } ] } },
  { "id": "journee-armenie-2027-06-17", "title": "Journée Arménie", "kind": "country-day", "start": "2027-06-17",
    "registration": { "modes": ["onsite", "online"] } }
] }
"""

/// UTF-8 with a BOM, `;`-separated, a quoted note on three lines, accents, Japanese and Armenian.
private let inscriptionsCSV = "\u{FEFF}" + """
prenom;nom;courriel;collectivite;eventId;mode;note;answer.anciennete
Élodie;Martin;e.martin@example.org;Ville de Lyon;formation-montage-projet-2027-01-14;;"Arrivera à 10 h ;
prévoir une attestation
« merci »";14
花子;田中;hanako.tanaka@example.org;京都市;formation-montage-projet-2027-01-14;;;24
Անահիտ;Սարգսյան;anahit@example.org;Ville d'Alfortville;journee-armenie-2027-06-17;présentiel;;

"""

/// A scratch directory with the catalogue, a data directory and `files` (name → content).
/// Immutable once made, so that two importers can run from it at once.
private final class Setup: @unchecked Sendable {
    let scratch: ScratchDirectory
    let catalogue: String
    let data: String

    init(_ files: [String: String] = [:]) throws {
        scratch = try ScratchDirectory()
        catalogue = try scratch.write("catalogue.json", catalogueJSON)
        data = scratch.url.appendingPathComponent("data").path
        for (name, content) in files { _ = try scratch.write(name, content) }
    }

    func path(_ name: String) -> String { scratch.url.appendingPathComponent(name).path }

    func run(_ arguments: [String]) throws -> AgendaProcess.Result {
        try AgendaProcess.run(["registrations"] + arguments + ["--catalogue", catalogue, "--data-dir", data, "--today", "2027-01-10"])
    }

    func importFile(_ name: String, _ extra: [String] = []) throws -> AgendaProcess.Result {
        try run(["import", path(name)] + extra)
    }

    func stored() throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: self.data + "/registrations.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["registrations"] as? [[String: Any]] ?? []
    }
}

private func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init)
}

@Suite struct RegistrationsImportExportTests {
    // MARK: Import

    @Test func aSpreadsheetCSVImportsAndIsListed() throws {
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV])
        let result = try setup.importFile("inscriptions.csv")
        #expect(result.status == 0)
        #expect(result.stdout == "3 added, 0 duplicates skipped, 0 refused\n")
        // The file has no consent column: it is never invented, and the report says so.
        #expect(result.stderr == setup.path("inscriptions.csv")
                + ": 3 inscriptions without consent (no consent column, or an empty cell), stored as \"consent not given\"\n")

        let list = try setup.run(["list"])
        #expect(list.status == 0)
        let listed = lines(list.stdout)
        #expect(listed.count == 3)
        #expect(listed[0].contains("Élodie Martin") && listed[0].hasSuffix("e.martin@example.org"))
        #expect(listed[1].contains("田中 花子") && listed[1].contains("京都市"))
        #expect(listed[2].contains("Անահիտ Սարգսյան") && listed[2].dropFirst(10).hasPrefix("2027-01-10  pending"))

        let stored = try setup.stored()
        #expect(stored.first?["note"] as? String == "Arrivera à 10 h ;\nprévoir une attestation\n« merci »")
        #expect(stored.first?["source"] as? String == "import")
        #expect((stored.first?["answers"] as? [String: Any])?["anciennete"] as? Int == 14)
        #expect(stored.last?["mode"] as? String == "onsite")
    }

    @Test func frenchExcelsWindows1252CSVImportsAndSaysHowItWasRead() throws {
        let setup = try Setup()
        let bytes = Array("firstName;lastName;email;organisation;eventId;consent\nH".utf8) + [0xE9] + Array("l".utf8) + [0xE8]
            + Array("ne;Martin;h@example.org;Ville d".utf8) + [0x92] + Array("Ornans;journee-armenie-2027-06-17;oui\n".utf8)
        let file = try setup.scratch.write("excel.csv", bytes)
        let result = try setup.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "1 added, 0 duplicates skipped, 0 refused\n")
        #expect(result.stderr == file + ": read as Windows-1252 (French Excel's CSV), as it is not UTF-8.\n")
        #expect(try setup.stored().first?["participant"].flatMap { ($0 as? [String: Any])?["organisation"] as? String } == "Ville d’Ornans")
    }

    @Test func aHeaderWithNoRowSaysThereIsNothingToImport() throws {
        let setup = try Setup(["vide.csv": "firstName;lastName;email;organisation;eventId\n"])
        let result = try setup.importFile("vide.csv")
        #expect(result.status == 0)
        #expect(result.stdout == "0 added, 0 duplicates skipped, 0 refused\n")
        #expect(result.stderr == setup.path("vide.csv") + ": the header is there but no row follows: nothing to import.\n")
    }

    @Test func reimportingAWholeFileListsTheFirstDuplicatesThenHowManyMore() throws {
        let rows = (0..<12).map { "P\($0),N,p\($0)@example.org,Ville,journee-armenie-2027-06-17" }.joined(separator: "\n")
        let setup = try Setup(["douze.csv": "firstName,lastName,email,organisation,eventId\n" + rows + "\n"])
        _ = try setup.importFile("douze.csv")
        let again = try setup.importFile("douze.csv")
        #expect(again.status == 0)
        #expect(again.stdout == "0 added, 12 duplicates skipped, 0 refused\n")
        let listed = lines(again.stderr)
        #expect(listed.count == 6)
        #expect(listed.prefix(5).allSatisfy { $0.contains(": duplicate of ") })
        #expect(listed.last == setup.path("douze.csv") + ": and 7 more duplicates skipped (--verbose lists them all)")
        let verbose = try setup.importFile("douze.csv", ["--verbose"])
        #expect(lines(verbose.stderr).count == 12)
    }

    @Test func aSecondImportSkipsTheDuplicates() throws {
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV,
                               "encore.csv": "email,firstName,lastName,organisation,eventId\nHANAKO.TANAKA@example.org,花子,田中,京都市,formation-montage-projet-2027-01-14\n"])
        _ = try setup.importFile("inscriptions.csv")
        let again = try setup.importFile("inscriptions.csv")
        #expect(again.status == 0)
        #expect(again.stdout == "0 added, 3 duplicates skipped, 0 refused\n")
        #expect(lines(again.stderr).map { $0.components(separatedBy: ": duplicate of ").first } == [
            setup.path("inscriptions.csv") + ":2", setup.path("inscriptions.csv") + ":5", setup.path("inscriptions.csv") + ":6",
        ])
        let other = try setup.importFile("encore.csv")
        #expect(other.status == 0)
        #expect(other.stdout == "0 added, 1 duplicate skipped, 0 refused\n")
        #expect(other.stderr.contains("encore.csv:2: duplicate of an inscription already in the store (田中 花子 <hanako.tanaka@example.org>, formation-montage-projet-2027-01-14)"))
        #expect(try setup.stored().count == 3)
    }

    @Test func aRefusedRowIsReportedWithItsLineAndTheOthersImported() throws {
        let csv = """
        firstName,lastName,email,organisation,eventId,note
        Jean,Dupont,jean@example.org,Mairie de Lille,journee-armenie-2027-06-17,"deux
        lignes"
        Zoé,Lambert,zoe@example,Ville de Lyon,journee-armenie-2027-06-17,
        Garo,Manoukian,garo@example.org,Ville de Valence,journee-inconnue,

        """
        let setup = try Setup(["mixte.csv": csv])
        let result = try setup.importFile("mixte.csv")
        #expect(result.status == 0)
        #expect(result.stdout == "1 added, 0 duplicates skipped, 2 refused\n")
        let file = setup.path("mixte.csv")
        #expect(lines(result.stderr) == [
            "\(file): 1 inscription without consent (no consent column, or an empty cell), stored as \"consent not given\"",
            "\(file):4: 'zoe@example' is not an e-mail address (name@domain.org)",
            "\(file):5: no event 'journee-inconnue' in the catalogue: check eventId (agenda list --all shows the ids)",
            "agenda: \(file): 2 rows refused; fix them and import the file again: the inscriptions already imported will be skipped as duplicates.",
        ])
        #expect(try setup.stored().count == 1)
    }

    @Test func whenEveryRowIsRefusedNothingIsWrittenAndTheExitIs65() throws {
        let setup = try Setup(["faux.csv": "firstName;lastName;email;organisation;eventId\n;Dupont;jean@example.org;Mairie;journee-armenie-2027-06-17\n"])
        let result = try setup.importFile("faux.csv", ["--lang", "fr"])
        #expect(result.status == 65)
        #expect(result.stdout == "0 ajoutée, 0 doublon ignoré, 1 refusée\n")
        #expect(result.stderr.contains("faux.csv:2: firstName est obligatoire et vide"))
        #expect(result.stderr.contains("rien n'a été importé"))
        #expect(!FileManager.default.fileExists(atPath: setup.data))
    }

    @Test func aMissingRequiredColumnRefusesTheWholeFile() throws {
        let setup = try Setup(["sans-event.csv": "firstName;lastName;email;organisation\nJean;Dupont;jean@example.org;Mairie\n"])
        let result = try setup.importFile("sans-event.csv")
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "agenda: \(setup.path("sans-event.csv")):1: the header lacks the required column eventId. Add it (names as \"man agenda\" lists them under registrations import, in any order); nothing was imported.\n")
        #expect(!FileManager.default.fileExists(atPath: setup.data))
    }

    @Test func aFileThatIsNeitherUTF8NorJSONIsRefused() throws {
        let setup = try Setup(["json.json": "[{\"firstName\": }]"])
        let latin1 = try setup.scratch.write("latin1.csv", Array("firstName;lastName;email;organisation;eventId\nH".utf8) + [0x81] + Array("l;B;h@example.org;X;Y\n".utf8))
        let bad = try AgendaProcess.run(["registrations", "import", latin1, "--data-dir", setup.data])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("latin1.csv:2: the file is neither UTF-8 nor Windows-1252 text"))
        let json = try setup.importFile("json.json")
        #expect(json.status == 65)
        #expect(json.stderr.contains("json.json:1:16: invalid JSON"))
    }

    @Test func aMissingFileExits66() throws {
        let setup = try Setup()
        let result = try setup.importFile("absent.csv")
        #expect(result.status == 66)
        #expect(result.stderr == "agenda: \(setup.path("absent.csv")): no such file. Check the path of the file to import.\n")
    }

    @Test func aStoreThatCannotBeWrittenExits73() throws {
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV])
        // Nothing can be created under /proc, even by root.
        let result = try AgendaProcess.run(["registrations", "import", setup.path("inscriptions.csv"), "--catalogue", setup.catalogue,
                                            "--data-dir", "/proc/agenda-tests/data"])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("agenda: /proc/agenda-tests"))
    }

    @Test func twoImportersAtOnceLoseNothing() throws {
        func csv(_ prefix: String) -> String {
            "firstName;lastName;email;organisation;eventId\n"
                + (1...30).map { "P\($0);\(prefix);\(prefix)\($0)@example.org;Ville;journee-armenie-2027-06-17\n" }.joined()
        }
        let setup = try Setup(["a.csv": csv("a"), "b.csv": csv("b")])
        let group = DispatchGroup()
        nonisolated(unsafe) var statuses: [Int32] = []
        let lock = NSLock()
        for name in ["a.csv", "b.csv"] {
            DispatchQueue.global().async(group: group) {
                let status = (try? setup.importFile(name))?.status ?? -1
                lock.withLock { statuses.append(status) }
            }
        }
        group.wait()
        #expect(statuses == [0, 0])
        #expect(try setup.stored().count == 60)
    }

    @Test func aJSONExportImportsIntoAnotherStore() throws {
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV])
        _ = try setup.importFile("inscriptions.csv")
        let export = try setup.run(["export", "--format", "json", "-o", setup.path("export.json")])
        #expect(export.status == 0)
        #expect(export.stdout == "3 registrations written to \(setup.path("export.json"))\n")
        let other = try AgendaProcess.run(["registrations", "import", setup.path("export.json"), "--catalogue", setup.catalogue,
                                           "--data-dir", setup.path("other")])
        #expect(other.status == 0)
        #expect(other.stdout == "3 added, 0 duplicates skipped, 0 refused\n")
        #expect(other.stderr.isEmpty)
    }

    @Test("our own JSON export comes back exactly: ids, statuses, history, dates, answers")
    func aJSONExportComesBackWithItsIdsAndHistory() throws {
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV])
        _ = try setup.importFile("inscriptions.csv")
        let first = try #require(try setup.stored().first?["id"] as? String)
        let decided = try AgendaProcess.run(["registrations", "decide", first, "approved", "--note", "Confirmé",
                                             "--catalogue", setup.catalogue, "--data-dir", setup.data, "--today", "2027-01-10"])
        #expect(decided.status == 0, "\(decided.stderr)")
        _ = try setup.run(["export", "--format", "json", "-o", setup.path("export.json")])
        let other = try AgendaProcess.run(["registrations", "import", setup.path("export.json"), "--catalogue", setup.catalogue,
                                           "--data-dir", setup.path("other"), "--today", "2027-02-01"])
        #expect(other.status == 0 && other.stderr.isEmpty, "\(other.stderr)")
        func sorted(_ store: [[String: Any]]) -> [NSDictionary] {
            store.map { $0 as NSDictionary }.sorted { ($0["id"] as? String ?? "") < ($1["id"] as? String ?? "") }
        }
        let copy = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: setup.path("other/registrations.json")))) as? [String: Any]
        #expect(sorted(copy?["registrations"] as? [[String: Any]] ?? []) == sorted(try setup.stored()))
        // The same file again: every registration is already there, by its id.
        let again = try AgendaProcess.run(["registrations", "import", setup.path("export.json"), "--catalogue", setup.catalogue,
                                           "--data-dir", setup.path("other")])
        #expect(again.stdout.hasPrefix("0 added, 3 duplicates skipped, 0 refused\n"), "\(again.stdout)")
    }

    // MARK: Export

    @Test func csvExportIsForAFrenchSpreadsheetAndNeutralisesFormulas() throws {
        let csv = "firstName;lastName;email;organisation;eventId;phone\n"
            + "\"=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";Dupont;jean@example.org;Mairie de Lille;journee-armenie-2027-06-17;+33 3 20 49 50 00\n"
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV, "evil.csv": csv])
        _ = try setup.importFile("inscriptions.csv")
        _ = try setup.importFile("evil.csv")
        let result = try setup.run(["export", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}eventId;eventTitle;status;firstName;lastName;email;phone;organisation;role;mode;consent;createdAt;updatedAt;note;answer.anciennete\r\n"))
        #expect(result.stdout.contains(#";"'=HYPERLINK(""http://evil.example"";""clic"")";Dupont;jean@example.org;'+33 3 20 49 50 00;Mairie de Lille;"#))
        #expect(result.stdout.contains("formation-montage-projet-2027-01-14;Formation : monter un projet;pending;花子;田中;"))
        #expect(result.stdout.contains("\"Arrivera à 10 h ;\nprévoir une attestation\n« merci »\""))
        #expect(result.stdout.hasSuffix("\r\n"))
    }

    @Test func exportSelectsByEventAndStatusAndWritesAPrivateFile() throws {
        let setup = try Setup(["inscriptions.csv": inscriptionsCSV])
        _ = try setup.importFile("inscriptions.csv")
        let byEvent = try setup.run(["export", "--format", "json", "--event", "journee-armenie-2027-06-17"])
        #expect(byEvent.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byEvent.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let registrations = try #require(object["registrations"] as? [[String: Any]])
        #expect(registrations.map { ($0["participant"] as? [String: Any])?["email"] as? String } == ["anahit@example.org"])

        let none = try setup.run(["export", "--format", "csv", "--status", "approved", "-o", setup.path("vide.csv")])
        #expect(none.status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: setup.path("vide.csv")))
        #expect(String(decoding: written, as: UTF8.self).components(separatedBy: "\r\n") == [
            "\u{FEFF}eventId;eventTitle;status;firstName;lastName;email;phone;organisation;role;mode;consent;createdAt;updatedAt;note", "",
        ])
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.path("vide.csv"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func exportNeedsAFormatAndAKnownStatus() throws {
        let setup = try Setup()
        #expect(try setup.run(["export"]).status == 64)
        #expect(try setup.run(["export", "--format", "ods"]).status == 64)
        let status = try setup.run(["export", "--format", "csv", "--status", "accepted"])
        #expect(status.status == 64)
        #expect(status.stderr.contains("--status expects one of pending, approved, waitlisted, declined, cancelled, not 'accepted'"))
    }
}
