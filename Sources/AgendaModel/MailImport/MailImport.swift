/// Adding inscriptions from the messages in a coordinator's mailbox: `read` turns each message
/// into what its inscription needs (or why it brings none) as the mailbox streams by, then
/// `plan` decides, against the store as it is, what is added to the event.
public enum MailImport {
    /// What one message brings. `coordinator` is the address of `[mail] from`, when set: the
    /// coordinator's own messages are not inscriptions.
    public static func read(_ raw: RawMailMessage, coordinator: String?) -> MailReadOutcome {
        guard let mail = MailMessageParser.parse(raw.bytes) else { return .skipped(raw.position, .unreadable) }
        let headers = mail.headers
        guard let sender = headers["from"].flatMap(MailAddress.init(headerField:)) else {
            return .skipped(raw.position, .noSender)
        }
        let subject = MailPhrase.words(headers.text("subject") ?? "").joined()
        if isDeliveryFailure(mail, sender: sender, subject: subject) { return .skipped(raw.position, .deliveryFailure) }
        if isAutoReply(headers, subject: subject) { return .skipped(raw.position, .autoReply) }
        if let coordinator, RegistrationDesk.normalisedEmail(coordinator) == RegistrationDesk.normalisedEmail(sender.address) {
            return .skipped(raw.position, .fromCoordinator)
        }
        let body = MailBodyText(mail)
        return .inscription(MailInscription(
            position: raw.position, key: key(headers), email: sender.address,
            name: SenderName(displayName: sender.name, address: sender.address),
            organisation: OrganisationGuess.organisation(in: body.signature) ?? "",
            createdAt: headers["date"].flatMap(MailDate.moment)?.timestamp,
            text: body.text, attachments: body.attachments))
    }

