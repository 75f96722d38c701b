import Foundation
import Testing

/// Writing events in the real program: `n`, `D` and `E` end up in the catalogue file, which the
/// next start reads; a file another program changed meanwhile is never written over.
@Suite(.tags(.slow)) struct EventEditorEndToEndTests {
    static let arguments = ["--today", "2026-11-23", "--lang", "fr"]
    static let environment = ["TZ": "Europe/Paris"]
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/catalogue.json")

    func events(_ url: URL) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(json?["events"] as? [[String: Any]])
    }

    func event(_ id: String, in url: URL) throws -> [String: Any]? {
        try events(url).first { $0["id"] as? String == id }
    }

    @Test func aNewEventADuplicateAndAnEditAreInTheCatalogueAfterARestart() throws {
        let session = try TmuxSession(Self.arguments, environment: Self.environment)
        let catalogue = session.scratch.appendingPathComponent("data/agenda/catalogue.json")
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("n")
        try session.waitFor(text: "Nouvel événement")
        try session.type("Café de la coopération")
        try session.send("Tab", "Tab", "Tab")
        try session.type("2027-02-30 09:30")
        // The catalogue's own words, under the field, as it is typed.
        try session.waitFor(text: "2027-02-30T09:30\u{00A0}» n'est pas")
        for _ in 0..<8 { try session.send("BSpace") }
        try session.type("04 09:30")
        try session.waitFor("the problem to go") { $0.contains("2027-02-04 09:30") && !$0.contains("n'est pas") }
        try session.send("C-s")
        // The built-in sample is made the user's own catalogue first.
        try session.waitFor(text: "C'est l'exemple intégré")
        #expect(!FileManager.default.fileExists(atPath: catalogue.path))
        try session.send("o")
        try session.waitFor(text: "À venir — 23 événements")
        var written = try #require(try event("2027-02-04-cafe-de-la-cooperation", in: catalogue))
        #expect(written["start"] as? String == "2027-02-04T09:30+01:00")
        #expect(try events(catalogue).count == events(Self.sample).count + 1)

        // Its next edition: the first Thursday of March.
        try session.send("D")
        try session.waitFor(text: "Prochaine édition de")
        try session.send("C-s")
        try session.waitFor(text: "À venir — 24 événements")
        written = try #require(try event("2027-03-04-cafe-de-la-cooperation", in: catalogue))
        #expect(written["start"] as? String == "2027-03-04T09:30+01:00")

        // Cancelled, by its status.
        try session.send("E")
        try session.waitFor(text: "Modifier")
        try session.send("Tab", "Tab", "Right")
        try session.waitFor(text: "‹ annulé ›")
        try session.send("C-s")
        try session.waitFor(text: "enregistré dans le catalogue")
        #expect(try event("2027-03-04-cafe-de-la-cooperation", in: catalogue)?["status"] as? String == "cancelled")
        try session.send("q")
        #expect(try session.waitForExit().status == 0)

        // The next start reads the user's catalogue: everything is still there.
        let again = try TmuxSession(Self.arguments, environment: Self.environment.merging(["XDG_DATA_HOME": session.scratch.path + "/data"]) { $1 })
        let screen = try again.waitFor(text: "À venir — 24 événements")
        #expect(screen.contains("Café de la coopération"))
        #expect(screen.contains("[annulé] Café de la coopération"))
    }

    @Test func aCatalogueChangedByAnotherProgramIsShownNotWrittenOver() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-e2e-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let catalogue = directory.appendingPathComponent("catalogue.json")
        try Data(contentsOf: Self.sample).write(to: catalogue)
        let session = try TmuxSession(Self.arguments + ["--catalogue", catalogue.path], environment: Self.environment)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("E")
        try session.waitFor(text: "Modifier")
        try session.send("End")
        try session.type(" (modifié)")
        try session.waitFor(text: " (modifié)")
        // Another program (a colleague's Syncthing) replaces the file meanwhile.
        let theirs = try String(contentsOf: catalogue, encoding: .utf8)
            .replacingOccurrences(of: "\"title\": \"Journée du groupe-pays Liban\"", with: "\"title\": \"Journée du groupe-pays Liban (déplacée)\"")
        let incoming = directory.appendingPathComponent(".incoming")
        try theirs.write(to: incoming, atomically: false, encoding: .utf8)
        #expect(rename(incoming.path, catalogue.path) == 0)
        // Seen within a second, before any key: read again and shown, not written over, the
        // typing still in the editor.
        let screen = try session.waitFor(text: "modifié par un autre programme")
        #expect(screen.contains("Liban (d…"))
        #expect(screen.contains(" (modifié)"))
        #expect(try String(contentsOf: catalogue, encoding: .utf8) == theirs)
        try session.send("C-s")
        try session.waitFor(text: "enregistré dans le catalogue")
        let both = try String(contentsOf: catalogue, encoding: .utf8)
        #expect(both.contains("Liban (déplacée)"))
        #expect(both.contains(" (modifié)"))
        #expect(try events(catalogue).count == events(Self.sample).count)
    }
}
