/// The events a coordinator receives, as read from one catalogue file, in chronological order.
public struct Catalogue: Sendable {
    public static let supportedSchemaVersion = 1

    public var publisher: String?
    /// Sorted with `Event.chronological`.
    public private(set) var events: [Event]
    private var indexByID: [String: Int]

    public init(publisher: String? = nil, events: [Event]) {
        self.publisher = publisher
        self.events = events.sorted(by: Event.chronological)
        var index: [String: Int] = [:]
        for (position, event) in self.events.enumerated() where index[event.id] == nil {
            index[event.id] = position
        }
        self.indexByID = index
    }

    public func event(id: String) -> Event? {
        indexByID[id].map { events[$0] }
    }
}
