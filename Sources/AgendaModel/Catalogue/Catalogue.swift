/// The events a coordinator receives, as read from one catalogue file, in chronological order.
public struct Catalogue: Sendable {
    public static let supportedSchemaVersion = 1

    public var publisher: String?
    /// Sorted with `Event.chronological`.
    public private(set) var events: [Event]
    let index: CatalogueIndex

    public init(publisher: String? = nil, events: [Event]) {
        self.publisher = publisher
        self.events = Catalogue.chronologicallySorted(events)
        self.index = CatalogueIndex(events: self.events)
    }

    /// The position of the event with this id in `events`.
    public func position(ofID id: String) -> Int? { index.positionsByID()[id] }

    /// Builds the search and filter indexes now rather than on first use: call it from another
    /// thread once the first screen is up, so that the first search finds them ready.
    public func prepareIndexes() { index.prepare() }

    /// `events` in `Event.chronological` order. The sort moves small keys and indices; titles
    /// are compared only between events that start at the same instant and share 8 bytes.
    static func chronologicallySorted(_ events: [Event]) -> [Event] {
        let keys = events.map(ChronologicalKey.init)
        let order = events.indices.sorted { a, b in
            let (ka, kb) = (keys[a], keys[b])
            if ka != kb { return ka < kb }
            return Event.chronological(events[a], events[b])
        }
        return order.map { events[$0] }
    }

    public func event(id: String) -> Event? {
        position(ofID: id).map { events[$0] }
    }
}

/// The first criteria of `Event.chronological`, as integers.
private struct ChronologicalKey: Comparable {
    let day: Int
    let timed: Bool
    let instant: Int
    /// The title's first 8 UTF-8 bytes, big-endian, so that integer order is byte order.
    let titlePrefix: UInt64

    init(_ event: Event) {
        day = event.start.date.daysSinceEpoch
        timed = !event.start.isAllDay
        instant = event.start.instant()
        var prefix: UInt64 = 0
        var count = 0
        for byte in event.title.utf8.prefix(8) {
            prefix = prefix << 8 | UInt64(byte)
            count += 1
        }
        titlePrefix = count == 0 ? 0 : prefix << (8 * UInt64(8 - count))
    }

    static func < (a: ChronologicalKey, b: ChronologicalKey) -> Bool {
        if a.day != b.day { return a.day < b.day }
        if a.timed != b.timed { return !a.timed }
        if a.instant != b.instant { return a.instant < b.instant }
        return a.titlePrefix < b.titlePrefix
    }
}
