import Foundation
import Testing

/// A real delivery: Debian's msmtp as `sendmail`, to an SMTP sink (aiosmtpd, from PyPI) that
/// the test starts on 127.0.0.1 and stops; `.ci/run` installs both. Nothing leaves the machine.
@Suite(.tags(.slow)) struct MailDeliveryTests {
    static let sink = #"""
    import os, socket, sys, time
    from aiosmtpd.controller import Controller
    out = sys.argv[1]
    class Keep:
        async def handle_DATA(self, server, session, envelope):
            name = os.path.join(out, "%d.eml" % time.time_ns())
            with open(name + ".tmp", "wb") as f:
                f.write(envelope.original_content or envelope.content)
            os.rename(name + ".tmp", name)
            return "250 OK"
    probe = socket.socket(); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY", port, flush=True)
    sys.stdin.read()
    controller.stop()
    """#

    static let reader = #"""
    import email, email.policy, json, os, sys
    found = []
    for name in sorted(os.listdir(sys.argv[1])):
        with open(os.path.join(sys.argv[1], name), "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        found.append({"to": m["To"].addresses[0].display_name, "subject": str(m["Subject"]), "id": m["Message-ID"],
                      "body": m.get_content().replace("\r\n", "\n"), "defects": len(m.defects)})
    print(json.dumps(found))
    """#

    struct Delivered: Decodable {
        let to: String, subject: String, id: String, body: String, defects: Int
    }

    @Test func everyQueuedMessageArrivesOnceThroughMsmtp() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/msmtp"), "msmtp is needed (apt-get install msmtp; .ci/run installs it)")
        let scratch = try ScratchDirectory()
        let inbox = scratch.url.appendingPathComponent("inbox").path
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let sink = Process()
        sink.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sink.arguments = ["python3", "-c", Self.sink, inbox]
        let control = Pipe(), said = Pipe()
        sink.standardInput = control
        sink.standardOutput = said
        try sink.run()
        defer {
            try? control.fileHandleForWriting.close()
            sink.waitUntilExit()
        }
        let ready = String(decoding: said.fileHandleForReading.availableDataUntilNewline(), as: UTF8.self)
        let port = try #require(ready.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) },
                                "the SMTP sink did not start (pip install aiosmtpd; .ci/run installs it): \(ready)")

        let config = scratch.url.appendingPathComponent("config").path
        try FileManager.default.createDirectory(atPath: config + "/agenda", withIntermediateDirectories: true)
        let msmtprc = try scratch.write("msmtprc", """
            defaults
            auth off
            tls off
            account default
            host 127.0.0.1
            port \(port)
            from coordination@example.org
            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: msmtprc)
        _ = try scratch.write("config/agenda/config.toml", """
            [mail]
            from = "Cités Unies France <coordination@example.org>"
            sendmail = "/usr/bin/msmtp -C \(msmtprc) -t"
            """)
        let data = scratch.url.appendingPathComponent("data").path
        func run(_ arguments: [String]) throws -> AgendaProcess.Result {
            try AgendaProcess.run(arguments + ["--data-dir", data, "--today", "2026-11-23", "--lang", "fr"], environment: ["XDG_CONFIG_HOME": config])
        }
        for (first, last, email) in [("Élodie", "Martin", "e.martin@example.org"), ("花子", "田中", "hanako@example.jp"),
                                     ("Անահիտ", "Սարգսյան", "anahit@example.am")] {
            #expect(try run(["registrations", "add", "--event", "journee-liban-2026-12-10", "--first", first, "--last", last, "--email", email,
                             "--organisation", "Ville", "--consent", "--answer", "atelier=Eau et assainissement"]).status == 0)
        }
        #expect(try run(["registrations", "decide", "--event", "journee-liban-2026-12-10", "--all-pending", "approved"]).status == 0)
        #expect(try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "confirmation"]).status == 0)
        let sent = try run(["mail", "send"])
        #expect(sent.status == 0, "\(sent.stderr)")

        let reader = try AgendaProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.reader, inbox],
                                               environment: ProcessInfo.processInfo.environment)
        let delivered = try JSONDecoder().decode([Delivered].self, from: Data(reader.stdout.utf8))
        #expect(delivered.count == 3)
        #expect(Set(delivered.map(\.to)) == ["Élodie Martin", "田中 花子", "Անահիտ Սարգսյան"])
        #expect(Set(delivered.map(\.id)).count == 3)
        #expect(delivered.allSatisfy { $0.subject == "Inscription confirmée\u{202F}: Journée du groupe-pays Liban" && $0.defects == 0 })
        #expect(delivered.allSatisfy { $0.body.contains("Nous avons le plaisir de vous confirmer votre inscription") })
        #expect(try run(["mail", "list"]).stdout == "Aucun message en attente.\n")

        // The sink gone: msmtp fails, the reminders stay queued, exit 75.
        try control.fileHandleForWriting.close()
        sink.waitUntilExit()
        #expect(try run(["mail", "queue", "--event", "journee-liban-2026-12-10", "--kind", "reminder"]).status == 0)
        let refused = try run(["mail", "send"])
        #expect(refused.status == 75)
        #expect(try run(["mail", "list"]).stdout.split(separator: "\n").count == 3)
    }
}

extension FileHandle {
    /// Reads until a line break (or the end): the first line a child process says.
    func availableDataUntilNewline() -> Data {
        var data = Data()
        while true {
            let byte = readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { return data }
            data.append(byte)
        }
    }
}
