import Foundation
import Testing

/// Importing inscriptions, then triaging them by keyboard in the real program; every decision
/// must be in registrations.json with its history after a restart.
@Suite(.tags(.slow)) struct TriageEndToEndTests {
    static let arguments = ["--today", "2026-11-23", "--lang", "fr"]
    static let training = "formation-montage-projet-2027-01-14"

    static let csv = """
    \u{FEFF}firstName;lastName;email;organisation;role;eventId;createdAt
    Élodie;Martin;e.martin@example.org;Ville de Lyon;Chargée de coopération;\(training);2026-11-10T09:00:00+01:00
    Hiroshi;Tanaka;h.tanaka@example.org;岡山市;国際課;\(training);2026-11-11T09:00:00+01:00
    Anahit;Petrossian;a.petrossian@example.org;Ville de Valence;Élue;\(training);2026-11-12T09:00:00+01:00
    Moussa;Diallo;m.diallo@example.org;Région Bretagne;Chargé de mission;\(training);2026-11-13T09:00:00+01:00
    Claire;Dubois;c.dubois@example.org;Département de l'Isère;Directrice;\(training);2026-11-14T09:00:00+01:00
    """

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func registrations(in directory: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: directory.appendingPathComponent("registrations.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["registrations"] as? [[String: Any]] ?? []
    }

    func status(of email: String, in list: [[String: Any]]) -> String? {
        list.first { ($0["participant"] as? [String: Any])?["email"] as? String == email }?["status"] as? String
    }

    /// Imports `csv` into `root/agenda`, which it returns.
    func importing(_ csv: String, into root: URL) throws -> URL {
        let data = root.appendingPathComponent("agenda")
        let file = root.appendingPathComponent("inscriptions.csv")
        try Data(csv.utf8).write(to: file)
        let imported = try run(["registrations", "import", file.path, "--data-dir", data.path] + Self.arguments)
        #expect(imported.status == 0, "\(imported.output)")
        return data
    }

    /// The program on `data`, showing the training's triage list with its five inscriptions.
    func openTrainingTriage(data: URL, environment: [String: String] = [:], width: Int = 120) throws -> TmuxSession {
        let session = try TmuxSession(Self.arguments, width: width,
                                      environment: ["AGENDA_DATA_DIR": data.path].merging(environment) { $1 })
        try session.waitFor(text: "À venir — 22 événements")
        for _ in 0..<3 { try session.send("j") }
        try session.waitFor("the training selected") { $0.contains("▸jeu. 14 → 15/01") }
        try session.send("i")
        try session.waitFor(text: "Places\u{202F}: 0/12 approuvées · 5 à traiter")
        return session
    }

    /// `approve = "A"` in config.toml: the hint, `;` then A, and help all follow it.
    @Test func aRebindingAppliesToTheHintTheBulkKeyAndHelp() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-rebind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try importing(Self.csv, into: root)
        let config = root.appendingPathComponent("config/agenda")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[keys]\napprove = \"A\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))

        let session = try openTrainingTriage(data: data, environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path])
        try session.waitFor(text: "A approuver")
        try session.send("Space", "Space")
        try session.waitFor(text: "2 marquées")
        // A bare ";" argument separates tmux commands: tmux reads "\\;" as the key itself.
        try session.send("\\;")
        try session.waitFor(text: "; puis A approuver")
        try session.send("A")
        try session.waitFor(text: "2 changées.")
        try session.send("?")
        try session.waitFor(text: "Aide — touches")
        // Help opens at the triage's own keys.
        try session.waitFor(text: "puis A/w/x/c\u{202F}: appliquer aux marquées")
        try session.send("Escape", "Escape", "q")
        #expect(try session.waitForExit().status == 0)
        let stored = try registrations(in: data)
        #expect(status(of: "e.martin@example.org", in: stored) == "approved")
        #expect(status(of: "h.tanaka@example.org", in: stored) == "approved")
        #expect(status(of: "a.petrossian@example.org", in: stored) == "pending")
    }

    /// A store of thousands keeps each decision in registrations.journal, which another
    /// program reads at once, and the interface folds it into registrations.json as it closes.
    @Test func aLargeStoresDecisionIsJournalledThenFoldedWhenTheInterfaceCloses() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        // 5 000 inscriptions to another event make the store larger than the journal's 2 MB.
        var csv = Self.csv
        for index in 0..<5_000 {
            csv += "\nPersonne\(index);Nom;p\(index)@example.org;Ville \(index % 50);;webinaire-climat-2026-12-08;2026-11-01T09:00:00+01:00"
        }
        let data = try importing(csv, into: root)
        let journal = data.appendingPathComponent("registrations.journal").path
        let before = try Data(contentsOf: data.appendingPathComponent("registrations.json"))
        #expect(before.count > 2 << 20)

        let session = try openTrainingTriage(data: data)
        try session.send("a")
        try session.waitFor(text: "Élodie Martin\u{202F}: approuvée.")
        // Saved: in the journal, not yet in registrations.json, and seen by another program.
        #expect(FileManager.default.fileExists(atPath: journal))
        #expect(try Data(contentsOf: data.appendingPathComponent("registrations.json")) == before)
        let listed = try run(["registrations", "list", "--format", "json", "--data-dir", data.path, "--event", Self.training]
                             + Self.arguments)
        #expect(listed.status == 0, "\(listed.output)")
        let list = (try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])?["registrations"] as? [[String: Any]] ?? []
        #expect(status(of: "e.martin@example.org", in: list) == "approved")

        try session.send("Escape", "q")
        #expect(try session.waitForExit().status == 0)
        #expect(!FileManager.default.fileExists(atPath: journal))
        let stored = try registrations(in: data)
        #expect(stored.count == 5_005)
        #expect(status(of: "e.martin@example.org", in: stored) == "approved")
        #expect(status(of: "h.tanaka@example.org", in: stored) == "pending")
    }

    @Test func importTriageBulkUndoQuitAndFindEveryDecision() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-triage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try importing(Self.csv, into: root)
        #expect(try registrations(in: data).count == 5)

        let session = try openTrainingTriage(data: data)
        // Élodie approved, Hiroshi waitlisted, Anahit declined: the cursor moves on each time.
        try session.send("a")
        try session.waitFor(text: "Élodie Martin\u{202F}: approuvée.")
        try session.send("w")
        try session.waitFor(text: "Hiroshi Tanaka\u{202F}: en liste d'attente.")
        try session.send("x")
        try session.waitFor(text: "Anahit Petrossian\u{202F}: refusée.")
        // Tag Moussa and Claire, approve both at once.
        try session.send("Space", "Space")
        try session.waitFor(text: "2 marquées")
        // A bare ";" argument separates tmux commands: tmux reads "\\;" as the key itself.
        try session.send("\\;", "a")
        try session.waitFor(text: "2 changées.")
        try session.waitFor(text: "Places\u{202F}: 3/12 approuvées")
        // Undo the bulk approval, then quit.
        try session.send("u")
        try session.waitFor(text: "Décision défaite\u{202F}: 2 inscriptions reviennent à leur statut d'avant.")
        try session.waitFor(text: "Places\u{202F}: 1/12 approuvées")
        try session.send("Escape", "q")
        #expect(try session.waitForExit().status == 0)

        let stored = try registrations(in: data)
        #expect(status(of: "e.martin@example.org", in: stored) == "approved")
        #expect(status(of: "h.tanaka@example.org", in: stored) == "waitlisted")
        #expect(status(of: "a.petrossian@example.org", in: stored) == "declined")
        #expect(status(of: "m.diallo@example.org", in: stored) == "pending")
        #expect(status(of: "c.dubois@example.org", in: stored) == "pending")
        let elodie = stored.first { ($0["participant"] as? [String: Any])?["email"] as? String == "e.martin@example.org" }
        let history = elodie?["history"] as? [[String: Any]] ?? []
        #expect(history.count == 2)
        #expect(history.last?["from"] as? String == "pending")
        #expect(history.last?["to"] as? String == "approved")

        // A restart shows the same decisions.
        let again = try TmuxSession(Self.arguments, environment: ["AGENDA_DATA_DIR": data.path])
        try again.waitFor(text: "À venir — 22 événements")
        try again.send("I")
        try again.waitFor(text: "1 approuvée · 2 à traiter · 1 en liste d'attente")
    }

    /// C corrects an e-mail, D erases an inscription: both on the screen and in the files,
    /// the erased person in none of them.
    @Test func correctingThenErasingReachesEveryFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-erase-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try importing(Self.csv, into: root)
        let session = try openTrainingTriage(data: data)
        // Élodie's e-mail: the third field of the form, emptied then typed again.
        try session.send("C")
        try session.waitFor(text: "Coordonnées de Élodie Martin")
        try session.send("Tab", "Tab", "C-u")
        try session.type("elodie.martin@example.org")
        try session.send("C-s")
        try session.waitFor(text: "Coordonnées de Élodie Martin corrigées\u{202F}: E-mail.")
        let corrected = try registrations(in: data).first { ($0["participant"] as? [String: Any])?["firstName"] as? String == "Élodie" }
        #expect((corrected?["participant"] as? [String: Any])?["email"] as? String == "elodie.martin@example.org")
        #expect(((corrected?["history"] as? [[String: Any]])?.last?["corrected"] as? [String]) == ["email"])

        // Then Hiroshi (the second) is erased, after the question.
        try session.send("j", "D")
        try session.waitFor(text: "Effacer pour de bon l'inscription de Hiroshi Tanaka")
        try session.send("o")
        try session.waitFor(text: "Inscription de Hiroshi Tanaka effacée")
        try session.waitFor(text: "Places\u{202F}: 0/12 approuvées · 4 à traiter")
        try session.send("q", "q")
        #expect(try session.waitForExit().status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) where !name.hasPrefix("exports") {
            let text = String(decoding: try Data(contentsOf: data.appendingPathComponent(name)), as: UTF8.self)
            #expect(!text.contains("Tanaka") && !text.contains("h.tanaka"), "\(name)")
        }
        #expect(try registrations(in: data).count == 4)
    }

    /// Approve two, m on them tagged, see the message, queue it, send with a sendmail that keeps
    /// what it reads, and find the Message-IDs in the history.
    @Test func approveTwoWriteTheirMessagesQueueAndSend() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try importing(Self.csv, into: root)
        let caught = root.appendingPathComponent("caught")
        let config = root.appendingPathComponent("config/agenda")
        try FileManager.default.createDirectory(at: caught, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let sendmail = root.appendingPathComponent("sendmail")
        try Data("#!/bin/sh\ncat > \"$(mktemp \(caught.path)/msg.XXXXXX)\"\n".utf8).write(to: sendmail)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail.path)
        // Messages written on demand (m) here: on-decision "ask" would show them after each "a".
        try Data("[mail]\nfrom = \"Cités Unies France <coordination@example.org>\"\nsendmail = \"\(sendmail.path)\"\non-decision = \"off\"\n".utf8)
            .write(to: config.appendingPathComponent("config.toml"))
        let environment = ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path]

        let session = try openTrainingTriage(data: data, environment: environment)
        try session.send("a", "a")
        try session.waitFor(text: "Places\u{202F}: 2/12 approuvées · 3 à traiter")
        try session.send("g", "Space", "Space", "m")
        try session.waitFor(text: "Message 1/2 — confirmation")
        try session.waitFor(text: "Bonjour Élodie,")
        try session.send("Tab")
        try session.waitFor(text: "Bonjour Hiroshi,")
        try session.send("o")
        try session.waitFor(text: "2 messages mis en attente")
        try session.waitFor(text: "✉ 2 à envoyer")
        try session.send("Escape", "q", "q")
        #expect(try session.waitForExit().status == 0)

        let sent = try run(["mail", "send", "--data-dir", data.path] + Self.arguments, environment: environment)
        #expect(sent.status == 0, "\(sent.output)")
        let ids = try FileManager.default.contentsOfDirectory(atPath: caught.path).map { name in
            try String(contentsOf: caught.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\r\n")
                .first { $0.hasPrefix("Message-ID: ") }.map { String($0.dropFirst(12)) } ?? ""
        }
        let recorded = try registrations(in: data).flatMap { ($0["history"] as? [[String: Any]]) ?? [] }
            .compactMap { ($0["message"] as? [String: Any])?["id"] as? String }
        #expect(ids.count == 2 && Set(ids) == Set(recorded), "\(ids) \(recorded)")
    }

    /// e in the message shown gives the terminal to $EDITOR (a script here) and takes it back:
    /// the screen is whole again, the edited text is what is queued.
    @Test func aMessageEditedInTheEditorIsQueuedAsEdited() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try importing(Self.csv, into: root)
        let config = root.appendingPathComponent("config/agenda")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[mail]\nfrom = \"Cités Unies France <coordination@example.org>\"\non-decision = \"off\"\n".utf8)
            .write(to: config.appendingPathComponent("config.toml"))
        let editor = root.appendingPathComponent("editor")
        try Data("#!/bin/sh\nsed -i 's/^Bonjour Élodie,/Chère Élodie,/' \"$1\"\n".utf8).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        let session = try openTrainingTriage(data: data, environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                                                                        "EDITOR": editor.path, "VISUAL": ""])
        try session.send("a", "k", "m")
        try session.waitFor(text: "Bonjour Élodie,")
        try session.send("e")
        try session.waitFor(text: "Chère Élodie,")
        try session.waitFor(text: "Message modifié.")
        // The terminal came back whole: the agenda and the triage list are drawn around the message.
        try session.waitFor("the screen drawn again") { $0.contains("À venir — 22 événements") && $0.contains("Inscriptions — Formation") }
        try session.send("o")
        try session.waitFor(text: "1 message mis en attente")
        try session.send("q", "q")
        #expect(try session.waitForExit().status == 0)
        let outbox = data.appendingPathComponent("outbox/new")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path)
        #expect(files.count == 1)
        let queued = try String(contentsOf: outbox.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(queued.contains("Ch=C3=A8re =C3=89lodie,"), "\(queued)")
    }
}

