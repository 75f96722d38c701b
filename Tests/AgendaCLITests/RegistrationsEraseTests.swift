import Foundation
import Testing

/// `registrations erase`: the person's registration leaves every file the store keeps.
@Suite struct RegistrationsEraseTests {
    @Test func withoutYesNothingIsErasedAndWithYesNoTraceIsLeft() throws {
        let scratch = try ScratchDirectory()
        func run(_ arguments: [String]) throws -> AgendaProcess.Result {
            try AgendaProcess.run(["registrations"] + arguments + ["--data-dir", scratch.url.path, "--today", "2026-11-23", "--lang", "fr"])
        }
        for (first, email) in [("Hélène", "h.dupre@example.org"), ("Jean", "j.dupont@example.fr")] {
            let added = try run(["add", "--event", "journee-liban-2026-12-10", "--first", first, "--last", "Témoin", "--email", email,
                                 "--organisation", "Ville de Lyon", "--consent", "--answer", "atelier=Eau et assainissement"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let stored = try Data(contentsOf: scratch.url.appendingPathComponent("registrations.json"))
        let object = try JSONSerialization.jsonObject(with: stored) as? [String: Any]
        let registrations = object?["registrations"] as? [[String: Any]] ?? []
        let helene = try #require(registrations.first { ($0["participant"] as? [String: Any])?["email"] as? String == "h.dupre@example.org" })
        let id = try #require(helene["id"] as? String)

        let asked = try run(["erase", String(id.prefix(8))])
        #expect(asked.status == 1)
        #expect(asked.stderr.contains("effacerait pour de bon l'inscription de Hélène Témoin <h.dupre@example.org>"))
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("registrations.json")) == stored)

        let erased = try run(["erase", String(id.prefix(8)), "--yes"])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.hasPrefix("Inscription de Hélène Témoin <h.dupre@example.org>, journee-liban-2026-12-10 ("))
        for name in try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) {
            let text = String(decoding: try Data(contentsOf: scratch.url.appendingPathComponent(name)), as: UTF8.self)
            #expect(!text.contains("h.dupre") && !text.contains("Hélène") && !text.contains(id), "\(name)")
        }
        let erasures = try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.url.appendingPathComponent("erasures.json"))) as? [String: Any]
        #expect((erasures?["erasures"] as? [[String: Any]])?.first?["eventId"] as? String == "journee-liban-2026-12-10")
        let listed = try run(["list"])
        #expect(listed.stdout.contains("j.dupont@example.fr") && !listed.stdout.contains("h.dupre"))
        #expect(try run(["erase", String(id.prefix(8)), "--yes"]).status == 65)
    }
}
