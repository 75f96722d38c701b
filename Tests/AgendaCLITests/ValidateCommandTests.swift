import Foundation
import Testing

/// `agenda validate` on good and bad files: a clear message naming the file, exit 65, never a crash.
@Suite struct ValidateCommandTests {
    static let validEvent = #"{"id": "atelier-1", "title": "Atelier", "kind": "workshop", "start": "2027-03-09T09:30:00+01:00", "end": "2027-03-09T12:00:00+01:00"}"#

    static func catalogue(_ events: String...) -> String {
        #"{"schemaVersion": 1, "publisher": "Cités Unies France", "events": ["# + events.joined(separator: ",\n") + "]}"
    }

    func validate(_ bytes: [UInt8], name: String = "catalogue.json") throws -> (AgendaProcess.Result, String) {
        let scratch = try ScratchDirectory()
        let path = try scratch.write(name, bytes)
        let result = try AgendaProcess.run(["validate", path, "--lang", "en"])
        return (result, path)
    }

    func expectRefused(_ text: String, mentioning fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectRefused(Array(text.utf8), mentioning: fragment, sourceLocation: sourceLocation)
    }

    func expectRefused(_ bytes: [UInt8], mentioning fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (result, path) = try validate(bytes)
        #expect(result.status == 65, "exit status", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(path), "names the file: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "says \(fragment): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func aValidFileSaysHowManyEventsAndExitsZero() throws {
        let (result, _) = try validate(Array(Self.catalogue(Self.validEvent).utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "1 event, OK\n")
    }

    @Test func theBuiltInSampleIsValid() throws {
        let result = try AgendaProcess.run(["validate", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("events, OK\n"))
    }

    @Test func frenchSaysEvenementsOK() throws {
        let result = try AgendaProcess.run(["validate"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("événements, OK\n"))
    }

    @Test func aTruncatedFileIsRefusedAtItsEnd() throws {
        let full = Self.catalogue(Self.validEvent)
        try expectRefused(String(full.prefix(full.count / 2)), mentioning: "unexpected end of file")
    }

    @Test func anEmptyFileIsRefused() throws {
        try expectRefused("", mentioning: "the file is empty")
    }

    @Test func binaryGarbageIsRefused() throws {
        var generator = SystemRandomNumberGenerator()
        let garbage = [0x00, 0xFF, 0xFE] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let (result, path) = try validate(garbage)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:1:"))
    }

    @Test func aTopLevelArrayIsRefused() throws {
        try expectRefused("[\(Self.validEvent)]", mentioning: "must be a JSON object")
    }

    @Test func aDuplicateIDIsRefusedWithBothPlaces() throws {
        try expectRefused(Self.catalogue(Self.validEvent, Self.validEvent), mentioning: "duplicate id \"atelier-1\" (first at line 1)")
    }

    @Test func anImpossibleDateIsRefused() throws {
        let event = Self.validEvent.replacingOccurrences(of: "2027-03-09T09:30", with: "2027-02-30T09:30")
        try expectRefused(Self.catalogue(event), mentioning: "\"2027-02-30T09:30:00+01:00\" is not a valid date")
    }

    @Test func anEndBeforeItsStartIsRefused() throws {
        let event = Self.validEvent.replacingOccurrences(of: "2027-03-09T12:00", with: "2027-03-08T12:00")
        try expectRefused(Self.catalogue(event), mentioning: "event atelier-1: end: end (2027-03-08T12:00+01:00) is before start")
    }

    @Test func aFutureSchemaVersionIsRefusedNamingTheVersion() throws {
        let text = Self.catalogue(Self.validEvent).replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2")
        try expectRefused(text, mentioning: "schemaVersion 2 is not supported")
    }

    @Test func aCapacityWrittenAsAStringIsRefused() throws {
        let event = Self.validEvent.replacingOccurrences(of: "}", with: #", "registration": {"capacity": "12"}}"#)
        try expectRefused(Self.catalogue(event), mentioning: "registration.capacity: expected a whole number, found a string")
    }

    @Test func aDeeplyNestedDocumentIsRefusedWithoutCrashing() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        try expectRefused(text, mentioning: "nested deeper than 512 levels")
    }

    @Test func invalidUTF8IsRefusedAtItsPlace() throws {
        var bytes = Array(Self.catalogue(Self.validEvent).utf8)
        let title = bytes.firstIndex(of: UInt8(ascii: "A"))!  // the A of "Atelier", inside a string
        bytes[title] = 0xC3
        bytes[title + 1] = 0x28
        let (result, path) = try validate(bytes)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:"))
        #expect(result.stderr.contains("not valid UTF-8"))
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let first = Self.validEvent.replacingOccurrences(of: "\"kind\": \"workshop\", ", with: "")
        let second = Self.validEvent.replacingOccurrences(of: "atelier-1", with: "atelier 2")
        let (result, _) = try validate(Array(Self.catalogue(first, second).utf8))
        #expect(result.status == 65)
        #expect(result.stderr.contains("event atelier-1: kind: required field is missing"))
        #expect(result.stderr.contains("invalid id \"atelier 2\""))
        #expect(result.stderr.contains("2 problems"))
    }

    @Test func aMissingFileExits66() throws {
        let result = try AgendaProcess.run(["validate", "/nonexistent/catalogue.json", "--lang", "en"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/catalogue.json: no such file"))
    }

    @Test func aDirectoryExits66() throws {
        let scratch = try ScratchDirectory()
        let result = try AgendaProcess.run(["validate", scratch.url.path, "--lang", "en"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func warningsDoNotRefuseTheFile() throws {
        let event = Self.validEvent.replacingOccurrences(of: "}", with: #", "status": "rescheduled", "futureField": {"x": 1}}"#)
        let (result, path) = try validate(Array(Self.catalogue(event).utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "1 event, OK\n")
        #expect(result.stderr.contains("\(path):1:"))
        #expect(result.stderr.contains("warning: event atelier-1: status: unknown value \"rescheduled\""))
    }
}
