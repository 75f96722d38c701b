import AgendaModel
import Testing

@Suite struct TriageTests {
    static let now = Moment.startOf(CalendarDate(year: 2026, month: 11, day: 23)!, utcOffset: 3600)

    static func registration(_ id: String, _ status: RegistrationStatus = .pending, event: String = "e",
                             createdAt: String = "2026-11-01T10:00:00+01:00") -> Registration {
        Registration(id: id, eventId: event, status: status, createdAt: createdAt, updatedAt: createdAt, source: .import,
                     participant: Participant(firstName: "F\(id)", lastName: "L", email: "\(id)@example.org", organisation: "O"),
                     consent: true, history: [.init(at: createdAt, from: nil, to: status)])
    }

    static func event(capacity: Int?, waitlist: Bool = true) -> Event {
        Event(id: "e", title: "E", kind: .workshop, start: .allDay(CalendarDate(year: 2027, month: 1, day: 14)!),
              registration: RegistrationRules(capacity: capacity, waitlist: waitlist))
    }

    @Test func aDecisionChangesTheStatusAndAppendsToTheHistory() {
        var registrations = [Self.registration("a")]
        let report = Triage.apply(.approved, to: ["a"], in: &registrations, at: Self.now)
        #expect(registrations[0].status == .approved)
        #expect(registrations[0].history.last == .init(at: "2026-11-23T00:00:00+01:00", from: .pending, to: .approved))
        #expect(registrations[0].updatedAt == "2026-11-23T00:00:00+01:00")
        #expect(report.changed.map(\.id) == ["a"])
        #expect(report.step.before.first?.status == .pending)
    }

    @Test func aBulkDecisionSkipsThoseAlreadyInThatStatusAndSaysWhy() {
        var registrations = [Self.registration("a"), Self.registration("b", .approved), Self.registration("c")]
        let report = Triage.apply(.approved, to: ["a", "b", "c", "gone"], in: &registrations, at: Self.now)
        #expect(report.changed.map(\.id) == ["a", "c"])
        #expect(report.skippedCounts == [.alreadyInStatus: 1, .notFound: 1])
        #expect(registrations[1].history.count == 1)
    }

    @Test func approvingBeyondCapacityIsMeasured() {
        let registrations = [Self.registration("a", .approved), Self.registration("b"), Self.registration("c")]
        let event = Self.event(capacity: 2)
        #expect(Triage.excessIfApproved(["b"], event: event, registrations: registrations) == nil)
        #expect(Triage.excessIfApproved(["b", "c"], event: event, registrations: registrations) == 1)
        #expect(Triage.excessIfApproved(["b", "c"], event: Self.event(capacity: nil), registrations: registrations) == nil)
    }

    @Test func theOldestWaitlistedIsOfferedAFreedSeat() {
        let registrations = [
            Self.registration("a", .approved),
            Self.registration("late", .waitlisted, createdAt: "2026-11-05T09:00:00+01:00"),
            Self.registration("early", .waitlisted, createdAt: "2026-11-05T09:00:00+02:00"),  // an hour earlier
        ]
        #expect(Triage.promotionCandidate(for: Self.event(capacity: 2), approvedBefore: 2, registrations: registrations)?.id == "early")
    }

    @Test func noPromotionWithoutAWaitingListOrAFreeSeat() {
        let registrations = [Self.registration("a", .approved), Self.registration("w", .waitlisted)]
        #expect(Triage.promotionCandidate(for: Self.event(capacity: 1), approvedBefore: 1, registrations: registrations) == nil)
        #expect(Triage.promotionCandidate(for: Self.event(capacity: 5, waitlist: false), approvedBefore: 5, registrations: registrations) == nil)
    }

    @Test("no seat is offered when seats were free before the change, or the event counts none")
    func noPromotionWhenNoSeatWasNeeded() {
        let registrations = [Self.registration("a", .approved), Self.registration("w", .waitlisted)]
        #expect(Triage.promotionCandidate(for: Self.event(capacity: 5), approvedBefore: 2, registrations: registrations) == nil)
        #expect(Triage.promotionCandidate(for: Self.event(capacity: nil), approvedBefore: 2, registrations: registrations) == nil)
    }

    /// Undoes or redoes the next step as the interface does: its edits applied, the step
    /// settled with what was written.
    private static func revert(_ history: inout TriageHistory, undoing: Bool, in registrations: inout [Registration]) {
        let step = undoing ? history.undo()! : history.redo()!
        let written = Triage.apply(step.edits(undoing: undoing), in: &registrations, at: now, allOrNothing: true).written
        if undoing { history.settleLastUndone(written) } else { history.settleLastDone(written) }
    }

