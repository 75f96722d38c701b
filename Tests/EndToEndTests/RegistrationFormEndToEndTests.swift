import Foundation
import Testing

/// Registering a participant offline, in the real program: what is typed ends up in the
/// store, a half-filled form survives quitting and crashing.
@Suite(.tags(.slow)) struct RegistrationFormEndToEndTests {
    static let arguments = ["--today", "2026-11-23", "--lang", "fr"]

    var dataDirectory: (TmuxSession) -> URL = { $0.scratch.appendingPathComponent("data/agenda") }

    func readJSON(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Moves the selection down to the event whose row shows `rowText`.
    func select(_ rowText: String, in session: TmuxSession) throws {
        for _ in 0..<40 {
            if try session.screen().split(separator: "\n").contains(where: { $0.hasPrefix("▸") && $0.contains(rowText) }) { return }
            let before = try session.screen()
            try session.send("j")
            try session.waitFor("the selection to move") { $0 != before }
        }
        Issue.record("no row \(rowText)")
    }

    /// Polls a file until `condition` holds on its JSON.
    func waitForFile(_ url: URL, timeout: TimeInterval = 10, _ condition: ([String: Any]) -> Bool) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let json = try? readJSON(url), condition(json) { return json }
            usleep(20_000)
        }
        Issue.record("\(url.lastPathComponent) never reached the expected state")
        throw TmuxSession.WaitTimeout()
    }

    /// Home as PuTTY, rxvt, the Linux console and tmux send it (`ESC[1~`), and a sequence no
    /// terminal defines, while typing in the form: neither is taken for Esc, which would close it.
    @Test func homeAsAnEscapeSequenceStaysInTheForm() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try select("Séminaire franco-japonais", in: session)
        try session.send("r")
        try session.waitFor(text: "Inscription — Séminaire franco-japonais")
        try session.type("Hélène")
        try session.waitFor(text: "Hélène")
        try session.tmux(["send-keys", "-H", "1b", "5b", "31", "7e"])   // ESC [ 1 ~
        try session.type("X")
        try session.waitFor(text: "XHélène")
        try session.tmux(["send-keys", "-H", "1b", "5b", "39", "39", "7e"])   // ESC [ 9 9 ~
        try session.tmux(["send-keys", "-H", "1b", "5b", "34", "7e"])   // ESC [ 4 ~: End
        try session.type("Y")
        let screen = try session.waitFor(text: "XHélèneY")
        #expect(screen.contains("Inscription — Séminaire franco-japonais"))
    }

    @Test func aFormFilledWithAccentsAndJapaneseIsStored() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try select("Séminaire franco-japonais", in: session)
        try session.send("r")
        try session.waitFor(text: "Inscription — Séminaire franco-japonais")
        try session.type("Hélène")
        try session.send("Tab")
        try session.type("山田")
        try session.send("Tab")
        try session.type("h.yamada@example.org")
        try session.send("Tab", "Tab")
        try session.type("岡山市 — Ville d’Okayama")
        try session.send("Tab", "Tab")       // role, then the attendance mode
        try session.send("Space")           // on site
        // Through the event's questions to the consent box, the last item.
        for _ in 0..<12 { try session.send("Tab") }
        try session.send("Space")
        try session.send("C-s")
        try session.waitFor(text: "Inscription d'Hélène 山田 enregistrée\u{202F}: à traiter.")
        let store = dataDirectory(session).appendingPathComponent("registrations.json")
        let json = try waitForFile(store) { ($0["registrations"] as? [Any])?.count == 1 }
        let registration = try #require((json["registrations"] as? [[String: Any]])?.first)
        let participant = try #require(registration["participant"] as? [String: Any])
        #expect(participant["firstName"] as? String == "Hélène")
        #expect(participant["lastName"] as? String == "山田")
        #expect(participant["organisation"] as? String == "岡山市 — Ville d’Okayama")
        #expect(registration["status"] as? String == "pending")
        #expect(registration["source"] as? String == "form")
        #expect(registration["mode"] as? String == "onsite")
        #expect(registration["eventId"] as? String == "seminaire-franco-japonais-2027-02-16")
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let directory = try FileManager.default.attributesOfItem(atPath: dataDirectory(session).path)
        #expect((directory[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        // The command line shows what was submitted.
        let list = Process()
        list.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        list.arguments = ["registrations", "list", "--data-dir", dataDirectory(session).path]
        let output = Pipe()
        list.standardOutput = output
        list.standardInput = FileHandle.nullDevice
        try list.run()
        let listed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        list.waitUntilExit()
        #expect(list.terminationStatus == 0)
        #expect(listed.contains("Hélène") && listed.contains("山田") && listed.contains("h.yamada@example.org"))
        // Submitting removed the draft.
        let drafts = try? readJSON(dataDirectory(session).appendingPathComponent("drafts.json"))
        #expect((drafts?["drafts"] as? [String: Any])?["seminaire-franco-japonais-2027-02-16"] == nil)
    }

    @Test func aHalfFilledFormSurvivesQuittingAndComesBack() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try select("Journée du groupe-pays Ma", in: session)  // Madagascar
        try session.send("r")
        try session.waitFor(text: "Inscription — Journée du groupe-pays Madagascar")
        try session.type("Anahit")
        try session.send("Escape")
        try session.waitFor(text: "Brouillon gardé")
        try session.send("q")
        #expect(try session.waitForExit().status == 0)
        let drafts = try readJSON(dataDirectory(session).appendingPathComponent("drafts.json"))
        #expect((drafts["drafts"] as? [String: Any])?["journee-madagascar-2027-01-26"] != nil)

        let again = try TmuxSession(Self.arguments, environment: ["XDG_DATA_HOME": session.scratch.path + "/data"])
        try again.waitFor(text: "À venir — 22 événements")
        try select("Journée du groupe-pays Ma", in: again)
        try again.send("r")
        let screen = try again.waitFor(text: "Brouillon repris.")
        #expect(screen.contains("[Anahit"))
    }

    @Test func typingIsSavedWithinASecondEvenIfTheProgramIsKilled() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try select("Journée du groupe-pays Ma", in: session)
        try session.send("r")
        try session.waitFor(text: "Inscription — Journée du groupe-pays Madagascar")
        try session.type("Գայանե")
        try session.waitFor(text: "[Գայանե")
        let drafts = dataDirectory(session).appendingPathComponent("drafts.json")
        _ = try waitForFile(drafts, timeout: 3) { json in
            let draft = (json["drafts"] as? [String: Any])?["journee-madagascar-2027-01-26"] as? [String: Any]
            return (draft?["participant"] as? [String: Any])?["firstName"] as? String == "Գայանե"
        }
        try session.signal("KILL")
        try session.waitFor(text: "EXIT=137")

        let again = try TmuxSession(Self.arguments, environment: ["XDG_DATA_HOME": session.scratch.path + "/data"])
        try again.waitFor(text: "À venir — 22 événements")
        try select("Journée du groupe-pays Ma", in: again)
        try again.send("r")
        try again.waitFor(text: "[Գայանե")
    }

    @Test func aClosedEventAsksBeforeALateRegistration() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("r")  // the first event, whose deadline was 20 November
        try session.waitFor(text: "Inscriptions closes depuis le ven. 20")
        try session.send("C-s")
        try session.waitFor("the fields to correct in the status bar") { screen in
            screen.split(separator: "\n").last?.contains("à corriger") == true
        }
    }

    @Test func aFullEventWithoutWaitingListRefuses() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-full-\(UUID().uuidString)")
        let directory = data.appendingPathComponent("agenda")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let approved = (0..<60).map { index in
            """
            {"id": "r\(index)", "eventId": "journee-liban-2026-12-10", "status": "approved",
             "createdAt": "2026-11-01T10:00:00+01:00", "updatedAt": "2026-11-01T10:00:00+01:00", "source": "import",
             "participant": {"firstName": "P", "lastName": "\(index)", "email": "p\(index)@example.org", "organisation": "X"},
             "answers": {}, "consent": true, "note": "", "history": []}
            """
        }
        try Data(("{\"schemaVersion\": 1, \"registrations\": [" + approved.joined(separator: ",") + "]}").utf8)
            .write(to: directory.appendingPathComponent("registrations.json"))
        let session = try TmuxSession(Self.arguments, environment: ["XDG_DATA_HOME": data.path])
        try session.waitFor(text: "À venir — 22 événements")
        try session.waitFor(text: "complet")
        try select("Journée du groupe-pays Li", in: session)
        try session.send("r")
        try session.waitFor(text: "Complet, sans liste d'attente\u{202F}: une inscription")
    }
}
