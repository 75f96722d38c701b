/// A decision asked for from outside the interface (`agenda registrations decide`): the same
/// rules as the keys of triage, worked out on the store as it is under its lock.
public struct DecisionPlan: Sendable {
    /// Which inscriptions the decision is for.
    public enum Selection: Sendable, Equatable {
        /// Ids, or unique beginnings of ids (as `registrations list` shows them).
        case ids([String])
        /// Every pending inscription of an event.
        case allPending(eventID: String)
    }

    /// An id given that names no inscription, or several.
    public enum Unresolved: Sendable, Equatable {
        case unknown(String)
        case ambiguous(String, candidates: [String])
    }

    /// Approvals left undone because they would go beyond an event's capacity.
    public struct BeyondCapacity: Sendable, Equatable {
        public let eventID: String
        public let excess: Int
        public let registrations: [Registration]
    }

    /// Nothing is changed when any id is unresolved (all or nothing).
    public var unresolved: [Unresolved] = []
    /// The versions to write, with what they were.
    public var changed: [(before: Registration, after: Registration)] = []
    /// Already in the status asked for.
    public var already: [Registration] = []
    public var beyondCapacity: [BeyondCapacity] = []
    /// For each event where a seat was freed: the first on its waiting list, to offer it to.
    public var promotionCandidates: [Registration] = []

    /// Works out `status` for `selection` on `contents`. `event` gives the catalogue's event of
    /// an id (nil for an inscription whose event has left the catalogue: no capacity then).
    public static func make(_ status: RegistrationStatus, for selection: Selection, note: String?, overCapacity: Bool,
                            in contents: StoreContents, event: (String) -> Event?, at now: Moment) -> DecisionPlan {
        var plan = DecisionPlan()
        var chosen: [Registration] = []
        switch selection {
        case .ids(let given):
            var seen = Set<String>()
            for text in given {
                switch contents.resolve(text) {
                case .success(let registration):
                    if seen.insert(registration.id).inserted { chosen.append(registration) }
                case .failure(let unresolved):
                    plan.unresolved.append(unresolved)
                }
            }
            guard plan.unresolved.isEmpty else { return plan }
        case .allPending(let eventID):
            chosen = contents.registrations.filter { $0.eventId == eventID && $0.status == .pending }
        }
        plan.already = chosen.filter { $0.status == status }
        var toChange = chosen.filter { $0.status != status }
        if status == .approved, !overCapacity {
            for eventID in Self.eventIDs(of: toChange) {
                guard let event = event(eventID) else { continue }
                let ofEvent = toChange.filter { $0.eventId == eventID }
                if let excess = Triage.excessIfApproved(ofEvent.map(\.id), event: event, registrations: contents.registrations) {
                    plan.beyondCapacity.append(BeyondCapacity(eventID: eventID, excess: excess, registrations: ofEvent))
                    toChange.removeAll { $0.eventId == eventID }
                }
            }
        }
        for registration in toChange {
            let edit = RegistrationEdit(id: registration.id, seen: registration, kind: .decide(status, note: note))
            if case .success(let version) = edit.applied(to: registration, at: now.timestamp) {
                plan.changed.append((registration, version))
            }
        }
        // A seat freed by declining or cancelling an approved inscription: offered, not taken.
        if status == .declined || status == .cancelled {
            let freed = plan.changed.filter { $0.before.status == .approved }.map(\.before)
            if !freed.isEmpty {
                var after = contents.registrations
                Triage.restore(plan.changed.map(\.after), in: &after)
                for eventID in Self.eventIDs(of: freed) {
                    if let event = event(eventID),
                       let candidate = Triage.promotionCandidate(for: event, approvedBefore: Triage.approvedCount(of: event, in: contents.registrations),
                                                                 registrations: after) {
                        plan.promotionCandidates.append(candidate)
                    }
                }
            }
        }
        return plan
    }

    private static func eventIDs(of registrations: [Registration]) -> [String] {
        var seen = Set<String>()
        return registrations.map(\.eventId).filter { seen.insert($0).inserted }
    }
}

extension DecisionPlan.Unresolved: Error {}

extension StoreContents {
    /// The inscription of this id, or the only one whose id begins so (at least four characters).
    public func resolve(_ text: String) -> Result<Registration, DecisionPlan.Unresolved> {
        if let registration = registration(id: text) { return .success(registration) }
        guard text.count >= 4 else { return .failure(.unknown(text)) }
        let matching = registrations.filter { $0.id.hasPrefix(text) }
        switch matching.count {
        case 0: return .failure(.unknown(text))
        case 1: return .success(matching[0])
        default: return .failure(.ambiguous(text, candidates: matching.prefix(5).map(\.id)))
        }
    }
}
