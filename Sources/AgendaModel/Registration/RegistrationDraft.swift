/// A form begun and not yet submitted: what was typed, kept so that nothing is lost.
public struct RegistrationDraft: Codable, Hashable, Sendable {
    public var participant: Participant
    public var mode: AttendanceMode?
    public var answers: [String: Answer]
    public var consent: Bool
    public var savedAt: String

    public init(participant: Participant = Participant(), mode: AttendanceMode? = nil, answers: [String: Answer] = [:],
                consent: Bool = false, savedAt: String = "") {
        self.participant = participant
        self.mode = mode
        self.answers = answers
        self.consent = consent
        self.savedAt = savedAt
    }
}
