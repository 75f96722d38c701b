/// The outcome of applying a status to one or more registrations.
public struct TriageReport: Hashable, Sendable {
    public enum SkipReason: Hashable, Sendable {
        /// It already had that status.
        case alreadyInStatus
        case notFound
    }

    public struct Skipped: Hashable, Sendable {
        public let id: String
        public let reason: SkipReason
    }

    /// The registrations as they are after the change (only those that changed).
    public var changed: [Registration] = []
    public var skipped: [Skipped] = []

    /// How many were skipped for each reason.
    public var skippedCounts: [SkipReason: Int] {
        var counts: [SkipReason: Int] = [:]
        for skip in skipped { counts[skip.reason, default: 0] += 1 }
        return counts
    }

    /// The undo step for this decision.
    public var step: TriageStep = TriageStep(before: [], after: [])
}

/// The rules of triage: status changes with their history, capacity, promotion from the
/// waiting list, notes.
public enum Triage {
    /// Gives `status` to every registration of `ids` (in that order), appending to each one's
    /// history; the ones already in that status are skipped and reported.
    public static func apply(_ status: RegistrationStatus, to ids: [String], in registrations: inout [Registration],
                             at now: Moment, note: String? = nil) -> TriageReport {
        var report = TriageReport()
        var before: [Registration] = []
        let indexByID = registrations.positionsByID
        let stamp = now.timestamp
        for id in ids {
            guard let index = indexByID[id] else {
                report.skipped.append(.init(id: id, reason: .notFound))
                continue
            }
            let old = registrations[index]
            guard old.status != status else {
                report.skipped.append(.init(id: id, reason: .alreadyInStatus))
                continue
            }
            var new = old
            new.status = status
            new.updatedAt = stamp
            new.history.append(.init(at: stamp, from: old.status, to: status, note: note))
            registrations[index] = new
            before.append(old)
            report.changed.append(new)
        }
        report.step = TriageStep(before: before, after: report.changed)
        return report
    }

    /// Sets a registration's note (kept apart from the status history).
    public static func setNote(_ note: String, of id: String, in registrations: inout [Registration],
                               at now: Moment) -> TriageStep? {
        guard let index = registrations.firstIndex(where: { $0.id == id }), registrations[index].note != note else { return nil }
        let old = registrations[index]
        registrations[index].note = note
        registrations[index].updatedAt = now.timestamp
        return TriageStep(before: [old], after: [registrations[index]])
    }

    /// By how many approving `ids` would exceed the event's capacity (nil: it would not, or
    /// the event has no capacity).
    public static func excessIfApproved(_ ids: [String], event: Event, registrations: [Registration]) -> Int? {
        guard let capacity = event.registration?.capacity else { return nil }
        let wanted = Set(ids)
        var approved = 0
        for registration in registrations where registration.eventId == event.id {
            if registration.status == .approved || wanted.contains(registration.id) { approved += 1 }
        }
        return approved > capacity ? approved - capacity : nil
    }

    /// After approved registrations of `event` were declined or cancelled, the waitlisted one to
    /// offer the seat to: the oldest, when the event keeps a waiting list, was full before
    /// (`approvedBefore` approved) and has a seat free now. When seats were free already, the
    /// change freed none that anyone waited for: the waiting list stays as the coordinator left it.
    public static func promotionCandidate(for event: Event, approvedBefore: Int, registrations: [Registration]) -> Registration? {
        guard let rules = event.registration, rules.waitlist, let capacity = rules.capacity, approvedBefore >= capacity else { return nil }
        let ofEvent = registrations.filter { $0.eventId == event.id }
        if ofEvent.filter({ $0.status == .approved }).count >= capacity { return nil }
        return ofEvent.filter { $0.status == .waitlisted }.min { oldestFirst($0, $1) }
    }

    /// How many registrations of `event` are approved.
    public static func approvedCount(of event: Event, in registrations: [Registration]) -> Int {
        registrations.lazy.filter { $0.eventId == event.id && $0.status == .approved }.count
    }

    /// Oldest first by creation moment (offsets taken into account), then by id for a stable order.
    public static func oldestFirst(_ a: Registration, _ b: Registration) -> Bool {
        let ia = DateParsing.dateTime(a.createdAt)?.instant() ?? Int.max
        let ib = DateParsing.dateTime(b.createdAt)?.instant() ?? Int.max
        return ia != ib ? ia < ib : a.id < b.id
    }

    /// Puts the given versions back in place, by id (a change the store refused, taken back
    /// from the screen); versions whose registration is gone are added back.
    public static func restore(_ versions: [Registration], in registrations: inout [Registration]) {
        let indexByID = registrations.positionsByID
        for version in versions {
            if let index = indexByID[version.id] { registrations[index] = version } else { registrations.append(version) }
        }
    }

    /// Applies `edits` to `registrations` as the store applies them to its own (an interface's
    /// copy, shown before the store has written): the versions made, and the edits refused.
    /// With `allOrNothing`, one refusal leaves everything as it was.
    /// `index` is where each id is in `registrations`, when the caller keeps one.
    public static func apply(_ edits: [RegistrationEdit], in registrations: inout [Registration], index: [String: Int]? = nil,
                             at now: Moment, allOrNothing: Bool = false) -> (written: [Registration], conflicts: [EditConflict]) {
        let indexByID = index ?? registrations.positionsByID
        let (written, conflicts) = RegistrationEdit.apply(edits, to: { indexByID[$0].map { registrations[$0] } }, at: now.timestamp)
        if allOrNothing, !conflicts.isEmpty { return ([], conflicts) }
        for version in written {
            if let position = indexByID[version.id] { registrations[position] = version } else { registrations.append(version) }
        }
        return (written, conflicts)
    }
}
