import AgendaModel
import Foundation
import SampleCatalogue
import Testing
import TestSupport

/// Writing events back into a catalogue: what is written reads back as the same events, the
/// same events always give the same bytes, and what was not edited keeps its bytes.
@Suite struct CatalogueWriterTests {
    static let sample = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!

    @Test func everySampleEventReadsBackAsItselfAndWritesTheSameBytesAgain() throws {
        let written = CatalogueWriter.newCatalogue(publisher: "Cités Unies France", events: Self.sample.events)
        let reading = CatalogueDecoder.read(written)
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        let events = try #require(reading.catalogue?.events)
        #expect(events == Self.sample.events)
        #expect(CatalogueWriter.newCatalogue(publisher: "Cités Unies France", events: events) == written)
    }

    @Test func hostileTextRoundTrips() throws {
        let text = "guillemets \" barre \\ tab \t fin\u{0001} \u{2028} 田中 Հայաստան e\u{0301} 🎉\n\nsuite"
        let event = Event(id: "e-1", title: text, kind: .workshop, start: .allDay(CalendarDate(year: 2027, month: 1, day: 12)!),
                          description: text, themes: [text], contacts: [Contact(name: "Élodie « Lo » Durand", email: "e@x.fr")],
                          connection: text, uid: "uid;with,odd\\chars")
        let bytes = CatalogueWriter.newCatalogue(publisher: nil, events: [event])
        let read = try #require(CatalogueDecoder.read(bytes).catalogue?.events.first)
        #expect(read == event)
        // Every control character is escaped: the file has no raw one but its line breaks.
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A })
    }

    @Test func editingOneEventChangesOnlyItsLines() throws {
        let original = sampleCatalogueBytes
        var edited = try #require(Self.sample.events.first { $0.id == "webinaire-climat-2026-12-08" })
        edited.title = "Webinaire climat (nouvelle date)"
        let bytes = try #require(CatalogueWriter.apply(.init([edited]), to: original))
        let before = String(decoding: original, as: UTF8.self).components(separatedBy: "\n")
        let after = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        let common = zip(before, after).prefix { $0 == $1 }.count
        let commonEnd = zip(before.reversed(), after.reversed()).prefix { $0 == $1 }.count
        // The lines that differ are those of the one event (written anew), the title among them.
        let changed = after[common..<(after.count - commonEnd)]
        #expect(changed.contains { $0.contains("Webinaire climat (nouvelle date)") })
        #expect(changed.count <= CatalogueWriter.eventText(edited).components(separatedBy: "\n").count)
        let events = try #require(CatalogueDecoder.read(bytes).catalogue?.events)
        #expect(events.count == Self.sample.events.count)
        for event in events where event.id != edited.id {
            #expect(event == Self.sample.events.first { $0.id == event.id })
        }
        #expect(events.first { $0.id == edited.id } == edited)
        // Writing the same edit again gives the same bytes.
        #expect(CatalogueWriter.apply(.init([edited]), to: bytes) == bytes)
    }

    @Test func aNewEventGoesAtTheEndAtTheFilesIndentation() throws {
        let original = Array(catalogueJSON(eventJSON()).utf8)
        let added = Event(id: "cafe-2027-02-04", title: "Café de la coopération", kind: .meeting,
                          start: .timed(CalendarDate(year: 2027, month: 2, day: 4)!, TimeOfDay(hour: 9, minute: 30)!, offsetSeconds: 3_600))
        let bytes = try #require(CatalogueWriter.apply(.init([added]), to: original))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(catalogueJSON(eventJSON()).components(separatedBy: "\n").prefix(3).joined(separator: "\n")))
        #expect(text.contains(",\n    {\n      \"id\": \"cafe-2027-02-04\",\n      \"title\": \"Café de la coopération\","))
        #expect(text.contains("\"start\": \"2027-02-04T09:30+01:00\""))
        let events = try #require(CatalogueDecoder.read(bytes).catalogue?.events)
        #expect(events.map(\.id).sorted() == ["cafe-2027-02-04", "evenement-1"])
    }

    @Test func aFileThatIsNotACatalogueIsNotRewritten() {
        #expect(CatalogueWriter.apply(.init([]), to: Array("[1, 2]".utf8)) == nil)
        #expect(CatalogueWriter.apply(.init([]), to: Array("{\"events\": ".utf8)) == nil)
    }

    @Test func aCatalogueWithNoEventIsWrittenAnewWithItsPublisher() throws {
        let original = Array(#"{ "schemaVersion": 1, "publisher": "Réseau", "events": [] }"#.utf8)
        let event = Event(id: "a", title: "A", kind: .other, start: .allDay(CalendarDate(year: 2027, month: 3, day: 1)!))
        let bytes = try #require(CatalogueWriter.apply(.init([event]), to: original))
        let catalogue = try #require(CatalogueDecoder.read(bytes).catalogue)
        #expect(catalogue.publisher == "Réseau")
        #expect(catalogue.events == [event])
    }
}

