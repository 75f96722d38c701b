/// Where an inscription stands in the coordinators' decision.
public enum RegistrationStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case pending, approved, waitlisted, declined, cancelled
}
