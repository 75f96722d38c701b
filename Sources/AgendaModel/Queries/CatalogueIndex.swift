import Dispatch
import Foundation
import Synchronization

/// What filtering and searching a large catalogue needs, worked out once so that a key press
/// never walks the events themselves: each event's last day, its kind, status, themes and
/// country groups as small codes, and the folded text a search looks through.
///
/// The days are ready with the catalogue; the facets and the search text are built on first
/// use (or ahead, by `prepare()` on another thread), once, whoever asks first.
final class CatalogueIndex: Sendable {
    /// `firstDay` and `lastDay` as days since 1970 of each event, in catalogue order.
    let firstDays: [Int32]
    let lastDays: [Int32]
    private let events: [Event]
    private let facets = Mutex<Facets?>(nil)
    private let searchText = Mutex<SearchText?>(nil)
    private let idPositions = Mutex<[String: Int]?>(nil)
    private let detailsRead = Mutex(false)

    init(events: [Event]) {
        self.events = events
        let days = ParallelChunks.elements(count: events.count) { position in
            (Int32(truncatingIfNeeded: events[position].firstDay.daysSinceEpoch),
             Int32(truncatingIfNeeded: events[position].lastDay.daysSinceEpoch))
        }
        firstDays = days.map(\.0)
        lastDays = days.map(\.1)
    }

    /// Builds what is built on first use.
    func prepare() {
        readAllDetails()
        _ = positionsByID()
        _ = facetsBuilt()
        _ = searchTextBuilt()
    }

    /// Each event's position by id; a repeated id (only in a catalogue built in code: the
    /// reader refuses them) keeps its first position.
    func positionsByID() -> [String: Int] {
        built(idPositions) {
            var built: [String: Int] = [:]
            built.reserveCapacity(events.count)
            // Backwards, so that a repeated id keeps its first position, with one hash each.
            for (position, event) in events.enumerated().reversed() {
                built[event.id] = position
            }
            return built
        }
    }

    /// Reads the fields a skim left in the catalogue's bytes, for every event, on every core
    /// (one by one as each is asked for, it would take one core seconds), sharing repeated
    /// texts. The bytes go with the last event read. Facets and search text need it first.
    func readAllDetails() {
        detailsRead.withLock { done in
            if done { return }
            let events = events
            _ = ParallelChunks.map(count: events.count, chunkSize: 2048) { range in
                let pool = StringPool()
                for position in range { events[position].loadDetails(pool: pool) }
            }
            done = true
        }
    }

    func facetsBuilt() -> Facets {
        readAllDetails()
        return built(facets) { Facets(events) }
    }

    func searchTextBuilt() -> SearchText {
        readAllDetails()
        return built(searchText) { SearchText(events) }
    }

    /// What `cell` holds, built by `build` by whoever asks first while the others wait.
    private func built<Value: Sendable>(_ cell: borrowing Mutex<Value?>, _ build: () -> Value) -> Value {
        cell.withLock { value in
            if let value { return value }
            let built = build()
            value = built
            return built
        }
    }

    /// Every kind, theme and country group, each value once, with the code of each event's.
    struct Facets: Sendable {
        /// Distinct values as first written, and their folded forms.
        let kinds: [String]
        let themes: [String]
        let countryGroups: [String]
        let foldedThemes: [String]
        let foldedCountryGroups: [String]
        let kindOfEvent: [Int32]
        let statusOfEvent: [UInt8]
        /// Codes of each event's themes: `themeCodes[themeStarts[i]..<themeStarts[i + 1]]`.
        let themeCodes: [Int32]
        let themeStarts: [Int32]
        let groupCodes: [Int32]
        let groupStarts: [Int32]

