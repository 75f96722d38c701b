import AgendaModel

/// Who messages come from: `[mail]` of config.toml.
public struct MessageSender: Sendable, Equatable {
    public var from: MailAddress
    public var replyTo: MailAddress?
    public var bccSelf: Bool

    public init(from: MailAddress, replyTo: MailAddress? = nil, bccSelf: Bool = false) {
        self.from = from
        self.replyTo = replyTo
        self.bccSelf = bccSelf
    }
}

/// Why a message is not written for an inscription: the command line and the interface say it.
public enum MessageRefusal: Error, Hashable, Sendable {
    case noEmail
    case undeliverable(String)
    /// The kind does not fit the inscription's status (a confirmation to someone not approved).
    case wrongStatus(RegistrationStatus)
    /// A message of this kind was already sent, or waits in the outbox: `--again` sends another.
    case alreadySent
    case alreadyQueued
    /// The event has no connection details to send.
    case noConnectionDetails
}

/// Writes the message of a kind for one inscription, from its template, in the words of one
/// language: the placeholders filled from the participant, the event and the sender.
public struct MessageComposer: Sendable {
    public let strings: Strings
    public let sender: MessageSender

    public init(strings: Strings, sender: MessageSender) {
        self.strings = strings
        self.sender = sender
    }

    /// Whether `kind` may go to an inscription with `status`.
    public static func fits(_ kind: MessageKind, _ status: RegistrationStatus) -> Bool {
        switch kind {
        case .confirmation, .promotion, .connection, .reminder: return status == .approved
        case .waitlist: return status == .waitlisted
        case .decline: return status == .declined
        case .cancellation: return status != .declined && status != .cancelled
        }
    }

    /// The built-in template of `kind` in this language (tests check that each parses).
    public func builtInTemplate(_ kind: MessageKind) -> MessageTemplate {
        // The tables' texts are checked by the tests: a failure here is a programming error.
        try! MessageTemplate.parse(strings.table.typeset(strings.table.messageTemplate(kind))).get()
    }

    public func compose(_ kind: MessageKind, for registration: Registration, event: Event, registrations: [Registration],
                        template: MessageTemplate? = nil, connection: String? = nil, at moment: Moment,
                        messageID: String) -> Result<MailMessage, MessageRefusal> {
        let participant = registration.participant
        let email = participant.email.trimmedWhitespace
        guard !email.isEmpty else { return .failure(.noEmail) }
        let to = MailAddress(name: participant.fullName, address: email)
        guard to.isDeliverable else { return .failure(.undeliverable(email)) }
        guard Self.fits(kind, registration.status) else { return .failure(.wrongStatus(registration.status)) }
        if kind == .connection, (connection ?? "").trimmedWhitespace.isEmpty { return .failure(.noConnectionDetails) }
        let template = template ?? builtInTemplate(kind)
        let rendered = template.render { value(of: $0, registration: registration, event: event, registrations: registrations,
                                                connection: connection) }
        return .success(MailMessage(
            from: sender.from, to: to, replyTo: sender.replyTo, bcc: sender.bccSelf ? sender.from : nil,
            subject: rendered.subject, body: rendered.body, date: MailMessage.dateHeader(moment), messageID: messageID,
            extraHeaders: [(MailHeaderReader.kindHeader, kind.rawValue), (MailHeaderReader.registrationHeader, registration.id),
                           (MailHeaderReader.eventHeader, event.id)]))
    }

    private func value(of placeholder: MessagePlaceholder, registration: Registration, event: Event, registrations: [Registration],
                       connection: String?) -> String {
        let participant = registration.participant
        let dates = strings.dates
        switch placeholder {
        case .firstName: return participant.firstName.trimmedWhitespace.isEmpty ? participant.fullName : participant.firstName
        case .lastName: return participant.lastName
        case .fullName: return participant.fullName
        case .organisation: return participant.organisation
        case .eventTitle: return event.title
        case .eventDate:
            return event.isMultiDay ? strings.table.range(from: dates.fullDate(event.firstDay), to: dates.fullDate(event.lastDay))
                : dates.fullDate(event.firstDay)
        case .eventTime:
            var time = dates.timeRange(event) ?? strings.allDay
            if let offset = dates.offset(event.start) { time += " (\(offset))" }
            return time
        case .place:
            if event.location?.mode == .online { return strings.table.messageOnline }
            let location = event.location
            let parts = [location?.venue, location?.address, location?.city, location?.country].compactMap { $0 }.filter { !$0.isEmpty }
            return parts.isEmpty ? strings.table.messageOnline : parts.joined(separator: ", ")
        case .deadline:
            return event.registration?.deadline.map(strings.moment) ?? strings.table.messageNoDeadline
        case .rank:
            let waiting = registrations.filter { $0.eventId == event.id && $0.status == .waitlisted }.sorted(by: Triage.oldestFirst)
            return String((waiting.firstIndex { $0.id == registration.id } ?? waiting.count) + 1)
        case .connection: return connection ?? ""
        case .contact:
            if let contact = event.contacts.first(where: { !($0.email ?? "").isEmpty }) {
                return [contact.name, contact.email.map { "<\($0)>" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            }
            return sender.from.name.isEmpty ? sender.from.address : "\(sender.from.name) <\(sender.from.address)>"
        case .signature: return sender.from.name.isEmpty ? sender.from.address : sender.from.name
        }
    }
}