/// The file: locked, whole, never written over what someone else changed, never written when
/// it does not read.
@Suite struct CatalogueDocumentTests {
    let directory = NSTemporaryDirectory() + "agenda-catalogue-document-" + UUID().uuidString

    func event(_ id: String, _ title: String = "Atelier") -> Event {
        Event(id: id, title: title, kind: .workshop, start: .allDay(CalendarDate(year: 2027, month: 1, day: 20)!))
    }

    @Test func aMissingFileIsCreatedWithTheEvents() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let document = CatalogueDocument(path: directory + "/agenda/catalogue.json")
        let (seen, identity) = try document.update { reading in (.init([event("a")]), reading == nil) }
        #expect(seen)
        #expect(identity == FileIdentity(path: document.path))
        let catalogue = try #require(CatalogueDecoder.read(try CatalogueFile.read(document.path)).catalogue)
        #expect(catalogue.events.map(\.id) == ["a"])
    }

    @Test func aFileChangedSinceItWasReadIsNotWrittenOver() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let document = CatalogueDocument(path: directory + "/catalogue.json")
        let first = try document.update { _ in (.init([event("a")]), ()) }.identity
        _ = try document.update { _ in (.init([event("b")]), ()) }
        let bytes = try CatalogueFile.read(document.path)
        #expect(throws: CatalogueDocument.WriteError.changedOnDisk(path: document.path)) {
            try document.update(expecting: .unchangedSince(first)) { _ in (.init([event("a", "Autre titre")]), ()) }
        }
        #expect(try CatalogueFile.read(document.path) == bytes)
        // Expecting no file when there is one is the same refusal.
        #expect(throws: CatalogueDocument.WriteError.changedOnDisk(path: document.path)) {
            try document.update(expecting: .unchangedSince(nil)) { _ in (.init([event("c")]), ()) }
        }
    }

    @Test func aFileWithErrorsIsLeftAsItIs() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/catalogue.json"
        let broken = Array(catalogueJSON(eventJSON(start: "2026-02-30")).utf8)
        FileManager.default.createFile(atPath: path, contents: Data(broken))
        #expect(throws: CatalogueDocument.WriteError.self) {
            try CatalogueDocument(path: path).update { _ in (.init([event("a")]), ()) }
        }
        #expect(try CatalogueFile.read(path) == broken)
    }

    @Test func anEditTheReaderWouldRefuseIsNotWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let document = CatalogueDocument(path: directory + "/catalogue.json")
        #expect(throws: CatalogueDocument.WriteError.self) {
            try document.update { _ in (.init([event("même"), event("même")]), ()) }
        }
        #expect(FileIdentity(path: document.path) == nil)
    }

    @Test func aSymbolicLinkStaysALink() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/shared", withIntermediateDirectories: true)
        let target = directory + "/shared/catalogue.json"
        FileManager.default.createFile(atPath: target, contents: Data(catalogueJSON(eventJSON()).utf8))
        try FileManager.default.createSymbolicLink(atPath: directory + "/catalogue.json", withDestinationPath: "shared/catalogue.json")
        _ = try CatalogueDocument(path: directory + "/catalogue.json").update { _ in (.init([event("b")]), ()) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/catalogue.json") == "shared/catalogue.json")
        #expect(CatalogueDecoder.read(try CatalogueFile.read(target)).catalogue?.events.count == 2)
    }
}
