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

extension RegistrationDraft {
    /// An answer typed as text (on the command line), as the form would hold it for `question`:
    /// a yes/no read from `oui`/`yes`/`true`…, a choice, choices separated by `|`, or the text.
    public static func answer(typed text: String, for question: RegistrationQuestion) -> Answer {
        let trimmed = text.trimmedWhitespace
        switch question.kind {
        case .boolean: return ImportValue.flag(trimmed).map(Answer.flag) ?? .text(trimmed)
        case .choice: return .choices([trimmed])
        case .multi: return .choices(trimmed.split(separator: "|").map { $0.trimmedWhitespace }.filter { !$0.isEmpty })
        case .text, .number: return .text(trimmed)
        }
    }

    /// `onsite`/`online`, or the French words a coordinator types (`présentiel`, `en ligne`…).
    public static func mode(typed text: String) -> AttendanceMode? { ImportValue.mode(text) }
}

extension RegistrationDraft {
    /// The form's content for correcting `registration`: its details, mode and answers as the
    /// form holds them (numbers as text, a choice as a one-option set).
    public init(correcting registration: Registration, event: Event) {
        var answers: [String: Answer] = [:]
        let questions = event.registration?.questions ?? []
        for (id, answer) in registration.answers {
            let kind = questions.first { $0.id == id }?.kind
            switch (kind, answer) {
            case (.number?, .number(let value)):
                answers[id] = .text(value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value))
            case (.choice?, .text(let text)): answers[id] = .choices([text])
            default: answers[id] = answer
            }
        }
        self.init(participant: registration.participant, mode: registration.mode, answers: answers, consent: registration.consent)
    }
}
