import Foundation
import Testing

/// A store in the v1 format of docs/registrations.md with three registrations: one with accents,
/// one with Japanese (wide) text, one whose note needs CSV quoting.
private let storeJSON = """
{
  "schemaVersion": 1,
  "registrations": [
    {
      "id": "0b7c0a52-5b51-4f2e-9d0e-3d2c8e5f7a11", "eventId": "webinaire-covid-2020-05-19", "status": "approved",
      "createdAt": "2026-11-23T10:15:00+01:00", "updatedAt": "2026-11-24T08:00:00+01:00", "source": "form",
      "participant": { "firstName": "Élodie", "lastName": "Martin", "email": "e.martin@example.org",
                       "phone": "+33 1 23 45 67 89", "organisation": "Ville de Lyon", "role": "Chargée de coopération" },
      "mode": "online", "answers": { "first-time": true, "topics": ["Santé", "Économie"] }, "consent": true, "note": "",
      "history": [ { "at": "2026-11-23T10:15:00+01:00", "from": null, "to": "pending" },
                   { "at": "2026-11-24T08:00:00+01:00", "from": "pending", "to": "approved" } ]
    },
    {
      "id": "2", "eventId": "atelier", "status": "pending",
      "createdAt": "2026-11-24T09:00:00+09:00", "updatedAt": "2026-11-24T09:00:00+09:00", "source": "import",
      "participant": { "firstName": "花子", "lastName": "田中", "email": "tanaka@example.jp", "organisation": "京都市" },
      "answers": {}, "consent": true, "note": "",
      "history": [ { "at": "2026-11-24T09:00:00+09:00", "from": null, "to": "pending" } ]
    },
    {
      "id": "3", "eventId": "webinaire-covid-2020-05-19", "status": "waitlisted",
      "createdAt": "2026-11-25T14:00:00+01:00", "updatedAt": "2026-11-25T14:00:00+01:00", "source": "form",
      "participant": { "firstName": "Jean", "lastName": "Dupont", "email": "j.dupont@example.fr", "organisation": "Mairie de Lille" },
      "mode": "onsite", "answers": {}, "consent": true, "note": "Arrive tard, \\"vers 15 h\\", prévenir",
      "history": [ { "at": "2026-11-25T14:00:00+01:00", "from": null, "to": "waitlisted" } ]
    }
  ]
}
"""

/// A scratch data directory holding `json` as its registrations.json.
private func dataDirectory(_ json: String = storeJSON) throws -> ScratchDirectory {
    let scratch = try ScratchDirectory()
    _ = try scratch.write("registrations.json", json)
    return scratch
}

private func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
}

