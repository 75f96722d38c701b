/// Whether a new registration can be made for an event now, and if not, why.
public enum RegistrationAvailability: Sendable, Equatable {
    /// The event takes no registrations.
    case notOffered
    case cancelled
    /// Postponed events take no new registrations until they have a new date.
    case postponed
    case notYetOpen(opens: EventTime)
    /// `closesInDays`: whole days from today to the deadline's day (0: closes today); nil when
    /// there is no deadline. `seatsLeft`: nil when there is no capacity.
    case open(closesInDays: Int?, seatsLeft: Int?)
    /// Every seat taken; with a waiting list a new registration is waitlisted, else refused.
    case full(waitlist: Bool)
    /// The deadline has passed (nil: the event is over and had no deadline).
    case closed(deadline: EventTime?)

    /// True when a registration may still be submitted (as pending or waitlisted).
    public var acceptsRegistrations: Bool {
        switch self {
        case .open: return true
        case .full(let waitlist): return waitlist
        default: return false
        }
    }
}

extension Event {
    /// The offset a bare date of this event is read in: the start's, when it has one.
    public func offsetForDates(default fallback: Int) -> Int {
        if case .timed(_, _, let offset) = start { return offset }
        return fallback
    }

    /// The availability of registration at `now`, given how many registrations are approved.
    public func registrationAvailability(at now: Moment, approved: Int) -> RegistrationAvailability {
        guard let rules = registration else { return .notOffered }
        switch status {
        case .cancelled: return .cancelled
        case .postponed: return .postponed
        case .scheduled: break
        }
        let offset = offsetForDates(default: now.utcOffset)
        if let opens = rules.opens, now.instant < opens.instant(offsetForAllDay: offset) {
            return .notYetOpen(opens: opens)
        }
        if let deadline = rules.deadline {
            if now.instant >= Self.endInstant(of: deadline, offset: offset) { return .closed(deadline: deadline) }
        } else if lastDay < now.today {
            return .closed(deadline: nil)
        }
        if let capacity = rules.capacity, approved >= capacity {
            return .full(waitlist: rules.waitlist)
        }
        return .open(closesInDays: rules.deadline.map { now.today.days(until: $0.date) },
                     seatsLeft: rules.capacity.map { max(0, $0 - approved) })
    }

    /// A deadline date means the end of that day; a date-time is that instant.
    static func endInstant(of deadline: EventTime, offset: Int) -> Int {
        switch deadline {
        case .allDay(let date): return date.adding(days: 1).daysSinceEpoch * 86_400 - offset
        case .timed: return deadline.instant()
        }
    }
}
