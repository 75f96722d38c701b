@testable import AgendaModel
import Testing
import TestSupport

/// `uid`: the iCalendar UID an event came from, read by both readers and given back on export.
@Suite struct EventUIDTests {
    @Test func theUIDIsReadAndExportedAsTheEventsUID() throws {
        let json = catalogueJSON(eventJSON(#""uid": "040000008200E00074C5B7101A82E008@outlook.example""#))
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        let event = try #require(reading.catalogue?.events.first)
        #expect(event.uid == "040000008200E00074C5B7101A82E008@outlook.example")
        #expect(ICalendarWriter.uid(for: event) == "040000008200E00074C5B7101A82E008@outlook.example")
    }

    @Test func theFastReaderReadsTheUIDAsThePlainOneDoes() throws {
        let json = catalogueJSON(eventJSON(#""uid": "abc@example.org""#))
        let bytes = Array(json.utf8)
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let range = try #require(try JSONParser.parse(bytes, deferringElementsOf: "events").deferred?.first)
        let fast = bytes.withUnsafeBufferPointer { FastEventReader.read($0, range) }
        #expect(fast?.uid == event.uid)
    }

    @Test func withoutAUIDTheExportMakesOneFromTheID() throws {
        let event = try #require(readCatalogue(catalogueJSON(eventJSON())).catalogue?.events.first)
        #expect(event.uid == nil)
        #expect(ICalendarWriter.uid(for: event) == event.id + "@" + ICalendarWriter.uidDomain)
    }
}