        init(_ events: [Event]) {
            var kindCodes: [String: Int32] = [:]
            var themeCodes: [String: Int32] = [:]
            var groupCodes: [String: Int32] = [:]
            var kinds: [String] = [], themes: [String] = [], groups: [String] = []
            func code(_ value: String, _ codes: inout [String: Int32], _ values: inout [String]) -> Int32 {
                if let code = codes[value] { return code }
                let code = Int32(values.count)
                codes[value] = code
                values.append(value)
                return code
            }
            var kindOfEvent: [Int32] = [], statusOfEvent: [UInt8] = []
            var eventThemes: [Int32] = [], themeStarts: [Int32] = [0], eventGroups: [Int32] = [], groupStarts: [Int32] = [0]
            kindOfEvent.reserveCapacity(events.count)
            statusOfEvent.reserveCapacity(events.count)
            for event in events {
                kindOfEvent.append(code(event.kind.rawValue, &kindCodes, &kinds))
                statusOfEvent.append(UInt8(EventStatus.allCases.firstIndex(of: event.status)!))
                for theme in event.themes { eventThemes.append(code(theme, &themeCodes, &themes)) }
                themeStarts.append(Int32(eventThemes.count))
                for group in event.countryGroups { eventGroups.append(code(group, &groupCodes, &groups)) }
                groupStarts.append(Int32(eventGroups.count))
            }
            self.kinds = kinds
            self.themes = themes
            self.countryGroups = groups
            foldedThemes = themes.map(SearchFolding.fold)
            foldedCountryGroups = groups.map(SearchFolding.fold)
            self.kindOfEvent = kindOfEvent
            self.statusOfEvent = statusOfEvent
            self.themeCodes = eventThemes
            self.themeStarts = themeStarts
            self.groupCodes = eventGroups
            self.groupStarts = groupStarts
        }

        /// The codes whose folded value is one of `wanted` (folded).
        static func codes(of wanted: Set<String>, in folded: [String]) -> Set<Int32> {
            Set(folded.indices.filter { wanted.contains(folded[$0]) }.map { Int32($0) })
        }

        func has(_ event: Int, anyOf codes: Set<Int32>, in all: [Int32], starts: [Int32]) -> Bool {
            all[Int(starts[event])..<Int(starts[event + 1])].contains(where: codes.contains)
        }
    }

    /// Every event's folded search text, end to end in one buffer, folded on every core.
    struct SearchText: Sendable {
        let bytes: [UInt8]
        /// Event `i`'s text is `bytes[starts[i]..<starts[i + 1]]`.
        let starts: [Int]

        init(_ events: [Event]) {
            let chunks = ParallelChunks.map(count: events.count, chunkSize: 1024) { range in
                var bytes: [UInt8] = []
                var ends: [Int] = []
                for event in events[range] {
                    event.appendFoldedSearchText(to: &bytes)
                    ends.append(bytes.count)
                }
                return (bytes: bytes, ends: ends)
            }
            var bytes: [UInt8] = []
            var starts: [Int] = [0]
            starts.reserveCapacity(events.count + 1)
            for part in chunks {
                let base = bytes.count
                bytes.append(contentsOf: part.bytes)
                starts.append(contentsOf: part.ends.map { base + $0 })
            }
            self.bytes = bytes
            self.starts = starts
        }

        /// `memchr` to each candidate first byte, `memcmp` for the rest (memmem is not portable).
        static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let needleStart = needle.baseAddress, let haystackStart = haystack.baseAddress else { return needle.isEmpty }
            guard needle.count <= haystack.count else { return false }
            let first = Int32(needleStart.pointee)
            var position = 0
            let lastStart = haystack.count - needle.count
            while position <= lastStart {
                guard let found = memchr(haystackStart + position, first, lastStart - position + 1) else { return false }
                let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - haystackStart
                if memcmp(haystackStart + offset, needleStart, needle.count) == 0 { return true }
                position = offset + 1
            }
            return false
        }

        /// True when every word appears in event `index`'s text.
        func matches(_ index: Int, words: [[UInt8]]) -> Bool {
            let start = starts[index], end = starts[index + 1]
            return bytes.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress! + start
                return words.allSatisfy { word in
                    word.withUnsafeBufferPointer { needle in
                        SearchText.contains(UnsafeBufferPointer(start: base, count: end - start), needle)
                    }
                }
            }
        }
    }
}