    /// Every message of the mailbox at `path`, read. The mailbox streams by in batches of a few
    /// MiB, each batch read on every core: memory holds one batch and what each message brings,
    /// whatever the mailbox's size.
    public static func read(mailbox path: String, format: MailboxFormat, file: String,
                            coordinator: String?) throws(MailboxError) -> [MailReadOutcome] {
        var outcomes: [MailReadOutcome] = []
        var batch: [RawMailMessage] = []
        var batchBytes = 0
        func readBatch() {
            let messages = batch
            outcomes += ParallelChunks.map(count: messages.count, chunkSize: 32) { range in
                messages[range].map { read($0, coordinator: coordinator) }
            }.joined()
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        try MailboxReader.forEachMessage(in: path, format: format, file: file) { raw in
            batch.append(raw)
            batchBytes += raw.bytes.count
            if batchBytes >= 8 << 20 || batch.count >= 1024 { readBatch() }
        }
        readBatch()
        return outcomes
    }

    /// What importing `inscriptions` (as `read` gave them, in mailbox order) into `event` would
    /// do to a store holding `existing`. Each becomes a pending registration with source
    /// `email`, unless its message was imported before or its sender is already registered.
    /// `note` words the note from the message's text and its attachments' names.
    public static func plan(_ outcomes: [MailReadOutcome], event: Event, existing: [Registration], now: Moment,
                            makeID: () -> String, note: (String, [String]) -> String) -> MailImportPlan {
        var plan = MailImportPlan()
        var keys = Set(existing.compactMap(\.emailMessageId))
        var senders: [String: MailDuplicate] = [:]
        for registration in existing where registration.eventId == event.id {
            let email = RegistrationDesk.normalisedEmail(registration.participant.email)
            if senders[email] == nil { senders[email] = .stored(registration) }
        }
        let stamp = now.timestamp
        let modes = event.registration?.modes ?? []
        for outcome in outcomes {
            let inscription: MailInscription
            switch outcome {
            case .skipped(let position, let reason):
                plan.skipped.append(.init(position: position, reason: reason))
                continue
            case .inscription(let read):
                inscription = read
            }
            guard keys.insert(inscription.key).inserted else {
                plan.skipped.append(.init(position: inscription.position, reason: .alreadyImported))
                continue
            }
            let email = RegistrationDesk.normalisedEmail(inscription.email)
            if let original = senders[email] {
                plan.skipped.append(.init(position: inscription.position, reason: .duplicate(original)))
                continue
            }
            senders[email] = .message(inscription.position)
            let participant = Participant(firstName: inscription.name.firstName, lastName: inscription.name.lastName,
                                          email: inscription.email, organisation: inscription.organisation)
            plan.added.append(Registration(
                id: makeID(), eventId: event.id, status: .pending, createdAt: inscription.createdAt ?? stamp, updatedAt: stamp,
                source: .email, participant: participant, mode: modes.count == 1 ? modes[0] : nil, consent: false,
                note: limited(note(inscription.text, inscription.attachments)),
                history: [.init(at: stamp, from: nil, to: .pending)], emailMessageId: inscription.key))
            plan.addedPositions.append(inscription.position)
        }
        return plan
    }

    /// The Message-ID (`<…>`), or, for a message without one, `digest:` and 32 hex digits of its
    /// Date, From and Subject: the same message read again gives the same key.
    static func key(_ headers: MailHeaders) -> String {
        if let id = headers["message-id"]?.trimmedWhitespace, !id.isEmpty {
            if let open = id.firstIndex(of: "<"), let close = id[open...].firstIndex(of: ">") { return String(id[open...close]) }
            return "<" + id + ">"
        }
        let text = [headers["date"] ?? "", headers["from"] ?? "", headers["subject"] ?? ""].joined(separator: "\u{0}")
        return "digest:" + hex(fnv(text, basis: 0xCBF2_9CE4_8422_2325)) + hex(fnv(text, basis: 0x6C62_272E_07BB_0142))
    }

    private static func fnv(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A note within what any imported value may hold, cut at a character.
    static func limited(_ note: String) -> String {
        guard note.utf8.count > ImportRefusal.maximumValueBytes else { return note }
        var cut = ""
        for character in note {
            if cut.utf8.count + character.utf8.count > ImportRefusal.maximumValueBytes - 4 { break }
            cut.append(character)
        }
        return cut + " […]"
    }

    /// `subject`: its folded words joined (`MailPhrase.words`).
    static func isAutoReply(_ headers: MailHeaders, subject: String) -> Bool {
        if let submitted = headers["auto-submitted"]?.lowercased(), !submitted.hasPrefix("no") { return true }
        if headers.has("x-autoreply") || headers.has("x-autorespond") { return true }
        if let precedence = headers["precedence"]?.lowercased(), precedence.contains("auto_reply") { return true }
        return ["reponseautomatique", "outofoffice", "automaticreply", "autoreply",
                "absentdubureau", "absencedubureau", "messagedabsence"].contains(where: subject.contains)
    }

    static func isDeliveryFailure(_ mail: ParsedMail, sender: MailAddress, subject: String) -> Bool {
        if mail.isReport { return true }
        let local = (sender.address.split(separator: "@").first ?? "").lowercased()
        if local == "mailer-daemon" || local == "postmaster" { return true }
        return ["undeliveredmail", "deliverystatusnotificationfailure", "maildeliveryfailed", "nonremis", "undeliverable",
                "echecdelaremise"].contains(where: subject.contains)
    }
}

/// What importing a mailbox would do: the registrations to add, and every message left out
/// with its position and why. Nothing is written yet.
public struct MailImportPlan: Sendable, Equatable {
    public struct Skipped: Sendable, Equatable {
        public var position: MailPosition
        public var reason: MailSkipReason
    }

    /// In mailbox order; source `email`, status `pending`.
    public var added: [Registration] = []
    /// Where each added registration's message was, in the same order.
    public var addedPositions: [MailPosition] = []
    public var skipped: [Skipped] = []

    public init() {}

    /// How many messages were left out for each kind of reason (duplicates all together).
    public var skippedCounts: [MailSkipKind: Int] {
        skipped.reduce(into: [:]) { $0[MailSkipKind($1.reason), default: 0] += 1 }
    }
}

/// A `MailSkipReason` without what it carries: what the report counts.
public enum MailSkipKind: Hashable, Sendable, CaseIterable {
    case autoReply, deliveryFailure, fromCoordinator, duplicate, alreadyImported, noSender, unreadable

    public init(_ reason: MailSkipReason) {
        switch reason {
        case .autoReply: self = .autoReply
        case .deliveryFailure: self = .deliveryFailure
        case .fromCoordinator: self = .fromCoordinator
        case .duplicate: self = .duplicate
        case .alreadyImported: self = .alreadyImported
        case .noSender: self = .noSender
        case .unreadable: self = .unreadable
        }
    }
}
