/// One undoable change to the store: the registrations it touched, as they were before and
/// after, and as this program last wrote them. A bulk decision is one step, so that `u` undoes
/// it whole.
public struct TriageStep: Hashable, Sendable {
    /// What an undo gives back (their status and note).
    public let before: [Registration]
    /// What a redo gives back.
    public let after: [Registration]
    /// As the store holds them after this program's last write of this step: an undo or a redo
    /// applies only to registrations still exactly so (`RegistrationEdit.Kind.revert`).
    public internal(set) var stored: [Registration]

    public init(before: [Registration], after: [Registration]) {
        self.before = before
        self.after = after
        self.stored = after
    }

    public var isEmpty: Bool { after.isEmpty }

    /// The edits that give back the status and note of `before` (an undo) or `after` (a redo),
    /// to registrations still as `stored` says. A new history entry each, never a removal.
    public func edits(undoing: Bool) -> [RegistrationEdit] {
        zip(stored, undoing ? before : after).map { stored, target in
            RegistrationEdit(id: stored.id, seen: stored, kind: .revert(status: target.status, note: target.note, isUndo: undoing))
        }
    }

    /// The step as the store took it: only the registrations written, as written.
    func settled(_ written: [Registration]) -> TriageStep? {
        let byID = Dictionary(written.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let kept = stored.indices.filter { byID[stored[$0].id] != nil }
        guard !kept.isEmpty else { return nil }
        var step = TriageStep(before: kept.map { before[$0] }, after: kept.map { after[$0] })
        step.stored = kept.map { byID[stored[$0].id]! }
        return step
    }
}

/// Undo and redo, many levels deep, across single and bulk decisions.
public struct TriageHistory: Hashable, Sendable {
    public private(set) var undoable: [TriageStep] = []
    public private(set) var redoable: [TriageStep] = []
    /// Enough for a morning of triage; older steps fall off.
    public static let depth = 1000

    public init() {}

    public mutating func record(_ step: TriageStep) {
        guard !step.isEmpty else { return }
        remember(step.after)
        undoable.append(step)
        if undoable.count > Self.depth { undoable.removeFirst(undoable.count - Self.depth) }
        redoable.removeAll()
    }

    /// The step to undo, now the first to redo; nil when there is nothing to undo.
    public mutating func undo() -> TriageStep? {
        guard let step = undoable.popLast() else { return nil }
        redoable.append(step)
        return step
    }

    /// The step to redo, now the first to undo; nil when there is nothing to redo.
    public mutating func redo() -> TriageStep? {
        guard let step = redoable.popLast() else { return nil }
        undoable.append(step)
        return step
    }

    /// The last step done (recorded or redone) as the store wrote it; a step of which nothing
    /// was written is forgotten.
    public mutating func settleLastDone(_ written: [Registration]) {
        Self.settleLast(of: &undoable, written)
        remember(written)
    }

    /// The last step undone, as the store wrote it.
    public mutating func settleLastUndone(_ written: [Registration]) {
        Self.settleLast(of: &redoable, written)
        remember(written)
    }

    private static func settleLast(of steps: inout [TriageStep], _ written: [Registration]) {
        guard let step = steps.popLast() else { return }
        if let settled = step.settled(written) { steps.append(settled) }
    }

    /// This program's own writes move on what every step expects of those registrations: an
    /// earlier step stays undoable after a later one was undone, since only this program
    /// changed them.
    private mutating func remember(_ written: [Registration]) {
        let byID = Dictionary(written.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        guard !byID.isEmpty else { return }
        func update(_ steps: inout [TriageStep]) {
            for position in steps.indices where steps[position].stored.contains(where: { byID[$0.id] != nil }) {
                steps[position].stored = steps[position].stored.map { byID[$0.id] ?? $0 }
            }
        }
        update(&undoable)
        update(&redoable)
    }
}