@Suite struct RegistrationsCommandTests {
    @Test func textListsOneRegistrationALineAlignedEvenWithWideCharacters() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
        // Columns: id (8), date, status (10 wide), event (26), name (13; 田中 花子 is 9: 2 columns a character), organisation (15).
        #expect(lines(result.stdout) == [
            "0b7c0a52  2026-11-23  approved    webinaire-covid-2020-05-19  Élodie Martin  Ville de Lyon    e.martin@example.org",
            "3" + spaces(7) + "  2026-11-25  waitlisted  webinaire-covid-2020-05-19  Jean Dupont    Mairie de Lille  j.dupont@example.fr",
            "2" + spaces(7) + "  2026-11-24  pending     atelier" + spaces(21) + "田中 花子" + spaces(6) + "京都市" + spaces(11) + "tanaka@example.jp",
        ])
    }

    @Test func theTextListSpeaksTheLanguageAskedFor() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--lang", "fr"])
        #expect(lines(result.stdout).map { $0.contains("approuvée") || $0.contains("en liste d'attente") || $0.contains("à traiter") }
                == [true, true, true], "\(result.stdout)")
        // Machine formats keep the store's words.
        let csv = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--lang", "fr", "--format", "csv"])
        #expect(csv.stdout.contains(",approved,") && !csv.stdout.contains("approuvée"))
    }

    @Test func eventAndStatusFilter() throws {
        let scratch = try dataDirectory()
        let byEvent = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--event", "webinaire-covid-2020-05-19"])
        #expect(byEvent.status == 0)
        #expect(lines(byEvent.stdout).map { $0.hasSuffix("e.martin@example.org") || $0.hasSuffix("j.dupont@example.fr") } == [true, true])

        let byStatus = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--status", "pending"])
        #expect(byStatus.status == 0)
        #expect(lines(byStatus.stdout).count == 1)
        #expect(byStatus.stdout.contains("tanaka@example.jp"))

        let both = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path,
                                          "--event", "webinaire-covid-2020-05-19", "--status", "WAITLISTED", "--format", "json"])
        #expect(both.status == 0)
        let listed = (try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [String: Any])?["registrations"] as? [[String: Any]]
        #expect(listed?.map { $0["id"] as? String } == ["3"])

        // An event of the catalogue with no inscription: nothing, and no error.
        let none = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--event", "journee-liban-2026-12-10"])
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
        // An event nobody knows is a mistake, not an empty list.
        let typo = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--event", "absent"])
        #expect(typo.status == 64)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.contains("no event 'absent' in the catalogue"))
    }

    @Test func csvHasTheHeaderAndQuotesWhatNeedsIt() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(lines(result.stdout) == [
            "firstName,lastName,email,phone,organisation,role,eventId,status,mode,createdAt,note",
            // A cell that starts like a formula is neutralised, as in `registrations export`.
            "Élodie,Martin,e.martin@example.org,'+33 1 23 45 67 89,Ville de Lyon,Chargée de coopération,webinaire-covid-2020-05-19,approved,online,2026-11-23T10:15:00+01:00,",
            #"Jean,Dupont,j.dupont@example.fr,,Mairie de Lille,,webinaire-covid-2020-05-19,waitlisted,onsite,2026-11-25T14:00:00+01:00,"Arrive tard, ""vers 15 h"", prévenir""#,
            "花子,田中,tanaka@example.jp,,京都市,,atelier,pending,,2026-11-24T09:00:00+09:00,",
        ])
    }

    @Test func csvNeutralisesAFormulaInAnyCell() throws {
        let scratch = try dataDirectory(storeJSON.replacingOccurrences(of: "\"Jean\"", with: #""=HYPERLINK(\"http://evil\")""#))
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""'=HYPERLINK(""http://evil"")",Dupont"#), "\(result.stdout)")
    }

    @Test func csvOfAnEmptySelectionIsTheHeaderAlone() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--format", "csv", "--status", "declined"])
        #expect(result.status == 0)
        #expect(result.stdout == "firstName,lastName,email,phone,organisation,role,eventId,status,mode,createdAt,note\n")
    }

    @Test func jsonGivesTheRegistrationsAsStored() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--format", "json"])
        #expect(result.status == 0)
        // The shape of the export: an object with the format's version.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let listed = try #require(object["registrations"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? String } == ["0b7c0a52-5b51-4f2e-9d0e-3d2c8e5f7a11", "3", "2"])
        let first = listed[0]
        #expect((first["participant"] as? [String: Any])?["firstName"] as? String == "Élodie")
        #expect((first["answers"] as? [String: Any])?["topics"] as? [String] == ["Santé", "Économie"])
        let history = try #require(first["history"] as? [[String: Any]])
        #expect(history.first?["from"] is NSNull)
        #expect(result.stdout.contains(#""from" : null"#))
        #expect(result.stdout.contains("花子"))
    }

    @Test func theDataDirectoryComesFromTheEnvironment() throws {
        let scratch = try dataDirectory()
        let fromVariable = try AgendaProcess.run(["registrations", "list"], environment: ["AGENDA_DATA_DIR": scratch.url.path])
        #expect(lines(fromVariable.stdout).count == 3)

        let xdg = try ScratchDirectory()
        try FileManager.default.moveItem(at: scratch.url, to: xdg.url.appendingPathComponent("agenda"))
        let fromXDG = try AgendaProcess.run(["registrations", "list"], environment: ["XDG_DATA_HOME": xdg.url.path])
        #expect(lines(fromXDG.stdout).count == 3)
    }

    @Test func aMissingStoreIsEmptyAndListingCreatesNothing() throws {
        let scratch = try ScratchDirectory()
        let directory = scratch.url.appendingPathComponent("agenda").path
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", directory])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func controlCharactersInTheStoreNeverReachTheTerminal() throws {
        let evil = storeJSON.replacingOccurrences(of: #""firstName": "Jean""#, with: #""firstName": "J\u001b]0;pwned\u0007ean""#)
        let scratch = try dataDirectory(evil)
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path])
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.stdout.contains("J\u{FFFD}]0;pwned\u{FFFD}ean"))
    }

    @Test func anUnknownStatusIsAUsageError() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--status", "accepted"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--status expects one of pending, approved, waitlisted, declined, cancelled, not 'accepted'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try AgendaProcess.run(["registrations", "list", "--format", "xml"])
        #expect(result.status == 64)
    }

    @Test func aCorruptStoreIsNamedAndExits65() throws {
        let scratch = try dataDirectory(#"{"schemaVersion": 1, "registrations": [ {"id": "#)
        let path = scratch.url.appendingPathComponent("registrations.json").path
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("agenda: \(path): line 1, column "))
        #expect(result.stderr.contains("invalid JSON"))
        #expect(result.stdout.isEmpty)
        // Never rewritten.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == #"{"schemaVersion": 1, "registrations": [ {"id": "#)
    }

    @Test func aStoreWithAWrongValueIsNamedInFrench() throws {
        let scratch = try dataDirectory(storeJSON.replacingOccurrences(of: #""status": "pending""#, with: #""status": "peut-être""#))
        let path = scratch.url.appendingPathComponent("registrations.json").path
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--lang", "fr"])
        #expect(result.status == 65)
        #expect(result.stderr == "agenda: \(path)\u{202F}: champ registrations[1].status\u{202F}: valeur invalide. Le fichier n'est pas modifié\u{202F}; corrigez-le ou restaurez une sauvegarde.\n")
    }

    @Test func aStoreOfANewerVersionIsRefused() throws {
        let scratch = try dataDirectory(#"{"schemaVersion": 7, "registrations": []}"#)
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("format version 7 is unknown to this program"))
    }

    @Test func anUnreadableStoreExits66() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("registrations.json"), withIntermediateDirectories: false)
        let path = scratch.url.appendingPathComponent("registrations.json").path
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("agenda: \(path): cannot be read"))
    }

    @Test func aDataDirectoryThatIsAFileCannotBeRead() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("not-a-directory", "x")
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", file])
        #expect(result.status == 66)
        #expect(result.stderr.contains(file))
    }

    @Test func theCatalogueIsNotNeededToListTheStore() throws {
        let scratch = try dataDirectory()
        let result = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--catalogue", "/nonexistent.json"])
        #expect(result.status == 0)
        #expect(lines(result.stdout).count == 3)
    }
}
