@testable import AgendaModel
import CatalogueGenerator
import Foundation
import Testing

/// The pieces the fast reading of a catalogue is made of, each against the slower thing it
/// stands for.
@Suite("Pieces of the fast catalogue reading", .tags(.slow))
struct LoadingPiecesTests {
    @Test("UTF-8 is judged as String(validating:) judges it, on edge cases and 30 000 random byte strings")
    func utf8Validation() {
        let cases: [[UInt8]] = [
            [], Array("é Ա 日本 🎉".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82],
            [0x80], [0xBF], [0xFE], [0xFF], Array("abcdefgh".utf8) + [0xC3], Array("abcdefgh".utf8) + [0xC3, 0xA9],
        ]
        var random = SplitMix64(seed: 0x0007_F800)
        var all = cases
        for _ in 0..<30_000 {
            let length = random.below(24)
            // Mostly ASCII with lead and continuation bytes, as texts are; some all random.
            let pool: [UInt8] = [0x41, 0x20, 0x7A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
            let fullyRandom = random.below(4) == 0
            all.append((0..<length).map { _ in fullyRandom ? UInt8(random.below(256)) : pool[random.below(pool.count)] })
        }
        for bytes in all {
            let judged = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
            #expect(judged == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test("a repeated id is found, with the offset of its first event, even when every hash is the same")
    func identifierTable() {
        for forcedHash in [nil, UInt64(42)] {
            var table = IdentifierTable(capacity: 4)
            for index in 0..<1_000 {
                #expect(table.insert("event-\(index)", hash: forcedHash, offset: index * 10) == nil)
            }
            #expect(table.insert("event-17", hash: forcedHash, offset: 99_999) == 170)
            #expect(table.insert("event-999", hash: forcedHash, offset: 99_999) == 9_990)
            #expect(table.insert("event-1000", hash: forcedHash, offset: 5) == nil)
        }
    }

    @Test("the catalogue's order is Event.chronological's, for events alike in day, time and first bytes of title")
    func chronologicalOrder() {
        var random = SplitMix64(seed: 0x0C_A7A1)
        let titles = ["Atelier", "Atelier climat", "Atelier climat et eau", "Atelier climat et énergie", "Atelier climat et Eau",
                      "", "Z", "Webinaire Éducation — Nîmes", "Webinaire Éducation — Lyon", "日本の自治体"]
        let offsets = [0, 3_600, -3_600, 18 * 3_600, -18 * 3_600, 5 * 86_400]
        var events: [Event] = []
        for index in 0..<4_000 {
            let date = CalendarDate(year: 2026, month: 11, day: 20 + random.below(3))!
            let start: EventTime = random.below(4) == 0
                ? .allDay(date)
                : .timed(date, TimeOfDay(hour: random.below(2) * 9, minute: 0, second: 0)!, offsetSeconds: offsets[random.below(offsets.count)])
            events.append(Event(id: "e\(random.below(100_000))-\(index)", title: titles[random.below(titles.count)], kind: EventKind(rawValue: "workshop"), start: start))
        }
        let expected = events.sorted(by: Event.chronological).map(\.id)
        #expect(Catalogue(events: events).events.map(\.id) == expected)
    }

    @Test("a large file is read by parts, whole and in order")
    func parallelFileRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-read-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var random = SplitMix64(seed: 9)
        let bytes = (0..<(9 << 20) + 123).map { _ in UInt8(random.below(256)) }
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let read = try CatalogueFile.read(path)
        #expect(read.count == bytes.count)
        #expect(read.elementsEqual(bytes), "the same bytes")
    }

    @Test("values worked out on every core are in place")
    func parallelElements() {
        #expect(ParallelChunks.elements(count: 50_000, chunkSize: 1_000) { $0 * 3 } == (0..<50_000).map { $0 * 3 })
        #expect(ParallelChunks.elements(count: 5) { $0 } == [0, 1, 2, 3, 4])
        #expect(ParallelChunks.elements(count: 0) { $0 }.isEmpty)
    }
}
