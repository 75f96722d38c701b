/// What a message to a participant is for; each kind has its template in each language.
public enum MessageKind: String, CaseIterable, Hashable, Sendable {
    /// Approved: the seat is theirs.
    case confirmation
    /// On the waiting list, with their rank.
    case waitlist
    case decline
    /// From the waiting list to approved.
    case promotion
    /// The event is cancelled or postponed: to every inscription not declined.
    case cancellation
    /// An online or hybrid event's connection details: to the approved ones only.
    case connection
    /// A word before the event.
    case reminder

    /// `confirmation.fr`: how a template of this kind in `language` is named, in the user's
    /// templates folder (with `.txt`) and wherever templates are kept by name.
    public func templateName(_ language: Language) -> String { rawValue + "." + language.rawValue }

    /// The kind that fits an inscription's status after a decision, if one does.
    public static func forDecision(from before: RegistrationStatus?, to status: RegistrationStatus) -> MessageKind? {
        switch status {
        case .approved: return before == .waitlisted ? .promotion : .confirmation
        case .waitlisted: return .waitlist
        case .declined: return .decline
        case .pending, .cancelled: return nil
        }
    }
}
