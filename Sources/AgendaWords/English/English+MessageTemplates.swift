import AgendaModel

extension EnglishTable {
    /// The texts of the messages to participants, as a coordinator would sign them.
    public func messageTemplate(_ kind: MessageKind) -> String {
        switch kind {
        case .confirmation:
            return """
            Subject: Registration confirmed: {event}

            Dear {first-name},

            We are pleased to confirm your registration for "{event}".

            Date: {date}
            Time: {time}
            Place: {place}

            Should you be unable to attend after all, please let us know by replying to this message, so that your seat can be offered to someone else.

            For any question: {contact}.

            Kind regards,
            {signature}
            """
        case .waitlist:
            return """
            Subject: Waiting list: {event}

            Dear {first-name},

            Thank you for registering for "{event}" ({date}). The event is full: you are on the waiting list, in position {rank}.

            We will write to you as soon as a seat becomes free. If you are no longer interested, simply reply to this message.

            Kind regards,
            {signature}
            """
        case .decline:
            return """
            Subject: Your registration for {event}

            Dear {first-name},

            Thank you for your interest in "{event}" ({date}). Unfortunately we are unable to accept your registration for this event.

            We hope to see you at another event of the network. For any question: {contact}.

            Kind regards,
            {signature}
            """
        case .promotion:
            return """
            Subject: A seat is now free: {event}

            Dear {first-name},

            Good news: a seat has become free for "{event}", and your registration is now confirmed.

            Date: {date}
            Time: {time}
            Place: {place}

            If you are no longer available, please let us know as soon as possible by replying to this message.

            Kind regards,
            {signature}
            """
        case .cancellation:
            return """
            Subject: Cancelled: {event}

            Dear {first-name},

            We regret to inform you that "{event}", planned for {date}, will not take place on that date. Your registration commits you to nothing.

            We will let you know of any new date. For any question: {contact}.

            With our apologies,
            {signature}
            """
        case .connection:
            return """
            Subject: Connection details: {event}

            Dear {first-name},

            Here is how to join "{event}", on {date}, {time}:

            {connection}

            Please do not forward these details: they are for registered participants only.

            See you soon,
            {signature}
            """
        case .reminder:
            return """
            Subject: Reminder: {event}, {date}

            Dear {first-name},

            This is a reminder of your participation in "{event}".

            Date: {date}
            Time: {time}
            Place: {place}

            Should anything prevent you from coming, please let us know by replying to this message.

            See you soon,
            {signature}
            """
        }
    }

    public func messageKindName(_ kind: MessageKind) -> String {
        switch kind {
        case .confirmation: return "confirmation"
        case .waitlist: return "waiting list"
        case .decline: return "decline"
        case .promotion: return "seat freed"
        case .cancellation: return "cancellation"
        case .connection: return "connection"
        case .reminder: return "reminder"
        }
    }

    public func messageRefusal(_ refusal: MessageRefusal) -> String {
        switch refusal {
        case .noEmail: return "no e-mail address"
        case .undeliverable(let email): return "\"\(email)\" is not a valid e-mail address"
        case .wrongStatus(let status): return "their status is \(registrationStatus(status))"
        case .alreadySent: return "already sent (--again sends it once more)"
        case .alreadyQueued: return "already waiting in the outbox"
        case .noConnectionDetails: return "the event has no connection details in the catalogue"
        }
    }

    public func templateProblem(_ reason: MessageTemplate.Problem.Reason) -> String {
        switch reason {
        case .missingSubject: return "the first line must be \"Subject:\" and the subject"
        case .missingBlankLine: return "a blank line must separate the subject from the text"
        case .unknownPlaceholder(let name):
            return "unknown field {\(name)} (known: \(MessagePlaceholder.allCases.map { "{" + $0.rawValue + "}" }.joined(separator: ", ")))"
        case .unclosedBrace: return "a brace { is not closed ({{ writes a brace)"
        case .emptyBody: return "the message has no text"
        }
    }

    public var messageOnline: String { "online" }
    public var messageNoDeadline: String { "no deadline" }
}
