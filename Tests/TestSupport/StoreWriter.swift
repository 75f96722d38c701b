import AgendaModel
import CatalogueGenerator

/// One program writing to a shared store as the interface does: it decides, notes and undoes
/// from its own copy of the registrations, which it refreshes only now and then (as the
/// interface's tick does), so that it often decides on what another writer has changed since.
/// Every version it wrote is kept, for `StoreWriter.check` to prove that none was lost.
public final class StoreWriter {
    public let name: String
    let store: RegistrationStore
    private var known: [Registration]
    private var history = TriageHistory()
    private var random: SplitMix64
    private var count = 0
    /// Every version this writer's writes put in the store, in order.
    public private(set) var written: [Registration] = []
    /// How many of its edits the store refused because another writer had changed the registration.
    public private(set) var conflicts = 0

    public init(name: String, store: RegistrationStore, seed: UInt64) throws {
        self.name = name
        self.store = store
        self.random = SplitMix64(seed: seed)
        known = try store.load()
    }

    /// One random action: a decision (half the time), a note, an undo, a redo, or a look at
    /// the store for changes.
    public func step() throws {
        count += 1
        guard !known.isEmpty else { return }
        let moment = Moment(today: CalendarDate(year: 2026, month: 12, day: 2)!, instant: 1_796_200_000 + count, utcOffset: 3600)
        let roll = random.below(20)
        switch roll {
        case 0..<10:
            let registration = known[random.below(known.count)]
            let status = RegistrationStatus.allCases[random.below(RegistrationStatus.allCases.count)]
            guard status != registration.status else { return }
            // The entry's note names the writer and the decision, so that each one can be found again.
            var ids = [registration.id]
            var copy = known
            let report = Triage.apply(status, to: ids, in: &copy, at: moment, note: "\(name)-\(count)")
            ids = report.changed.map(\.id)
            let edits = report.step.before.map { RegistrationEdit(id: $0.id, seen: $0, kind: .decide(status, note: "\(name)-\(count)")) }
            let write = try store.apply(edits, at: moment)
            take(write)
            history.record(report.step)
            history.settleLastDone(write.written)
        case 10..<14:
            let registration = known[random.below(known.count)]
            var copy = known
            guard let step = Triage.setNote("\(name) \(count)", of: registration.id, in: &copy, at: moment) else { return }
            let write = try store.apply([RegistrationEdit(id: registration.id, seen: registration, kind: .setNote("\(name) \(count)"))], at: moment)
            take(write)
            history.record(step)
            history.settleLastDone(write.written)
        case 14..<18:
            let undoing = roll < 17
            let before = history
            guard let step = undoing ? history.undo() : history.redo() else { return }
            let write = try store.apply(step.edits(undoing: undoing), at: moment, allOrNothing: true)
            take(write)
            if write.conflicts.isEmpty {
                if undoing { history.settleLastUndone(write.written) } else { history.settleLastDone(write.written) }
            } else {
                history = before
            }
        default:
            if let registrations = try store.reloadIfChanged() { known = registrations }
        }
    }

    private func take(_ write: StoreWrite) {
        written.append(contentsOf: write.written)
        conflicts += write.conflicts.filter(\.isFromElsewhere).count
        if write.sawOtherChanges {
            known = write.registrations
        } else {
            Triage.restore(write.written, in: &known)
        }
    }

    /// What must hold of the store at the end, whichever order the writers' writes took: every
    /// version any writer wrote has a history that the final one continues (no decision lost,
    /// no entry removed), and each final registration is one of those written (or untouched).
    /// Nil when it holds, else what does not.
    public static func check(final: [Registration], initial: [Registration], written: [Registration]) -> String? {
        let finalByID = Dictionary(final.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard final.count == initial.count else { return "\(final.count) registrations at the end, \(initial.count) at the start" }
        for version in written {
            guard let last = finalByID[version.id] else { return "\(version.id) is gone" }
            guard last.history.starts(with: version.history) else {
                func said(_ history: [Registration.HistoryEntry]) -> String { history.map(\.to.rawValue).joined(separator: ",") }
                return "\(version.id): the history written [\(said(version.history))] is not kept by the final [\(said(last.history))]"
            }
        }
        var writtenByID: [String: [Registration]] = [:]
        for version in written { writtenByID[version.id, default: []].append(version) }
        for registration in initial {
            let last = finalByID[registration.id]!
            if let versions = writtenByID[registration.id] {
                guard versions.contains(last) else { return "\(registration.id) ends as a version nobody wrote" }
                guard last.status == last.history.last?.to else { return "\(registration.id): its status is not its history's last" }
            } else if last != registration {
                return "\(registration.id) changed though nobody wrote it"
            }
        }
        return nil
    }

    /// `count` pending registrations of one event, to start from.
    public static func pendingRegistrations(_ count: Int, event: String = "shared-event") -> [Registration] {
        (0..<count).map { position in
            let stamp = "2026-11-2\(position % 9)T10:00:00+01:00"
            return Registration(id: "r\(position)", eventId: event, status: .pending, createdAt: stamp, updatedAt: stamp, source: .form,
                                participant: Participant(firstName: "Prénom\(position)", lastName: "Nom", email: "p\(position)@example.org",
                                                         organisation: "Ville"),
                                consent: true, history: [.init(at: stamp, from: nil, to: .pending)])
        }
    }
}
