/// One change a program makes to one registration, said as what it means rather than as the
/// version it would write: it is applied to the registration as the store holds it at the
/// moment of writing, so that what another program changed in between is kept, or, when the
/// two cannot both stand, the change is refused and reported rather than forced.
public struct RegistrationEdit: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A decision: the new status, appended to the history (with the note of that entry).
        case decide(RegistrationStatus, note: String?)
        /// The coordinator's note on the inscription.
        case setNote(String)
        /// An undo or a redo: the status and note given back. The history is only appended to:
        /// the status change is a new entry, marked as an undo when it is one.
        case revert(status: RegistrationStatus, note: String, isUndo: Bool)
        /// A new registration (a form submitted, a line of an import).
        case add(Registration)
        /// The participant's details, mode and answers corrected (an e-mail typo): the status
        /// stays, and a history entry names the fields corrected.
        case correct(Participant, mode: AttendanceMode?, answers: [String: Answer])
        /// A message handed to the mail system: a history entry with its kind and Message-ID.
        case recordSent(SentMessage)
    }

    public let id: String
    /// The registration as this program knew it when the coordinator decided: for a revert,
    /// exactly as this program's own change left it. Nil for an addition.
    public let seen: Registration?
    public let kind: Kind

    public init(id: String, seen: Registration?, kind: Kind) {
        self.id = id
        self.seen = seen
        self.kind = kind
    }

    public static func add(_ registration: Registration) -> RegistrationEdit {
        RegistrationEdit(id: registration.id, seen: nil, kind: .add(registration))
    }

    /// Applies `edits` in turn to the registrations `current` gives by id: the versions made
    /// (one per registration; a second edit of one applies to the first's result) and the edits
    /// refused. What the store does under its lock, and an interface to its own copy.
    public static func apply(_ edits: [RegistrationEdit], to current: (String) -> Registration?,
                             at stamp: String) -> (written: [Registration], conflicts: [EditConflict]) {
        var written: [Registration] = []
        var conflicts: [EditConflict] = []
        var touched: [String: Int] = [:]
        for edit in edits {
            let base = touched[edit.id].map { written[$0] } ?? current(edit.id)
            switch edit.applied(to: base, at: stamp) {
            case .success(let version):
                if let position = touched[edit.id] {
                    written[position] = version
                } else {
                    touched[edit.id] = written.count
                    written.append(version)
                }
            case .failure(let conflict):
                conflicts.append(conflict)
            }
        }
        return (written, conflicts)
    }

    /// The version to write in place of `current` (the store's, nil when it has none with this
    /// id), or why the edit no longer applies.
    public func applied(to current: Registration?, at stamp: String) -> Result<Registration, EditConflict> {
        if case .add(let registration) = kind {
            guard current == nil else { return .failure(EditConflict(id: id, reason: .alreadyExists, current: current)) }
            return .success(registration)
        }
        guard let current else { return .failure(EditConflict(id: id, reason: .gone, current: nil)) }
        var new = current
        switch kind {
        case .decide(let status, let note):
            // Decided in between (its history grew): the coordinator decided on what is no longer
            // there. A note changed in between does not stand in the way.
            if let seen, seen.status != current.status || seen.history.count != current.history.count {
                return .failure(EditConflict(id: id, reason: .decidedElsewhere, current: current))
            }
            guard current.status != status else {
                return .failure(EditConflict(id: id, reason: .alreadyInStatus, current: current))
            }
            new.status = status
            new.history.append(.init(at: stamp, from: current.status, to: status, note: note))
        case .setNote(let note):
            if let seen, seen.note != current.note {
                return .failure(EditConflict(id: id, reason: .noteChangedElsewhere, current: current))
            }
            guard current.note != note else { return .failure(EditConflict(id: id, reason: .unchanged, current: current)) }
            new.note = note
        case .revert(let status, let note, let isUndo):
            // Only what this program left, exactly: anything else would undo someone else's work.
            if let seen, seen != current {
                return .failure(EditConflict(id: id, reason: .changedSince, current: current))
            }
            if current.status != status {
                new.status = status
                new.history.append(.init(at: stamp, from: current.status, to: status, undo: isUndo ? true : nil))
            }
            new.note = note
        case .correct(let participant, let mode, let answers):
            // Corrected in between: the coordinator corrected what is no longer there.
            if let seen, seen.participant != current.participant || seen.mode != current.mode || seen.answers != current.answers {
                return .failure(EditConflict(id: id, reason: .changedSince, current: current))
            }
            let fields = Self.correctedFields(from: current, participant: participant, mode: mode, answers: answers)
            guard !fields.isEmpty else { return .failure(EditConflict(id: id, reason: .unchanged, current: current)) }
            new.participant = participant
            new.mode = mode
            new.answers = answers
            new.history.append(.init(at: stamp, from: current.status, to: current.status, corrected: fields))
        case .recordSent(let message):
            // Whatever changed meanwhile, the message went: it is said in the history.
            guard !current.history.contains(where: { $0.message?.id == message.id }) else {
                return .failure(EditConflict(id: id, reason: .unchanged, current: current))
            }
            new.history.append(.init(at: stamp, from: current.status, to: current.status, message: message))
        case .add:
            preconditionFailure("handled above")
        }
        new.updatedAt = stamp
        return .success(new)
    }

    /// The names of the fields that differ, in the form's order.
    static func correctedFields(from current: Registration, participant: Participant, mode: AttendanceMode?,
                                answers: [String: Answer]) -> [String] {
        let before = current.participant
        var fields: [String] = []
        if before.firstName != participant.firstName { fields.append("firstName") }
        if before.lastName != participant.lastName { fields.append("lastName") }
        if before.email != participant.email { fields.append("email") }
        if before.phone != participant.phone { fields.append("phone") }
        if before.organisation != participant.organisation { fields.append("organisation") }
        if before.role != participant.role { fields.append("role") }
        if current.mode != mode { fields.append("mode") }
        for id in Set(current.answers.keys).union(answers.keys).sorted() where current.answers[id] != answers[id] {
            fields.append(ImportColumn.answerPrefix + id)
        }
        return fields
    }
}

