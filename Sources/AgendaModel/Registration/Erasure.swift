/// What the store keeps of a registration erased at the person's request: nothing personal,
/// only that an inscription of this event, with this status, was erased then; so that the
/// event's figures still add up and the erasure itself can be shown.
public struct Erasure: Codable, Hashable, Sendable {
    public var eventId: String
    public var at: String
    public var status: RegistrationStatus

    public init(eventId: String, at: String, status: RegistrationStatus) {
        self.eventId = eventId
        self.at = at
        self.status = status
    }
}
