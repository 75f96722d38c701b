import CatalogueGenerator
import Foundation
import Testing

/// A catalogue large enough to be read behind the progress bar (over 4 MB).
@Suite(.tags(.slow)) struct LargeCatalogueEndToEndTests {
    static let eventCount = 6_000

    /// A generated catalogue written in `directory`, with `edit` applied to its text.
    static func catalogue(in directory: URL, edit: (String) -> String = { $0 }) throws -> String {
        let text = String(decoding: CatalogueGenerator(eventCount: eventCount).bytes(), as: UTF8.self)
        let path = directory.appendingPathComponent("national.json").path
        try Data(edit(text).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func keysTypedWhileItLoadsAreKeptAndApplied() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.catalogue(in: directory)
        // The generator's ids end with the event's number: one id is one event.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let match = try #require(text.range(of: #""id":"[a-z0-9-]+-5999""#, options: .regularExpression))
        let id = String(text[match].dropFirst(6).dropLast())
        let session = try TmuxSession(["--today", "2022-01-01", "--lang", "fr", "--catalogue", path])
        // Typed at once, before the catalogue is read: nothing may be lost.
        try session.send("/")
        try session.type(id)
        let screen = try session.waitFor(text: "À venir — 1 événement")
        #expect(screen.contains("/\(id)█"))
    }

    @Test func aLargeCatalogueWithAnErrorGivesTheTerminalBackThenSaysWhere() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // One event in the middle with a number for a kind.
        let path = try Self.catalogue(in: directory) { text in
            guard let range = text.range(of: #","kind":"webinar""#, range: text.index(text.startIndex, offsetBy: text.count / 2)..<text.endIndex)
            else { return text }
            return text.replacingCharacters(in: range, with: #","kind":12"#)
        }
        let session = try TmuxSession(["--lang", "fr", "--catalogue", path])
        let (status, modes) = try session.waitForExit()
        #expect(status == 65)
        #expect(modes.split(separator: " ").contains("echo"))
        let screen = try session.screen()
        #expect(screen.contains("national.json:"))
        #expect(screen.contains("kind"))
        #expect(screen.contains("catalogue refusé"))
    }
}
