/// How participants attend an event as a whole.
public enum LocationMode: String, Hashable, Sendable, CaseIterable {
    case onsite, online, hybrid
}

/// Where an event takes place. Every part is optional: a webinar may have none.
public struct EventLocation: Hashable, Sendable {
    public var mode: LocationMode?
    public var venue: String?
    public var address: String?
    public var city: String?
    public var country: String?

    public init(mode: LocationMode? = nil, venue: String? = nil, address: String? = nil,
                city: String? = nil, country: String? = nil) {
        self.mode = mode
        self.venue = venue
        self.address = address
        self.city = city
        self.country = country
    }
}