/// Why an edit was not applied, with the registration as the store holds it now.
public struct EditConflict: Hashable, Sendable, Error {
    public enum Reason: Hashable, Sendable {
        /// No registration has this id any more.
        case gone
        /// Its status changed since this program saw it.
        case decidedElsewhere
        /// Its note changed since this program saw it.
        case noteChangedElsewhere
        /// An undo or redo of a registration changed since this program's change.
        case changedSince
        /// It already has the status decided.
        case alreadyInStatus
        /// The note given is the one it has.
        case unchanged
        /// A registration with this id is already stored.
        case alreadyExists
    }

    public let id: String
    public let reason: Reason
    public let current: Registration?

    public init(id: String, reason: Reason, current: Registration?) {
        self.id = id
        self.reason = reason
        self.current = current
    }

    /// The other program's change is what made the edit fail (not a no-op of this one).
    public var isFromElsewhere: Bool {
        switch reason {
        case .gone, .decidedElsewhere, .noteChangedElsewhere, .changedSince, .alreadyExists: return true
        case .alreadyInStatus, .unchanged: return false
        }
    }
}

/// What a write of edits did.
public struct StoreWrite: Sendable {
    /// The versions written, in the order of the edits.
    public var written: [Registration]
    /// The edits not applied, in their order.
    public var conflicts: [EditConflict]
    /// Every registration as the store holds them after the write.
    public var registrations: [Registration]
    /// True when the store held changes this program had not read before it wrote: `registrations`
    /// then differs from what it knew by more than `written`.
    public var sawOtherChanges: Bool

    public init(written: [Registration], conflicts: [EditConflict], registrations: [Registration], sawOtherChanges: Bool) {
        self.written = written
        self.conflicts = conflicts
        self.registrations = registrations
        self.sawOtherChanges = sawOtherChanges
    }
}
