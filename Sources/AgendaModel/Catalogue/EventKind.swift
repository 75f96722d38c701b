/// What sort of gathering an event is. Kinds the program does not know are kept as written,
/// so that a newer catalogue still shows them.
public enum EventKind: Hashable, Sendable {
    case workshop, webinar, conference, meeting, countryDay, training, other
    case unknown(String)

    public static let known: [EventKind] = [.workshop, .webinar, .conference, .meeting, .countryDay, .training, .other]

    public init(rawValue: String) {
        self = EventKind.known.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// The catalogue's spelling.
    public var rawValue: String {
        switch self {
        case .workshop: return "workshop"
        case .webinar: return "webinar"
        case .conference: return "conference"
        case .meeting: return "meeting"
        case .countryDay: return "country-day"
        case .training: return "training"
        case .other: return "other"
        case .unknown(let raw): return raw
        }
    }
}
