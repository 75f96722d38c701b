/// How a participant attends: in the room or from a distance.
public enum AttendanceMode: String, Hashable, Sendable, CaseIterable {
    case onsite, online
}

/// The registration terms an event sets: when the form opens and closes, how many seats, and
/// what it asks.
public struct RegistrationRules: Hashable, Sendable {
    public var opens: EventTime?
    /// A date means the end of that day in the event's offset.
    public var deadline: EventTime?
    /// Seats; approved registrations count against it. Nil: no limit.
    public var capacity: Int?
    /// When full, new registrations go to the waiting list (the default) or are refused.
    public var waitlist: Bool
    public var modes: [AttendanceMode]
    public var questions: [RegistrationQuestion]

    public init(opens: EventTime? = nil, deadline: EventTime? = nil, capacity: Int? = nil, waitlist: Bool = true,
                modes: [AttendanceMode] = [], questions: [RegistrationQuestion] = []) {
        self.opens = opens
        self.deadline = deadline
        self.capacity = capacity
        self.waitlist = waitlist
        self.modes = modes
        self.questions = questions
    }
}
