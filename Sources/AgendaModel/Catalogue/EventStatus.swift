/// Whether an event takes place as announced.
public enum EventStatus: String, Hashable, Sendable, CaseIterable {
    case scheduled, cancelled, postponed
}
