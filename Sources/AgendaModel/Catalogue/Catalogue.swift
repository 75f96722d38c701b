/// The events a coordinator receives, as read from one catalogue file, in chronological order.
public struct Catalogue: Sendable {
    public static let supportedSchemaVersion = 1

    public var publisher: String?
    /// Sorted with `Event.chronological`.
    public private(set) var events: [Event]
    let index: CatalogueIndex

    public init(publisher: String? = nil, events: [Event]) {
        self.publisher = publisher
        var events = events
        Catalogue.sortChronologically(&events)
        self.events = events
        self.index = CatalogueIndex(events: self.events)
    }

    /// The catalogue with `event` in place of the one with its id, or added.
    public func replacing(_ event: Event) -> Catalogue {
        var events = self.events
        if let position = position(ofID: event.id) { events[position] = event } else { events.append(event) }
        return Catalogue(publisher: publisher, events: events)
    }

    /// The catalogue without the event with this id.
    public func removing(id: String) -> Catalogue {
        Catalogue(publisher: publisher, events: events.filter { $0.id != id })
    }

    /// The position of the event with this id in `events`.
    public func position(ofID id: String) -> Int? { index.positionsByID()[id] }

    /// Builds the search and filter indexes now rather than on first use: call it from another
    /// thread once the first screen is up, so that the first search finds them ready.
    public func prepareIndexes() { index.prepare() }

    /// `events` in `Event.chronological` order. The sort moves three integers and an index per
    /// event; titles are compared only between events that start at the same instant and share
    /// their first 16 bytes.
    static func sortChronologically(_ events: inout [Event]) {
        var keys = chronologicalKeys(events)
        keys.sort()
        var runStart = 0
        while runStart < keys.count {
            var runEnd = runStart + 1
            while runEnd < keys.count, keys[runEnd].sameOrder(as: keys[runStart]) { runEnd += 1 }
            if runEnd - runStart > 1 {
                keys[runStart..<runEnd].sort { Event.chronological(events[Int($0.position)], events[Int($1.position)]) }
            }
            runStart = runEnd
        }
        // In place, by swaps: a new array would retain every event, and letting the old one go
        // release each, some 20 ms at 100 000 as each event's count is far apart in memory.
        var placed = [Bool](repeating: false, count: keys.count)
        events.withUnsafeMutableBufferPointer { events in
            for cycleStart in keys.indices where !placed[cycleStart] {
                var position = cycleStart
                while true {
                    placed[position] = true
                    let source = Int(keys[position].position)
                    if source == cycleStart { break }
                    events.swapAt(position, source)
                    position = source
                }
            }
        }
    }

    private static func chronologicalKeys(_ events: [Event]) -> [ChronologicalKey] {
        ParallelChunks.elements(count: events.count) { ChronologicalKey(events[$0], position: $0) }
    }

    public func event(id: String) -> Event? {
        position(ofID: id).map { events[$0] }
    }
}

/// The first criteria of `Event.chronological` packed in three integers: the start day, whether
/// timed, the instant's distance from that day's midnight, and the title's first 16 bytes.
private struct ChronologicalKey: Comparable {
    let day: UInt64
    let title: (UInt64, UInt64)
    let position: Int32

    init(_ event: Event, position: Int) {
        let start = event.start
        let days = start.date.daysSinceEpoch
        // An offset is under a day, so the instant is within two days of midnight.
        // (Clamped for one built in code with a wilder offset: `Event.chronological` then decides.)
        let sinceMidnight = min(max(start.instant() - days * 86_400, -(1 << 30) + 1), (1 << 30) - 1)
        day = UInt64(days + (1 << 31)) << 32 | (start.isAllDay ? 0 : 1 << 31) | UInt64(sinceMidnight + (1 << 30))
        // Big-endian words, zero-padded, so that integer order is byte order.
        var words: (UInt64, UInt64) = (0, 0)
        var count = 0
        for byte in event.title.utf8.prefix(16) {
            if count < 8 { words.0 |= UInt64(byte) << (8 * UInt64(7 - count)) } else { words.1 |= UInt64(byte) << (8 * UInt64(15 - count)) }
            count += 1
        }
        title = words
        self.position = Int32(truncatingIfNeeded: position)
    }

    func sameOrder(as other: ChronologicalKey) -> Bool { day == other.day && title == other.title }

    static func < (a: ChronologicalKey, b: ChronologicalKey) -> Bool {
        if a.day != b.day { return a.day < b.day }
        if a.title.0 != b.title.0 { return a.title.0 < b.title.0 }
        return a.title.1 < b.title.1
    }

    static func == (a: ChronologicalKey, b: ChronologicalKey) -> Bool { a.sameOrder(as: b) }
}
