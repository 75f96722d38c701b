/// How many registrations an event has in each status.
public struct RegistrationCounts: Hashable, Sendable {
    public var pending = 0
    public var approved = 0
    public var waitlisted = 0
    public var declined = 0
    public var cancelled = 0

    public init() {}

    public init(eventID: String, registrations: [Registration]) {
        for registration in registrations where registration.eventId == eventID {
            add(registration.status)
        }
    }

    public mutating func add(_ status: RegistrationStatus) {
        switch status {
        case .pending: pending += 1
        case .approved: approved += 1
        case .waitlisted: waitlisted += 1
        case .declined: declined += 1
        case .cancelled: cancelled += 1
        }
    }

    public var total: Int { pending + approved + waitlisted + declined + cancelled }
}
