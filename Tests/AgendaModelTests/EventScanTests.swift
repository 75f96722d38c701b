@testable import AgendaModel
import CatalogueGenerator
import Foundation
import Testing

/// `EventScan` guesses where the events start so that every core reads its own part; a wrong
/// guess must only cost time. Regions of a few kilobytes make hundreds of guesses in a small
/// catalogue, in every layout a catalogue comes in, with look-alikes inside strings and nested
/// arrays of objects to fool them; the elements found must always be those a reading from the
/// start finds.
@Suite("Events found and skimmed on every core", .tags(.slow))
struct EventScanTests {
    static let generated = CatalogueGenerator(eventCount: 400).bytes()

    /// The generated catalogue (one event per line), on one line, pretty-printed, and on one
    /// line with `},{` and `,{` inside texts.
    static let layouts: [(name: String, bytes: [UInt8])] = {
        let oneLine = String(decoding: generated, as: UTF8.self)
            .replacingOccurrences(of: ",\n{", with: ",{").replacingOccurrences(of: "[\n{", with: "[{")
        let object = try! JSONSerialization.jsonObject(with: Data(generated))
        let pretty = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        let decoys = oneLine.replacingOccurrences(of: #""summary":""#, with: #""summary":"},{\"id\":\"decoy\"},{ ,{"#)
        return [("one event per line", generated), ("one line", Array(oneLine.utf8)),
                ("pretty-printed", Array(pretty)), ("one line with look-alikes in texts", Array(decoys.utf8))]
    }()

    @Test("the elements found from guessed starts are those found from the start", arguments: [512, 3_000, 40_000])
    func sameElements(regionBytes: Int) throws {
        for (name, bytes) in Self.layouts {
            let expected = try #require(try JSONParser.parse(bytes, deferringElementsOf: "events").deferred)
            let open = try #require(Self.eventsArray(in: bytes))
            let scan = try #require(EventScan.scan(CatalogueText(bytes), arrayAt: open, regions: 400,
                                                   smallestRegion: regionBytes, progress: nil), "\(name)")
            // Compared as a Bool: on failure, 400 ranges twice say less than the first difference.
            let found = scan.elements.map(\.range)
            let firstDifference = zip(found, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(found.count, expected.count)
            #expect(found == expected ? true : false, "\(name), regions of \(regionBytes) bytes: \(found.count) found, \(expected.count) expected, first difference at \(firstDifference)")
            #expect(scan.elements.allSatisfy { $0.event != nil }, "\(name): every event skimmed")
            #expect(bytes[scan.end - 1] == UInt8(ascii: "]"), "\(name)")
        }
    }

    @Test("a catalogue read in small regions is the one read the plain way", arguments: [512, 5_000])
    func sameCatalogue(regionBytes: Int) throws {
        for (name, bytes) in Self.layouts {
            let fast = CatalogueDecoder.read(bytes, fastPath: true, smallestRegion: regionBytes)
            let plain = CatalogueDecoder.read(bytes, fastPath: false)
            #expect(fast.problems.isEmpty && plain.problems.isEmpty, "\(name)")
            let fastEvents = try #require(fast.catalogue?.events), plainEvents = try #require(plain.catalogue?.events)
            #expect(fastEvents.count == 400)
            #expect(fastEvents == plainEvents ? true : false, "\(name)")
        }
    }

    @Test("faults far into a catalogue read in small regions are reported as the plain way does")
    func faultsInRegions() {
        let text = String(decoding: Self.generated, as: UTF8.self)
        let faults: [(String, String)] = [
            ("a repeated id", text.replacingOccurrences(of: #""id":"meeting-lyon-agglomeration-1""#, with: #""id":"webinar-nimes-et-communes-voisines-0""#)),
            ("an event without title", text.replacingOccurrences(of: #""title":"Atelier Énergie — Annecy et Saint-Louis","#, with: "")),
            ("a broken event at the end", String(text.dropLast(4)) + ",{\"id\": tru}]}"),
            ("an unclosed string", String(text.dropLast(40))),
            ("a number among the events", text.replacingOccurrences(of: "},\n{\"id\":\"workshop-annecy-2\"", with: "},\n12,\n{\"id\":\"workshop-annecy-2\"")),
            ("members after the events", String(text.dropLast(2)) + ", \"publisher\": \"x,{\\\"id\\\":1}\", \"zzz\": [{\"a\":1},{\"b\":[]}]}"),
        ]
        for (name, faulty) in faults {
            let bytes = Array(faulty.utf8)
            #expect(bytes != Self.generated, "\(name): the fault is made")
            let fast = CatalogueDecoder.read(bytes, fastPath: true, smallestRegion: 700)
            let plain = CatalogueDecoder.read(bytes, fastPath: false)
            #expect(fast.problems == plain.problems, "\(name)")
            #expect(fast.catalogue?.events == plain.catalogue?.events ? true : false, "\(name)")
        }
    }

    @Test("an empty events array, and one of one event")
    func shortArrays() throws {
        for document in [#"{"schemaVersion":1,"events":[ ]}"#, #"{"schemaVersion":1,"events":[{"id":"a","title":"T","kind":"k","start":"2026-01-02"}]}"#] {
            let reading = CatalogueDecoder.read(Array(document.utf8), fastPath: true, smallestRegion: 1)
            #expect(reading.problems.isEmpty)
            #expect(reading.catalogue?.events.count == (document.contains("\"a\"") ? 1 : 0))
        }
    }

    private static func eventsArray(in bytes: [UInt8]) -> Int? {
        let key = Array(#""events""#.utf8)
        guard let keyStart = (0...(bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) }) else {
            return nil
        }
        return bytes[(keyStart + key.count)...].firstIndex(of: UInt8(ascii: "["))
    }
}
