import AgendaModel
import Foundation
import Testing

/// Python's `email` package (policy.default) reads a message as a mail client would: the
/// judge of the headers' and the body's encoding. Gives back the decoded fields as JSON.
private let pythonReader = #"""
import email, email.policy, json, sys
message = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
print(json.dumps({
    "from_name": message["From"].addresses[0].display_name, "from": message["From"].addresses[0].addr_spec,
    "to_name": message["To"].addresses[0].display_name, "to": message["To"].addresses[0].addr_spec,
    "subject": str(message["Subject"]), "id": message["Message-ID"], "date": str(message["Date"]),
    "body": message.get_content().replace("\r\n", "\n"), "defects": [type(d).__name__ for d in message.defects]
              + [type(d).__name__ for h in message.keys() for d in message[h].defects],
    "headers": list(message.keys()),
}))
"""#

private struct Parsed: Decodable {
    let from_name: String, from: String, to_name: String, to: String
    let subject: String, id: String, date: String, body: String
    let defects: [String], headers: [String]
}

private func parsedByPython(_ message: MailMessage) throws -> Parsed {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", pythonReader]
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(message.rfc5322.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "python3: \(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
    return try JSONDecoder().decode(Parsed.self, from: data)
}

private func message(to name: String, subject: String, body: String = "Bonjour,\n\nÀ bientôt.\n") -> MailMessage {
    MailMessage(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"),
                to: MailAddress(name: name, address: "participant@example.org"), subject: subject, body: body,
                date: MailMessage.dateHeader(Moment.startOf(CalendarDate(year: 2026, month: 12, day: 3)!, utcOffset: 3600)),
                messageID: "<20261203.abc@agenda.cites-unies-france.invalid>",
                extraHeaders: [("X-Agenda-Kind", "confirmation")])
}

@Suite struct MailMessageTests {
    @Test("names and subjects in any script decode back exactly", arguments: [
        ("Élodie Martin", "Inscription confirmée : Formation du 14 janvier"),
        ("田中 花子", "参加確認 — Séminaire franco-japonais : 地方創生 et coopération"),
        ("Անահիտ Սարգսյան", "Journée du groupe-pays Arménie — Հաստատում"),
        ("Jean \"Jeannot\" Dupont, Mairie @ Lille", "Plain ASCII subject, quite long so that it has to be more than seventy-eight columns wide"),
    ])
    func namesAndSubjectsDecode(name: String, subject: String) throws {
        let parsed = try parsedByPython(message(to: name, subject: subject))
        #expect(parsed.to_name == name)
        #expect(parsed.to == "participant@example.org")
        #expect(parsed.from_name == "Cités Unies France")
        #expect(parsed.subject == subject)
        #expect(parsed.body == "Bonjour,\n\nÀ bientôt.\n")
        #expect(parsed.defects.isEmpty, "\(parsed.defects)")
        #expect(parsed.date == "Thu, 03 Dec 2026 00:00:00 +0100")
        // Every header line is ASCII and at most 78 columns.
        let head = message(to: name, subject: subject).rfc5322.components(separatedBy: "\r\n\r\n")[0]
        for line in head.components(separatedBy: "\r\n") {
            #expect(line.utf8.allSatisfy { $0 < 0x80 } && line.utf8.count <= 78, "\(line)")
        }
    }

    @Test("a CR or LF in a name or a subject never starts a header of its own")
    func noHeaderInjection() throws {
        let evil = message(to: "Eve\r\nBcc: everyone@example.org", subject: "Salut\nX-Injected: oui\r\n\r\nbody")
        let parsed = try parsedByPython(evil)
        #expect(!parsed.headers.contains("Bcc") && !parsed.headers.contains("X-Injected"), "\(parsed.headers)")
        #expect(parsed.to == "participant@example.org")
        #expect(parsed.defects.isEmpty)
        #expect(MailAddress(name: "", address: "a@b.fr\r\nBcc: x@y.z").headerValue == "<a@b.frBcc:x@y.z>")
    }

    @Test("the body keeps its long lines, accents, trailing spaces and a lone dot through quoted-printable")
    func bodyRoundTrip() throws {
        let body = "Ligne très longue " + String(repeating: "àéîõü ", count: 30) + "fin.\n.\nEspaces en fin  \nÉgal = signe\n"
        let parsed = try parsedByPython(message(to: "Élodie", subject: "x", body: body))
        #expect(parsed.body == body)
        for line in message(to: "É", subject: "x", body: body).rfc5322.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 76 || line.hasPrefix("Subject") || line.hasPrefix("Message-ID"), "\(line)")
        }
    }

    @Test("addresses that cannot be delivered are told apart")
    func deliverable() {
        for good in ["e.martin@example.org", "tanaka@example.jp", "élodie@exemple.fr"] { #expect(MailAddress(address: good).isDeliverable, "\(good)") }
        for bad in ["", "pas-un-email", "a@b", "a b@example.org", "a@@b.fr", "a@b.fr\n", "<a@b.fr>", "a@.fr"] {
            #expect(!MailAddress(address: bad).isDeliverable, "\(bad)")
        }
    }
}

@Suite struct MessageTemplateTests {
    @Test("a template is a Subject line, a blank line and a body; placeholders are filled, {{ }} write braces")
    func parseAndRender() throws {
        let template = try MessageTemplate.parse("Subject: Inscription à {event}\n\nBonjour {first-name},\n\n{{pas un champ}} rang {rank}.\n\n").get()
        let rendered = template.render { placeholder in
            switch placeholder {
            case .eventTitle: return "l'atelier"
            case .firstName: return "Élodie"
            case .rank: return "2"
            default: return "?"
            }
        }
        #expect(rendered.subject == "Inscription à l'atelier")
        #expect(rendered.body == "Bonjour Élodie,\n\n{pas un champ} rang 2.\n")
    }

    @Test("what does not parse is refused with its line", arguments: [
        ("Bonjour\n\ntexte", 1, MessageTemplate.Problem.Reason.missingSubject),
        ("Subject: x\ntexte", 2, .missingBlankLine),
        ("Subject: x\n\nBonjour {prenom},", 3, .unknownPlaceholder("prenom")),
        ("Subject: x {event\n\ntexte", 1, .unclosedBrace),
        ("Subject: x\n\n\n  \n", 3, .emptyBody),
    ])
    func problems(text: String, line: Int, reason: MessageTemplate.Problem.Reason) {
        #expect(MessageTemplate.parse(text) == .failure(MessageTemplate.Problem(line: line, reason: reason)))
    }

    @Test("the kind of message that follows a decision")
    func kindForDecision() {
        #expect(MessageKind.forDecision(from: .pending, to: .approved) == .confirmation)
        #expect(MessageKind.forDecision(from: .waitlisted, to: .approved) == .promotion)
        #expect(MessageKind.forDecision(from: .pending, to: .waitlisted) == .waitlist)
        #expect(MessageKind.forDecision(from: .approved, to: .declined) == .decline)
        #expect(MessageKind.forDecision(from: .approved, to: .cancelled) == nil)
    }
}

@Suite struct OutboxTests {
    @Test("a queued message is a whole file in outbox/new, read back with its headers, then moved to sent/cur")
    func queueReadSend() throws {
        let directory = NSTemporaryDirectory() + "agenda-outbox-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outbox = Outbox(dataDirectory: directory)
        var first = message(to: "田中 花子", subject: "参加確認 — inscription confirmée")
        first.extraHeaders = [(MailHeaderReader.kindHeader, "confirmation"), (MailHeaderReader.registrationHeader, "0b7c0a52")]
        let moment = Moment.startOf(CalendarDate(year: 2026, month: 12, day: 3)!, utcOffset: 3600)
        let name = try outbox.queue(first, at: moment)
        #expect(FileManager.default.fileExists(atPath: directory + "/outbox/new/" + name))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/outbox/tmp").isEmpty)
        let queued = try outbox.queued()
        #expect(queued.count == 1)
        #expect(queued[0].kind == .confirmation && queued[0].registrationID == "0b7c0a52")
        #expect(queued[0].subject == "参加確認 — inscription confirmée")
        #expect(queued[0].recipient == "田中 花子 <participant@example.org>")
        #expect(queued[0].messageID == "<20261203.abc@agenda.cites-unies-france.invalid>")
        let mode = (try FileManager.default.attributesOfItem(atPath: queued[0].path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        try outbox.markSent(queued[0])
        #expect(try outbox.queued().isEmpty)
        #expect(try outbox.sent().map(\.name) == [name + ":2,S"])
    }
}
