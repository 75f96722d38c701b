/// One undoable change to the store: the registrations it touched, as they were before and
/// after. A bulk decision is one step, so that `u` undoes it whole.
public struct TriageStep: Hashable, Sendable {
    public let before: [Registration]
    public let after: [Registration]

    public init(before: [Registration], after: [Registration]) {
        self.before = before
        self.after = after
    }

    public var isEmpty: Bool { after.isEmpty }
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
        undoable.append(step)
        if undoable.count > Self.depth { undoable.removeFirst(undoable.count - Self.depth) }
        redoable.removeAll()
    }

    /// The versions to put back, or nil when there is nothing to undo.
    public mutating func undo() -> [Registration]? {
        guard let step = undoable.popLast() else { return nil }
        redoable.append(step)
        return step.before
    }

    public mutating func redo() -> [Registration]? {
        guard let step = redoable.popLast() else { return nil }
        undoable.append(step)
        return step.after
    }
}
