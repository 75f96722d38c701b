import AgendaModel
import Foundation
import Testing
import TestSupport

private let catalogueJSON = """
{ "schemaVersion": 1, "events": [
  { "id": "webinaire-climat-2026-12-08", "title": "Coopération décentralisée et climat", "kind": "webinar",
    "start": "2026-12-08T14:00:00+01:00", "registration": { "modes": ["online"] } }
] }
"""

private func registration(_ id: String, _ firstName: String, _ lastName: String, phone: String?, organisation: String,
                          note: String = "") -> Registration {
    Registration(id: id, eventId: "webinaire-climat-2026-12-08", status: .approved, createdAt: "2026-11-23T10:15:00+01:00",
                 updatedAt: "2026-11-24T08:40:00+01:00", source: .form,
                 participant: Participant(firstName: firstName, lastName: lastName, email: "\(id)@example.org", phone: phone,
                                          organisation: organisation),
                 mode: .online, consent: true, note: note, history: [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .approved)])
}

private let stored = [
    registration("0001-elodie", "Élodie", "Martin", phone: "0123456789", organisation: "=HYPERLINK(\"x\")"),
    registration("0002-hanako", "花子", "田中", phone: "+33 4 72 10 30 30", organisation: "京都市"),
    registration("0003-anahit", "Անահիտ", "Սարգսյան", phone: nil, organisation: "Ville d'Alfortville"),
]

/// A scratch directory with the catalogue and a store holding `registrations`.
private final class Setup {
    let scratch: ScratchDirectory
    let catalogue: String
    let data: String

    init(_ registrations: [Registration] = stored) throws {
        scratch = try ScratchDirectory()
        catalogue = try scratch.write("catalogue.json", catalogueJSON)
        data = scratch.url.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try Data(RegistrationExport.json(registrations)).write(to: URL(fileURLWithPath: data + "/registrations.json"))
    }

    func path(_ name: String) -> String { scratch.url.appendingPathComponent(name).path }

    var options: [String] { ["--catalogue", catalogue, "--data-dir", data, "--today", "2026-12-01"] }

    func run(_ arguments: [String]) throws -> AgendaProcess.Result {
        try AgendaProcess.run(["registrations"] + arguments + options)
    }