    @Test func undoAndRedoRestoreSingleAndBulkSteps() {
        var registrations = [Self.registration("a"), Self.registration("b")]
        var history = TriageHistory()
        history.record(Triage.apply(.approved, to: ["a"], in: &registrations, at: Self.now).step)
        history.record(Triage.apply(.declined, to: ["a", "b"], in: &registrations, at: Self.now).step)
        #expect(registrations.map(\.status) == [.declined, .declined])
        Self.revert(&history, undoing: true, in: &registrations)
        #expect(registrations.map(\.status) == [.approved, .pending])
        Self.revert(&history, undoing: true, in: &registrations)
        #expect(registrations.map(\.status) == [.pending, .pending])
        // Never a removal: each undo is an entry of its own, marked as one.
        #expect(registrations[0].history.map(\.to) == [.pending, .approved, .declined, .approved, .pending])
        #expect(registrations[0].history.map { $0.undo ?? false } == [false, false, false, true, true])
        #expect(history.undo() == nil)
        Self.revert(&history, undoing: false, in: &registrations)
        Self.revert(&history, undoing: false, in: &registrations)
        #expect(registrations.map(\.status) == [.declined, .declined])
        #expect(registrations[1].history.map(\.to) == [.pending, .declined, .pending, .declined])
        #expect(history.redo() == nil)
        Self.revert(&history, undoing: true, in: &registrations)
        #expect(registrations.map(\.status) == [.approved, .pending])
    }

    @Test func anUndoRefusesARegistrationChangedSinceAndChangesNothing() {
        var registrations = [Self.registration("a"), Self.registration("b")]
        var history = TriageHistory()
        history.record(Triage.apply(.approved, to: ["a", "b"], in: &registrations, at: Self.now).step)
        // Another program declines b.
        _ = Triage.apply(.declined, to: ["b"], in: &registrations, at: Self.now)
        let step = history.undo()!
        let outcome = Triage.apply(step.edits(undoing: true), in: &registrations, at: Self.now, allOrNothing: true)
        #expect(outcome.written.isEmpty)
        #expect(outcome.conflicts.map(\.id) == ["b"])
        #expect(outcome.conflicts.first?.reason == .changedSince)
        #expect(registrations.map(\.status) == [.approved, .declined])
    }

    @Test func aDecisionAppliesToTheStoredVersionKeepingAnotherProgramsNote() {
        let seen = Self.registration("a")
        var current = seen
        current.note = "Appelée ce matin"
        let edit = RegistrationEdit(id: "a", seen: seen, kind: .decide(.approved, note: nil))
        let written = try! edit.applied(to: current, at: "2026-12-02T10:00:00+01:00").get()
        #expect(written.status == .approved)
        #expect(written.note == "Appelée ce matin")
        #expect(written.history.last == .init(at: "2026-12-02T10:00:00+01:00", from: .pending, to: .approved))
    }

    @Test func aDecisionOnAnInscriptionDecidedElsewhereIsRefused() {
        let seen = Self.registration("a")
        var current = seen
        current.status = .declined
        current.history.append(.init(at: "2026-12-02T09:59:00+01:00", from: .pending, to: .declined))
        for status in [RegistrationStatus.waitlisted, .declined] {
            let edit = RegistrationEdit(id: "a", seen: seen, kind: .decide(status, note: nil))
            #expect(throws: EditConflict(id: "a", reason: .decidedElsewhere, current: current)) {
                try edit.applied(to: current, at: "2026-12-02T10:00:00+01:00").get()
            }
        }
        let gone = RegistrationEdit(id: "a", seen: seen, kind: .decide(.approved, note: nil))
        #expect(throws: EditConflict(id: "a", reason: .gone, current: nil)) { try gone.applied(to: nil, at: "x").get() }
    }

    @Test func aNoteChangedElsewhereIsNotOverwritten() throws {
        let seen = Self.registration("a")
        var current = seen
        current.note = "theirs"
        let edit = RegistrationEdit(id: "a", seen: seen, kind: .setNote("mine"))
        #expect(throws: EditConflict(id: "a", reason: .noteChangedElsewhere, current: current)) {
            try edit.applied(to: current, at: "x").get()
        }
        var decided = seen
        decided.status = .approved
        decided.history.append(.init(at: "y", from: .pending, to: .approved))
        #expect(try edit.applied(to: decided, at: "x").get().note == "mine")
    }

    @Test func aNewDecisionClearsTheRedoStack() {
        var registrations = [Self.registration("a")]
        var history = TriageHistory()
        history.record(Triage.apply(.approved, to: ["a"], in: &registrations, at: Self.now).step)
        Self.revert(&history, undoing: true, in: &registrations)
        history.record(Triage.apply(.waitlisted, to: ["a"], in: &registrations, at: Self.now).step)
        #expect(history.redo() == nil)
    }

    @Test func aNoteIsSetAndUndoable() {
        var registrations = [Self.registration("a")]
        let step = Triage.setNote("Vient avec l'élue", of: "a", in: &registrations, at: Self.now)
        #expect(registrations[0].note == "Vient avec l'élue")
        #expect(step?.before.first?.note == "")
        #expect(Triage.setNote("Vient avec l'élue", of: "a", in: &registrations, at: Self.now) == nil)
    }
}
