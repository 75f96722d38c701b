/// Why a registration cannot be made now.
public enum RegistrationRefusal: Error, Hashable, Sendable {
    case notOffered
    case cancelled
    case postponed
    case notYetOpen(opens: EventTime)
    case closed(deadline: EventTime?)
    /// Full and the event keeps no waiting list.
    case full
    /// The same e-mail is already registered for this event.
    case duplicate(existing: Registration)

    /// The rule a coordinator may set aside to record the registration anyway, marked in its
    /// history; nil for what no one can register to (cancelled, postponed, not offered) or a
    /// duplicate.
    public var override: RegistrationOverride? {
        switch self {
        case .notYetOpen: return .beforeOpening
        case .closed: return .afterDeadline
        case .full: return .whenFull
        case .notOffered, .cancelled, .postponed, .duplicate: return nil
        }
    }
}

/// What submitting a form leads to.
public enum SubmissionOutcome: Hashable, Sendable {
    /// Accepted as `pending`, or `waitlisted` when the event is full and keeps a waiting list.
    case accepted(Registration)
    case refused(RegistrationRefusal)
    /// Fields to correct, in the form's order.
    case invalid([FormProblem])
}

/// What correcting a registration's details leads to.
public enum CorrectionOutcome: Hashable, Sendable {
    /// The edit to write: the history will name the fields corrected.
    case corrected(RegistrationEdit)
    case invalid([FormProblem])
    /// Another registration of the event has the new e-mail.
    case duplicate(Registration)
    /// Nothing differs from what is stored.
    case unchanged
}

/// The rules of registering, decided here and nowhere else: the form, the import and the
/// command line all ask the desk.
public enum RegistrationDesk {
    /// Whether a new registration would be refused, or would go to the waiting list.
    public static func admission(for event: Event, registrations: [Registration], at now: Moment)
        -> Result<RegistrationStatus, RegistrationRefusal> {
        let approved = registrations.lazy.filter { $0.eventId == event.id && $0.status == .approved }.count
        switch event.registrationAvailability(at: now, approved: approved) {
        case .notOffered: return .failure(.notOffered)
        case .cancelled: return .failure(.cancelled)
        case .postponed: return .failure(.postponed)
        case .notYetOpen(let opens): return .failure(.notYetOpen(opens: opens))
        case .closed(let deadline): return .failure(.closed(deadline: deadline))
        case .full(let waitlist): return waitlist ? .success(.waitlisted) : .failure(.full)
        case .open: return .success(.pending)
        }
    }

    /// The registration already made for this event with this e-mail (case ignored).
    public static func duplicate(of email: String, for eventID: String, in registrations: [Registration]) -> Registration? {
        let key = normalisedEmail(email)
        guard !key.isEmpty else { return nil }
        return registrations.first { $0.eventId == eventID && normalisedEmail($0.participant.email) == key }
    }

    public static func normalisedEmail(_ email: String) -> String {
        email.trimmedWhitespace.lowercased()
    }