    /// Runs `agenda registrations arguments…` with its standard output redirected to `file` by
    /// the shell, as `> file` does.
    func runRedirected(_ arguments: [String], to file: String) throws -> AgendaProcess.Result {
        try AgendaProcess.execute(URL(fileURLWithPath: "/bin/sh"),
                                  ["-c", #"out="$1"; shift; exec "$@" > "$out""#, "sh", file, AgendaProcess.binary.path, "registrations"]
                                      + arguments + options,
                                  environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
    }

    /// Runs `agenda registrations arguments…` with its standard output on a terminal (a
    /// pseudo-terminal of Python's pty module), and what reached that terminal.
    func runOnATerminal(_ arguments: [String]) throws -> (status: Int32, stderr: String, terminal: Int) {
        let script = #"""
        import os, pty, subprocess, sys, json
        master, slave = pty.openpty()
        done = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, timeout=60)
        os.close(slave)
        os.set_blocking(master, False)
        try:
            shown = len(os.read(master, 1 << 20))
        except OSError:
            shown = 0
        print(json.dumps({'status': done.returncode, 'stderr': done.stderr.decode(), 'terminal': shown}))
        """#
        let result = try AgendaProcess.execute(URL(fileURLWithPath: "/usr/bin/python3"),
                                               ["-c", script, AgendaProcess.binary.path, "registrations"] + arguments + options,
                                               environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
        try #require(result.status == 0, "python3 runs the program on a pseudo-terminal: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (Int32(object["status"] as? Int ?? -1), object["stderr"] as? String ?? "", object["terminal"] as? Int ?? -1)
    }
}

@Suite struct RegistrationsWorkbookTests {
    @Test func exportWritesAPrivateWorkbookWhereTextStaysText() throws {
        let setup = try Setup()
        let file = setup.path("inscriptions.xlsx")
        let result = try setup.run(["export", "--format", "xlsx", "-o", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "3 registrations written to \(file)\n")
        #expect(result.stderr.isEmpty)
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // Nothing else is left beside it (no temporary file).
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.scratch.url.path).sorted()
                == ["catalogue.json", "data", "inscriptions.xlsx"])

        let book = try readWorkbook(file)
        #expect(!book.rows.flatMap { $0 }.contains { $0.type == "f" })
        #expect(book.texts(0).prefix(3) == ["Event id", "Event", "Status"])
        #expect(book.texts(1)[1...7] == ["Coopération décentralisée et climat", "approved", "Élodie", "Martin",
                                         "0001-elodie@example.org", "0123456789", "=HYPERLINK(\"x\")"])
        // Rows by family name: Martin, Սարգսյան, 田中 (Armenian letters before the ideographs).
        #expect(book.texts(2)[3...4] == ["Անահիտ", "Սարգսյան"])
        #expect(book.texts(3)[3...7] == ["花子", "田中", "0002-hanako@example.org", "+33 4 72 10 30 30", "京都市"])
        for row in book.rows.dropFirst() {
            #expect(row[6].value == nil || row[6].type == "s")
            #expect(row[11].type == "d" && row[11].value == .text("2026-11-23T10:15:00"))
            #expect(row[12].type == "d" && row[12].value == .text("2026-11-24T08:40:00"))
        }
        #expect(book.freezePanes == "A2")
        #expect(book.autoFilter == "A1:N4")
        #expect(book.widths.count == 14)
    }

    @Test func theHeadersAreInTheChosenLanguage() throws {
        let setup = try Setup()
        let file = setup.path("inscriptions.xlsx")
        let result = try setup.run(["export", "--format", "xlsx", "-o", file, "--lang", "fr"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "3 inscriptions écrites dans \(file)\n")
        let book = try readWorkbook(file)
        #expect(book.sheets == ["Inscriptions"])
        #expect(book.texts(0) == ["Identifiant de l'événement", "Événement", "Statut", "Prénom", "Nom", "E-mail", "Téléphone",
                                  "Collectivité", "Fonction", "Participation", "Accord", "Créée le", "Modifiée le", "Note"])
        #expect(book.texts(1)[2] == "approuvée")
        #expect(book.texts(1)[9] == "en ligne")
        #expect(book.rows[1][11].numberFormat == "dd/mm/yyyy hh:mm")
    }

    @Test func aRedirectedOutputGetsTheSameWorkbookAsAFile() throws {
        let setup = try Setup()
        let file = setup.path("inscriptions.xlsx")
        _ = try setup.run(["export", "--format", "xlsx", "-o", file])
        let redirected = try setup.runRedirected(["export", "--format", "xlsx"], to: setup.path("redirected.xlsx"))
        #expect(redirected.status == 0, "\(redirected.stderr)")
        // --today fixes the workbook's creation date: the same bytes each time.
        #expect(try Data(contentsOf: URL(fileURLWithPath: setup.path("redirected.xlsx"))) == Data(contentsOf: URL(fileURLWithPath: file)))
        // list --format xlsx gives that workbook too, selected as list selects.
        let listed = try setup.runRedirected(["list", "--format", "xlsx", "--status", "approved"], to: setup.path("listed.xlsx"))
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: setup.path("listed.xlsx"))) == Data(contentsOf: URL(fileURLWithPath: file)))
        let selected = try setup.run(["export", "--format", "xlsx", "--status", "pending", "-o", setup.path("vide.xlsx")])
        #expect(selected.stdout == "0 registrations written to \(setup.path("vide.xlsx"))\n")
        #expect(try readWorkbook(setup.path("vide.xlsx")).rows.count == 1)
    }

    @Test func aWorkbookIsNotWrittenToATerminal() throws {
        let setup = try Setup()
        let export = try setup.runOnATerminal(["export", "--format", "xlsx"])
        #expect(export.status == 64)
        #expect(export.stderr == "agenda: a workbook (xlsx) is a binary file, not text for the terminal: give -o FILE.xlsx, or redirect the standard output to a file.\n")
        #expect(export.terminal == 0)
        let list = try setup.runOnATerminal(["list", "--format", "xlsx", "--lang", "fr"])
        #expect(list.status == 64)
        #expect(list.stderr.contains("redirigez la sortie vers un fichier (> inscriptions.xlsx), ou utilisez registrations export --format xlsx -o FICHIER.xlsx."))
        #expect(list.terminal == 0)
        // With -o, the terminal is not in the way.
        let file = try setup.runOnATerminal(["export", "--format", "xlsx", "-o", setup.path("ok.xlsx")])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(FileManager.default.fileExists(atPath: setup.path("ok.xlsx")))
    }

    @Test func aValueNoCellHoldsExits65AndWritesNothing() throws {
        let long = registration("0004-long", "Long", "Note", phone: nil, organisation: "Mairie", note: String(repeating: "x", count: 40_000))
        let setup = try Setup(stored + [long])
        let result = try setup.run(["export", "--format", "xlsx", "-o", setup.path("long.xlsx")])
        #expect(result.status == 65)
        // "Note" sorts between Martin and Սարգսյան: its row is the third.
        #expect(result.stderr == "agenda: row 3, column \"Note\": the value is longer than a spreadsheet cell holds (32,767 characters); nothing was written. Export as CSV or JSON, which keep it whole.\n")
        #expect(!FileManager.default.fileExists(atPath: setup.path("long.xlsx")))
    }

    @Test func anUnwritableOutputExits73() throws {
        let setup = try Setup()
        let result = try setup.run(["export", "--format", "xlsx", "-o", "/nonexistent-directory/inscriptions.xlsx"])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("agenda: /nonexistent-directory/inscriptions.xlsx: cannot be saved"))
    }

    @Test func aTemporaryDirectoryThatCannotBeUsedExits73() throws {
        let setup = try Setup()
        let result = try AgendaProcess.run(["registrations", "export", "--format", "xlsx", "-o", setup.path("x.xlsx")] + setup.options,
                                           environment: ["TMPDIR": "/nonexistent-directory"])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("agenda: /nonexistent-directory: the workbook could not be made in this directory (no such directory)."))
        #expect(!FileManager.default.fileExists(atPath: setup.path("x.xlsx")))
    }
}