/// A full disk in the middle of triage: each decision the store cannot write is undone on
/// screen and said, none reaches the disk later, and once space is freed the next one is saved.
@Suite(.tags(.slow), .serialized) struct DiskFullEndToEndTests {
    let triage = TriageEndToEndTests()

    /// Runs a program, waiting for it; its exit status.
    @discardableResult
    func shell(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func decisionsOnAFullDiskAreUndoneAndSaidThenSavedOnceSpaceIsFreed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-full-\(UUID().uuidString)")
        let disk = root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        // A small disk of its own (the tests run as root, as CI does).
        try #require(try shell(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.path]) == 0, "mount a tmpfs")
        defer {
            _ = try? shell(["umount", "-l", disk.path])
            try? FileManager.default.removeItem(at: root)
        }
        // 10 000 inscriptions to another event: a store of some 6 MB, which journals its changes.
        var csv = TriageEndToEndTests.csv
        for index in 0..<10_000 {
            csv += "\nPersonne\(index);Nom;p\(index)@example.org;Ville \(index % 50);;webinaire-climat-2026-12-08;2026-11-01T09:00:00+01:00"
        }
        let data = try triage.importing(csv, into: disk)
        // Wide enough for the whole message, whose file path is long here.
        let session = try triage.openTrainingTriage(data: data, width: 250)

        // Fill the disk: dd stops when it is full.
        let filler = disk.appendingPathComponent("filler")
        try shell(["dd", "if=/dev/zero", "of=\(filler.path)", "bs=1M"])
        for _ in 0..<3 {
            try session.send("a")
            try session.waitFor(text: "le disque est plein")
            try session.waitFor(text: "Places\u{202F}: 0/12 approuvées · 5 à traiter")
        }
        let listed = try triage.run(["registrations", "list", "--format", "json", "--data-dir", data.path,
                                     "--event", TriageEndToEndTests.training] + TriageEndToEndTests.arguments)
        let onDisk = (try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])?["registrations"] as? [[String: Any]] ?? []
        #expect(onDisk.count == 5 && onDisk.allSatisfy { $0["status"] as? String == "pending" }, "\(listed.output.prefix(300))")

        // Space freed: the next decision is saved, on the inscription the cursor never left.
        try FileManager.default.removeItem(at: filler)
        try session.send("a")
        try session.waitFor(text: "Élodie Martin\u{202F}: approuvée.")
        try session.waitFor(text: "Places\u{202F}: 1/12 approuvées · 4 à traiter")
        try session.send("q", "q")
        #expect(try session.waitForExit().status == 0)
        let stored = try triage.registrations(in: data)
        #expect(stored.count == 10_005)
        let training = stored.filter { $0["eventId"] as? String == TriageEndToEndTests.training }
        #expect(training.filter { $0["status"] as? String == "approved" }.count == 1)
        #expect(triage.status(of: "e.martin@example.org", in: stored) == "approved")
    }
}