    /// `local@domain.tld`, no spaces: enough to catch typing slips without refusing real addresses.
    public static func isPlausibleEmail(_ email: String) -> Bool {
        let text = email.trimmedWhitespace
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return isPlausibleASCIIEmail(text.utf8) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !containsWhitespace(text) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// The same rule in bytes, for the usual address (an import checks 100 000 of them): one
    /// `@` after something, then dot-separated parts none of them empty, and no white space.
    private static func isPlausibleASCIIEmail(_ bytes: String.UTF8View) -> Bool {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at != bytes.startIndex else { return false }
        let domain = bytes[bytes.index(after: at)...]
        guard !domain.contains(UInt8(ascii: "@")), !bytes.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }),
              domain.contains(UInt8(ascii: ".")), domain.first != UInt8(ascii: "."), domain.last != UInt8(ascii: ".") else { return false }
        return !zip(domain, domain.dropFirst()).contains { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }
    }

    private static func containsWhitespace(_ text: String) -> Bool {
        // ASCII text (most addresses) is looked at in bytes; any other goes by characters.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains { $0 == 0x20 || (0x09...0x0D).contains($0) }
        }
        return text.contains(where: \.isWhitespace)
    }

    /// A number as a French or English speaker types it: `12`, `-3`, `2,5`, `2.5`.
    public static func number(from text: String) -> Double? {
        let trimmed = text.trimmedWhitespace.replacingOccurrences(of: ",", with: ".")
        guard !trimmed.isEmpty, let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// Every field to correct, in the form's order.
    public static func problems(in draft: RegistrationDraft, for event: Event) -> [FormProblem] {
        var problems: [FormProblem] = []
        let participant = draft.participant
        func blank(_ text: String?) -> Bool { (text ?? "").allSatisfy(\.isWhitespace) }
        if blank(participant.firstName) { problems.append(FormProblem(.firstName, .required)) }
        if blank(participant.lastName) { problems.append(FormProblem(.lastName, .required)) }
        if blank(participant.email) {
            problems.append(FormProblem(.email, .required))
        } else if !isPlausibleEmail(participant.email) {
            problems.append(FormProblem(.email, .invalidEmail))
        }
        if blank(participant.organisation) { problems.append(FormProblem(.organisation, .required)) }
        let modes = event.registration?.modes ?? []
        if modes.count > 1, draft.mode == nil { problems.append(FormProblem(.mode, .required)) }
        for question in event.registration?.questions ?? [] {
            let field = FormField.question(question.id)
            let answer = draft.answers[question.id]
            switch (question.kind, answer) {
            case (.boolean, nil), (.boolean, .flag(false)?):
                // An unticked required box is a "no": a yes/no question is answered either way.
                // The form leaves a box that was never touched out of the draft: that is a "no" too.
                break
            case (_, nil), (.choice, .choices([])?), (.multi, .choices([])?):
                if question.required { problems.append(FormProblem(field, .required)) }
            case (.text, .text(let text)?), (.number, .text(let text)?):
                // Spaces alone are no answer: the registration would store none.
                if text.allSatisfy(\.isWhitespace) {
                    if question.required { problems.append(FormProblem(field, .required)) }
                } else if question.kind == .number, number(from: text) == nil {
                    problems.append(FormProblem(field, .invalidNumber))
                }
            case (.choice, .choices(let chosen)?), (.multi, .choices(let chosen)?):
                if !chosen.allSatisfy(question.options.contains) { problems.append(FormProblem(field, .unknownOption)) }
            default:
                break
            }
        }
        if !draft.consent { problems.append(FormProblem(.consent, .consentNeeded)) }
        return problems
    }

    /// Submits a draft: checks the event's rules, then the fields, then duplicates. With
    /// `overriding`, a rule the coordinator may set aside (`RegistrationRefusal.override`) is:
    /// the registration is pending, and its first history entry says which rule was set aside.
    public static func submit(_ draft: RegistrationDraft, for event: Event, registrations: [Registration],
                              at now: Moment, id: String, overriding: Bool = false) -> SubmissionOutcome {
        let status: RegistrationStatus
        var override: RegistrationOverride?
        var ruleRefusal: RegistrationRefusal?
        switch admission(for: event, registrations: registrations, at: now) {
        case .failure(let refusal):
            guard let setAside = refusal.override else { return .refused(refusal) }
            // A rule that can be set aside is asked about last, once the form is complete.
            if overriding { override = setAside } else { ruleRefusal = refusal }
            status = .pending
        case .success(let admitted): status = admitted
        }
        let problems = problems(in: draft, for: event)
        if !problems.isEmpty { return .invalid(problems) }
        if let existing = duplicate(of: draft.participant.email, for: event.id, in: registrations) {
            return .refused(.duplicate(existing: existing))
        }
        if let ruleRefusal { return .refused(ruleRefusal) }
        var registration = registration(from: draft, for: event, status: status, at: now, id: id)
        registration.history[0].override = override
        return .accepted(registration)
    }

    /// A correction of `registration`'s details as `draft` gives them: checked as the form checks
    /// (required fields, the e-mail's form, the answers), and against another registration of
    /// the event with the new e-mail. The event's rules (deadline, capacity) do not apply: the
    /// registration is already there.
    public static func correction(_ draft: RegistrationDraft, of registration: Registration, for event: Event,
                                  registrations: [Registration]) -> CorrectionOutcome {
        var draft = draft
        draft.consent = registration.consent
        // What the registration never had (an import without the event's questions) is not
        // required by correcting something else.
        let problems = problems(in: draft, for: event).filter { problem in
            switch (problem.field, problem.issue) {
            case (.consent, _): return false
            case (.question(let id), .required): return registration.answers[id] != nil
            case (.mode, .required): return registration.mode != nil
            default: return true
            }
        }
        if !problems.isEmpty { return .invalid(problems) }
        if normalisedEmail(draft.participant.email) != normalisedEmail(registration.participant.email),
           let existing = registrations.first(where: { $0.id != registration.id && $0.eventId == event.id
               && normalisedEmail($0.participant.email) == normalisedEmail(draft.participant.email) }) {
            return .duplicate(existing)
        }
        // The values cleaned and typed as a new registration's would be.
        let cleaned = self.registration(from: draft, for: event, status: registration.status, at: Moment.startOf(CalendarDate(daysSinceEpoch: 0)),
                                        id: registration.id)
        // An event that offers no choice of mode has no mode field: the one stored stays.
        let mode = (event.registration?.modes ?? []).isEmpty ? registration.mode : cleaned.mode
        // Answers to questions the event no longer asks are not in the form: they stay too.
        let asked = Set((event.registration?.questions ?? []).map(\.id))
        let answers = cleaned.answers.merging(registration.answers.filter { !asked.contains($0.key) }) { typed, _ in typed }
        let edit = RegistrationEdit(id: registration.id, seen: registration,
                                    kind: .correct(cleaned.participant, mode: mode, answers: answers))
        if RegistrationEdit.correctedFields(from: registration, participant: cleaned.participant, mode: mode,
                                            answers: answers).isEmpty {
            return .unchanged
        }
        return .corrected(edit)
    }

    static func registration(from draft: RegistrationDraft, for event: Event, status: RegistrationStatus,
                             at now: Moment, id: String) -> Registration {
        func clean(_ text: String?) -> String? {
            let trimmed = text?.trimmedWhitespace
            return (trimmed?.isEmpty ?? true) ? nil : trimmed
        }
        let participant = Participant(
            firstName: clean(draft.participant.firstName) ?? "", lastName: clean(draft.participant.lastName) ?? "",
            email: clean(draft.participant.email) ?? "", phone: clean(draft.participant.phone),
            organisation: clean(draft.participant.organisation) ?? "", role: clean(draft.participant.role),
            language: draft.participant.language)
        var answers: [String: Answer] = [:]
        for question in event.registration?.questions ?? [] {
            // An untouched yes/no box is stored as the "no" it means.
            guard let answer = draft.answers[question.id] ?? (question.kind == .boolean ? .flag(false) : nil) else { continue }
            switch (question.kind, answer) {
            case (.number, .text(let text)): if let value = number(from: text) { answers[question.id] = .number(value) }
            case (.choice, .choices(let chosen)): if let first = chosen.first { answers[question.id] = .text(first) }
            case (.text, .text(let text)): if let text = clean(text) { answers[question.id] = .text(text) }
            case (.multi, .choices(let chosen)): if !chosen.isEmpty { answers[question.id] = .choices(chosen) }
            default: answers[question.id] = answer
            }
        }
        let modes = event.registration?.modes ?? []
        let mode = draft.mode ?? (modes.count == 1 ? modes[0] : nil)
        let stamp = now.timestamp
        return Registration(id: id, eventId: event.id, status: status, createdAt: stamp, updatedAt: stamp, source: .form,
                            participant: participant, mode: mode, answers: answers, consent: draft.consent,
                            history: [.init(at: stamp, from: nil, to: status)])
    }
}
