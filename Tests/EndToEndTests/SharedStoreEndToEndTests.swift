import Foundation
import Testing

/// Two interfaces open on one data directory, and `registrations decide` from the shell beside
/// them: each shows the others' decisions within a second, and the store ends with every one.
@Suite(.tags(.slow)) struct SharedStoreEndToEndTests {
    let triage = TriageEndToEndTests()

    static let csv = """
    firstName;lastName;email;organisation;eventId;createdAt
    Yann;Kerjean;y.kerjean@example.org;Ville de Brest;\(TriageEndToEndTests.training);2026-11-10T09:00:00+01:00
    Inès;Benali;i.benali@example.org;Ville de Lyon;\(TriageEndToEndTests.training);2026-11-11T09:00:00+01:00
    Anahit;Petrossian;a.petrossian@example.org;Ville de Valence;\(TriageEndToEndTests.training);2026-11-12T09:00:00+01:00
    Moussa;Diallo;m.diallo@example.org;Région Bretagne;\(TriageEndToEndTests.training);2026-11-13T09:00:00+01:00
    Claire;Dubois;c.dubois@example.org;Département de l'Isère;\(TriageEndToEndTests.training);2026-11-14T09:00:00+01:00
    """

    /// Waits for `text` on `session`'s screen; how long it took.
    func secondsUntil(_ text: String, on session: TmuxSession) throws -> TimeInterval {
        let start = Date()
        try session.waitFor(text: text)
        return Date().timeIntervalSince(start)
    }

    func entry(_ email: String, in list: [[String: Any]]) -> [String: Any]? {
        list.first { ($0["participant"] as? [String: Any])?["email"] as? String == email }
    }

    @Test func twoWindowsAndAScriptLoseNoDecision() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try triage.importing(Self.csv, into: root)
        let windowA = try triage.openTrainingTriage(data: data)
        let windowB = try triage.openTrainingTriage(data: data)

        // A approves Kerjean; B shows it without a key.
        try windowA.send("a")
        try windowA.waitFor(text: "Yann Kerjean\u{202F}: approuvée.")
        let seenByB = try secondsUntil("Places\u{202F}: 1/12 approuvées · 4 à traiter", on: windowB)
        try windowB.waitFor(text: "Mis à jour par un autre programme.")

        // B declines Benali; A shows it.
        try windowB.send("j", "x")
        try windowB.waitFor(text: "Inès Benali\u{202F}: refusée.")
        let seenByA = try secondsUntil("Places\u{202F}: 1/12 approuvées · 3 à traiter", on: windowA)

        // A's cursor moved on to Benali with its approval: it waitlists her, after B's decline.
        try windowA.send("w")
        try windowA.waitFor(text: "Inès Benali\u{202F}: en liste d'attente.")

        // B's undo of its decline would wipe A's waitlisting: refused, and said.
        try windowB.waitFor(text: "1 en liste d'attente")
        try windowB.send("u")
        try windowB.waitFor(text: "Impossible d'annuler\u{202F}: Inès Benali a changé depuis, par un autre programme.")

        // A decision from the shell reaches both windows.
        let listed = try triage.run(["registrations", "list", "--format", "json", "--data-dir", data.path])
        let list = (try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])?["registrations"] as? [[String: Any]] ?? []
        let diallo = try #require(entry("m.diallo@example.org", in: list)?["id"] as? String)
        let decided = try triage.run(["registrations", "decide", String(diallo.prefix(8)), "approved", "--data-dir", data.path,
                                      "--lang", "fr"])
        #expect(decided.status == 0, "\(decided.output)")
        #expect(decided.output.contains("Moussa Diallo (\(diallo.prefix(8)))\u{202F}: à traiter → approuvée"))
        let scriptSeenByA = try secondsUntil("Places\u{202F}: 2/12 approuvées", on: windowA)
        let scriptSeenByB = try secondsUntil("Places\u{202F}: 2/12 approuvées", on: windowB)

        for window in [windowA, windowB] {
            try window.send("Escape", "q")
            #expect(try window.waitForExit().status == 0)
        }
        let stored = try triage.registrations(in: data)
        #expect(triage.status(of: "y.kerjean@example.org", in: stored) == "approved")
        #expect(triage.status(of: "m.diallo@example.org", in: stored) == "approved")
        let benali = (entry("i.benali@example.org", in: stored)?["history"] as? [[String: Any]] ?? []).map { $0["to"] as? String }
        #expect(benali == ["pending", "declined", "waitlisted"])
        // Shown within about a second (the loop looks twice a second), tmux's polling included.
        for seconds in [seenByB, seenByA, scriptSeenByA, scriptSeenByB] { #expect(seconds < 3) }
        print("shared store: seen by the other window in \(seenByB), \(seenByA) s; a decide in \(scriptSeenByA), \(scriptSeenByB) s")
    }
}
