/// One inscription of one participant to one event, with every status change it went through.
public struct Registration: Codable, Hashable, Sendable, Identifiable {
    public enum Source: String, Codable, Hashable, Sendable {
        /// Filled in the program.
        case form
        case `import`
        /// Imported from a message in the coordinator's mailbox.
        case email
    }

    /// One status change: `from` is nil for the first.
    public struct HistoryEntry: Codable, Hashable, Sendable {
        public var at: String
        public var from: RegistrationStatus?
        public var to: RegistrationStatus
        public var note: String?
        /// True for the entry of an undo, which gives back the status an earlier entry changed
        /// (that entry stays: the history is only ever appended to).
        public var undo: Bool?
        /// Set on the first entry of a registration the coordinator recorded against the
        /// event's rules (after the deadline, before the opening, when full): what was overridden.
        public var override: RegistrationOverride?
        /// Set on the entry of a correction of the participant's details (the status stays):
        /// the fields corrected, by name (`email`, `answer.projet`), never their values.
        public var corrected: [String]?
        /// Set on the entry of a message handed to the mail system (the status stays): its kind
        /// and Message-ID, so that the same message is not sent twice by mistake.
        public var message: SentMessage?

        public init(at: String, from: RegistrationStatus?, to: RegistrationStatus, note: String? = nil, undo: Bool? = nil,
                    override: RegistrationOverride? = nil, corrected: [String]? = nil, message: SentMessage? = nil) {
            self.corrected = corrected
            self.message = message
            self.at = at
            self.from = from
            self.to = to
            self.note = note
            self.undo = undo
            self.override = override
        }

        // `from: null` is written out, as docs/registrations.md shows it.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(at, forKey: .at)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encodeIfPresent(undo, forKey: .undo)
            try container.encodeIfPresent(override, forKey: .override)
            try container.encodeIfPresent(corrected, forKey: .corrected)
            try container.encodeIfPresent(message, forKey: .message)
        }
    }

    public var id: String
    public var eventId: String
    public var status: RegistrationStatus
    /// Date-times with their offset, as written (`2026-11-23T10:15:00+01:00`).
    public var createdAt: String
    public var updatedAt: String
    public var source: Source
    public var participant: Participant
    public var mode: AttendanceMode?
    public var answers: [String: Answer]
    public var consent: Bool
    public var note: String
    public var history: [HistoryEntry]
    /// The `Message-ID` of the e-mail an inscription came from (`<…@…>`), or `digest:` and a
    /// digest of its Date, From and Subject when it had none: importing it again skips it.
    public var emailMessageId: String?

    public init(id: String, eventId: String, status: RegistrationStatus, createdAt: String, updatedAt: String,
                source: Source, participant: Participant, mode: AttendanceMode? = nil, answers: [String: Answer] = [:],
                consent: Bool, note: String = "", history: [HistoryEntry], emailMessageId: String? = nil) {
        self.emailMessageId = emailMessageId
        self.id = id
        self.eventId = eventId
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.source = source
        self.participant = participant
        self.mode = mode
        self.answers = answers
        self.consent = consent
        self.note = note
        self.history = history
    }
}

extension AttendanceMode: Codable {}

/// A rule of the event a coordinator set aside to record a registration, as its history says.
public enum RegistrationOverride: String, Codable, Hashable, Sendable {
    case beforeOpening, afterDeadline, whenFull
}

/// A message sent to the participant, as the history keeps it.
public struct SentMessage: Codable, Hashable, Sendable {
    public var kind: MessageKind
    /// `<…@…>`, as the message's header has it.
    public var id: String

    public init(kind: MessageKind, id: String) {
        self.kind = kind
        self.id = id
    }
}

extension MessageKind: Codable {}

extension Registration {
    /// The participant's required fields still empty in an inscription that came by e-mail (a
    /// message rarely says the organisation): what the triage list marks "to complete". A
    /// registration from a form or a file always has them all.
    public var fieldsToComplete: [FormField] {
        guard source == .email else { return [] }
        let values: [(FormField, String)] = [(.firstName, participant.firstName), (.lastName, participant.lastName),
                                                     (.organisation, participant.organisation)]
        return values.filter { $0.1.trimmedWhitespace.isEmpty }.map(\.0)
    }
}
