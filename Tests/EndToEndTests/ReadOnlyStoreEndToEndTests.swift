import Foundation
import Testing

/// A registrations file that does not parse: the interface opens read-only, says which file
/// and where, and never writes it.
@Suite(.tags(.slow)) struct ReadOnlyStoreEndToEndTests {
    @Test func aStoreThatDoesNotParseOpensReadOnlyAndIsNeverWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-readonly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("registrations.json")
        let content = Data("{\n  \"schemaVersion\": 1,\n  \"registrations\": [ {\"id\": \n".utf8)
        try content.write(to: store)
        let session = try TmuxSession(["--today", "2026-11-23", "--lang", "fr", "--data-dir", directory.path])
        let screen = try session.waitFor(text: "INSCRIPTIONS EN LECTURE SEULE")
        #expect(screen.contains("registrations.json"))
        #expect(screen.contains("À venir — 22 événements"))
        // Approving in the triage list of the first event tries to write: refused, file unchanged.
        try session.send("I")
        try session.send("q")
        try session.send("q")
        let (status, _) = try session.waitForExit()
        #expect(status == 0)
        #expect(try Data(contentsOf: store) == content)
    }
}
