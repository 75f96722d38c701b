import Foundation
import Testing

/// `agenda mail` with a `sendmail` that keeps what it reads (or fails), on the sample catalogue.
@Suite struct MailCommandTests {
    let scratch: ScratchDirectory
    let data: String
    let config: String
    let caught: String

    init() throws {
        scratch = try ScratchDirectory()
        data = scratch.url.appendingPathComponent("data").path
        config = scratch.url.appendingPathComponent("config").path
        caught = scratch.url.appendingPathComponent("caught").path
        try FileManager.default.createDirectory(atPath: config + "/agenda", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: caught, withIntermediateDirectories: true)
        let keeper = try scratch.write("keep-sendmail", "#!/bin/sh\ncat > \"$(mktemp \(caught)/msg.XXXXXX)\"\n")
        let failing = try scratch.write("failing-sendmail", "#!/bin/sh\ncat > /dev/null\necho 'connection refused' >&2\nexit 75\n")
        for script in [keeper, failing] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script) }
    }

    func configure(sendmail: String) throws {
        _ = try scratch.write("config/agenda/config.toml", """
            [mail]
            from = "Cités Unies France <coordination@example.org>"
            sendmail = "\(scratch.url.appendingPathComponent(sendmail).path)"
            """)
    }

    func run(_ arguments: [String]) throws -> AgendaProcess.Result {
        try AgendaProcess.run(arguments + ["--data-dir", data, "--today", "2026-11-23", "--lang", "en"],
                              environment: ["XDG_CONFIG_HOME": config])
    }

    func approveTwo() throws {
        for (first, email) in [("Élodie", "e.martin@example.org"), ("花子", "hanako@example.jp")] {
            let added = try run(["registrations", "add", "--event", "journee-liban-2026-12-10", "--first", first, "--last", "Témoin",
                                 "--email", email, "--organisation", "Ville", "--consent", "--answer", "atelier=Eau et assainissement"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let decided = try run(["registrations", "decide", "--event", "journee-liban-2026-12-10", "--all-pending", "approved"])
        #expect(decided.status == 0, "\(decided.stderr)")
    }

    @Test func queueSendAndFindTheMessageIDsInTheHistory() throws {
        try configure(sendmail: "keep-sendmail")
        try approveTwo()
        let queued = try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"])
        #expect(queued.status == 0, "\(queued.stderr)")
        #expect(queued.stdout.hasSuffix("2 messages queued, 0 skipped.\n"), "\(queued.stdout)")
        #expect(try run(["mail", "list"]).stdout.split(separator: "\n").count == 2)
        let sent = try run(["mail", "send"])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.hasSuffix("2 sent, 0 queued.\n"))
        // What sendmail read is a message Python reads back exactly, with its Message-ID in the history.
        let files = try FileManager.default.contentsOfDirectory(atPath: caught)
        #expect(files.count == 2)
        let store = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/registrations.json"))) as? [String: Any]
        let recorded = ((store?["registrations"] as? [[String: Any]]) ?? []).flatMap { ($0["history"] as? [[String: Any]]) ?? [] }
            .compactMap { ($0["message"] as? [String: Any])?["id"] as? String }
        var ids: [String] = []
        for file in files {
            let text = try String(contentsOfFile: caught + "/" + file, encoding: .utf8)
            let id = text.components(separatedBy: "\r\n").first { $0.hasPrefix("Message-ID: ") }.map { String($0.dropFirst(12)) }
            ids.append(try #require(id))
        }
        #expect(Set(ids) == Set(recorded) && Set(ids).count == 2)
        #expect(try run(["mail", "list"]).stdout == "No message waiting.\n")
        // Again: skipped, already sent.
        let again = try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"])
        #expect(again.stdout.hasSuffix("0 messages queued, 2 skipped.\n"))
    }

    @Test func aParticipantWhoseLanguageIsEnglishGetsTheEnglishMessage() throws {
        try configure(sendmail: "keep-sendmail")
        #expect(try run(["registrations", "add", "--event", "journee-liban-2026-12-10", "--first", "Hiroshi", "--last", "Sato",
                         "--email", "h.sato@example.jp", "--organisation", "Okayama", "--consent", "--language", "en",
                         "--answer", "atelier=Eau et assainissement"]).status == 0)
        #expect(try run(["registrations", "decide", "--event", "journee-liban-2026-12-10", "--all-pending", "approved"]).status == 0)
        #expect(try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"]).status == 0)
        #expect(try run(["mail", "list"]).stdout.contains("Registration confirmed: Journée du groupe-pays Liban"))
    }

    @Test func aSendmailThatFailsLeavesEveryMessageQueuedAndNothingRecorded() throws {
        try configure(sendmail: "failing-sendmail")
        try approveTwo()
        _ = try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"])
        let before = try Data(contentsOf: URL(fileURLWithPath: data + "/registrations.json"))
        let sent = try run(["mail", "send"])
        #expect(sent.status == 75)
        #expect(sent.stderr.contains("failed (exit 75): connection refused; the message stays queued."))
        #expect(try run(["mail", "list"]).stdout.split(separator: "\n").count == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/registrations.json")) == before)
    }

    /// kill -9 while sendmail holds a message: nothing is recorded as sent, the message stays
    /// queued, and the next send hands it over and records it once.
    @Test func aKilledSendLosesNothingAndRecordsNothing() throws {
        let slow = try scratch.write("slow-sendmail", "#!/bin/sh\ncat > \(caught)/held.eml\nsleep 30\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: slow)
        try configure(sendmail: "slow-sendmail")
        try approveTwo()
        _ = try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"])
        let process = Process()
        process.executableURL = AgendaProcess.binary
        process.arguments = ["mail", "send", "--data-dir", data, "--today", "2026-11-23"]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": config]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Polled: sendmail has the first message.
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: caught + "/held.eml"), Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try run(["mail", "list"]).stdout.split(separator: "\n").count == 2)
        let store = try String(contentsOfFile: data + "/registrations.json", encoding: .utf8)
        #expect(!store.contains("\"message\""))
        try configure(sendmail: "keep-sendmail")
        let again = try run(["mail", "send"])
        #expect(again.status == 0 && again.stdout.hasSuffix("2 sent, 0 queued.\n"), "\(again.stdout)\(again.stderr)")
        let recorded = try String(contentsOfFile: data + "/registrations.json", encoding: .utf8).components(separatedBy: "\"message\"").count - 1
        #expect(recorded == 2)
    }

    @Test func withoutASenderTheCommandSaysWhereToWriteIt() throws {
        try approveTwo()
        let queued = try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"])
        #expect(queued.status == 64)
        #expect(queued.stderr.contains("no sender: add to \(config)/agenda/config.toml a [mail] section with from ="))
    }

    @Test func aUserTemplateThatDoesNotParseIsNamedWithItsLine() throws {
        try configure(sendmail: "keep-sendmail")
        try FileManager.default.createDirectory(atPath: config + "/agenda/templates", withIntermediateDirectories: true)
        _ = try scratch.write("config/agenda/templates/confirmation.fr.txt", "Subject: Bienvenue\n\nBonjour {prenom},\n")
        let checked = try run(["mail", "templates", "--check"])
        #expect(checked.status == 65)
        #expect(checked.stderr.contains("templates/confirmation.fr.txt:3: unknown field {prenom}"), "\(checked.stderr)")
    }

    /// The sample catalogue with `messages` added to the Lebanon day, written beside the data.
    func catalogueWithTheEventsOwnTexts(_ messages: [String: String]) throws -> String {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data/catalogue.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sample)) as? [String: Any])
        var events = try #require(document["events"] as? [[String: Any]])
        let index = try #require(events.firstIndex { $0["id"] as? String == "journee-liban-2026-12-10" })
        events[index]["messages"] = messages
        document["events"] = events
        let path = scratch.url.appendingPathComponent("catalogue.json").path
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theEventsOwnTextComesBeforeTheUsersAndTheBuiltInOne() throws {
        try configure(sendmail: "keep-sendmail")
        try FileManager.default.createDirectory(atPath: config + "/agenda/templates", withIntermediateDirectories: true)
        _ = try scratch.write("config/agenda/templates/confirmation.fr.txt", "Subject: Texte de l'utilisateur\n\nBonjour {first-name},\n")
        let catalogue = try catalogueWithTheEventsOwnTexts(["confirmation": "Subject: Liban : votre place, {first-name}\n\nÀ bientôt, {name}.\n"])
        try approveTwo()
        let queued = try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation", "--catalogue", catalogue])
        #expect(queued.status == 0, "\(queued.stderr)")
        let listed = try run(["mail", "list"]).stdout
        #expect(listed.contains("Liban : votre place, Élodie") && listed.contains("Liban : votre place, 花子"), "\(listed)")
        #expect(!listed.contains("Texte de l'utilisateur"))
        let templates = try run(["mail", "templates", "--catalogue", catalogue])
        #expect(templates.stdout.contains("event journee-liban-2026-12-10: confirmation\n"), "\(templates.stdout)")
        #expect(try run(["mail", "templates", "--check", "--catalogue", catalogue]).stdout == "15 templates, OK\n")
    }

    @Test func anEventsTextThatDoesNotParseIsTheCataloguesProblem() throws {
        let catalogue = try catalogueWithTheEventsOwnTexts(["reminder.en": "Subject: {event}\n\nSee you, {prenom}.\n"])
        let checked = try run(["mail", "templates", "--check", "--catalogue", catalogue])
        #expect(checked.status == 65)
        #expect(checked.stderr.contains("messages.reminder.en: line 3 of the message: unknown field {prenom}"), "\(checked.stderr)")
    }
}
