import AgendaModel
import CatalogueGenerator
import Foundation
import TestSupport
import Testing

/// Two or three programs on one data directory, each with its own `RegistrationStore` (its own
/// cache, as separate processes have): every change is applied to the store as it is on the
/// disk, and none is lost whichever order they come in.
@Suite struct SharedStoreTests {
    final class Directory {
        let path = NSTemporaryDirectory() + "agenda-shared-" + UUID().uuidString
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static let moment = Moment(today: CalendarDate(year: 2026, month: 12, day: 2)!, instant: 1_796_200_000, utcOffset: 3600)

    static func seeded(_ registrations: [Registration], journalThreshold: Int = 2 << 20) throws -> Directory {
        let directory = Directory()
        try RegistrationStore(directory: directory.path, journalThreshold: journalThreshold).save(registrations)
        return directory
    }

    @Test func theTwoWindowSequenceLosesNoDecision() throws {
        let initial = StoreWriter.pendingRegistrations(3)
        let (kerjean, benali) = (initial[0], initial[1])
        let directory = try Self.seeded(initial)
        let windowA = RegistrationStore(directory: directory.path)
        let windowB = RegistrationStore(directory: directory.path)
        let seenByA = try windowA.load()
        _ = try windowB.load()

        let approve = try windowA.apply([RegistrationEdit(id: kerjean.id, seen: kerjean, kind: .decide(.approved, note: nil))], at: Self.moment)
        #expect(approve.conflicts.isEmpty)
        let decline = try windowB.apply([RegistrationEdit(id: benali.id, seen: benali, kind: .decide(.declined, note: nil))], at: Self.moment)
        #expect(decline.written.count == 1)
        #expect(decline.sawOtherChanges, "B sees A's approval as it writes")

        // A still shows Benali pending: its waitlisting is refused, with her as she is now.
        let stale = seenByA.first { $0.id == benali.id }!
        let waitlist = try windowA.apply([RegistrationEdit(id: benali.id, seen: stale, kind: .decide(.waitlisted, note: nil))], at: Self.moment)
        #expect(waitlist.written.isEmpty)
        #expect(waitlist.conflicts.map(\.reason) == [.decidedElsewhere])
        #expect(waitlist.conflicts.first?.current?.status == .declined)
        #expect(waitlist.sawOtherChanges)

        // Decided again on what it now shows, it applies, after B's decline.
        let current = waitlist.conflicts[0].current!
        let again = try windowA.apply([RegistrationEdit(id: benali.id, seen: current, kind: .decide(.waitlisted, note: nil))], at: Self.moment)
        #expect(again.written.first?.history.map(\.to) == [.pending, .declined, .waitlisted])

        // B's undo of its decline would wipe A's waitlisting: refused, nothing written.
        var historyB = TriageHistory()
        historyB.record(TriageStep(before: [benali], after: decline.written))
        let step = historyB.undo()!
        let undo = try windowB.apply(step.edits(undoing: true), at: Self.moment, allOrNothing: true)
        #expect(undo.written.isEmpty)
        #expect(undo.conflicts.map(\.reason) == [.changedSince])

        let final = try RegistrationStore(directory: directory.path).load()
        #expect(final.first { $0.id == kerjean.id }?.status == .approved)
        #expect(final.first { $0.id == benali.id }?.history.map(\.to) == [.pending, .declined, .waitlisted])
    }

    @Test func anUndoIsANewEntryAndAppliesOnlyToWhatThisProgramLeft() throws {
        let initial = StoreWriter.pendingRegistrations(2)
        let directory = try Self.seeded(initial)
        let store = RegistrationStore(directory: directory.path)
        let decision = try store.apply([RegistrationEdit(id: "r0", seen: initial[0], kind: .decide(.approved, note: nil))], at: Self.moment)
        var history = TriageHistory()
        history.record(TriageStep(before: [initial[0]], after: decision.written))
        let undo = try store.apply(history.undo()!.edits(undoing: true), at: Self.moment, allOrNothing: true)
        #expect(undo.written.first?.status == .pending)
        #expect(undo.written.first?.history.map(\.to) == [.pending, .approved, .pending])
        #expect(undo.written.first?.history.last?.undo == true)
        let reread = try RegistrationStore(directory: directory.path).load()
        #expect(reread[0] == undo.written[0], "the undo's entry is in the file")
    }

    @Test func aNoteFromAnotherProgramIsKeptUnderADecision() throws {
        let initial = StoreWriter.pendingRegistrations(1)
        let directory = try Self.seeded(initial)
        let (a, b) = (RegistrationStore(directory: directory.path), RegistrationStore(directory: directory.path))
        _ = try a.load()
        _ = try b.apply([RegistrationEdit(id: "r0", seen: initial[0], kind: .setNote("Rappeler lundi"))], at: Self.moment)
        let write = try a.apply([RegistrationEdit(id: "r0", seen: initial[0], kind: .decide(.approved, note: nil))], at: Self.moment)
        #expect(write.written.first?.note == "Rappeler lundi")
        #expect(write.written.first?.status == .approved)
    }

    @Test func reloadIfChangedSeesOnlyOtherProgramsWrites() throws {
        for threshold in [2 << 20, 0] {
            let initial = StoreWriter.pendingRegistrations(4)
            let directory = try Self.seeded(initial, journalThreshold: threshold)
            let (a, b) = (RegistrationStore(directory: directory.path, journalThreshold: threshold),
                          RegistrationStore(directory: directory.path, journalThreshold: threshold))
            _ = try a.load()
            _ = try b.load()
            #expect(try a.reloadIfChanged() == nil)
            _ = try a.apply([RegistrationEdit(id: "r1", seen: initial[1], kind: .decide(.approved, note: nil))], at: Self.moment)
            #expect(try a.reloadIfChanged() == nil, "its own write is no news")
            let seen = try b.reloadIfChanged()
            #expect(seen?.first { $0.id == "r1" }?.status == .approved)
            #expect(try b.reloadIfChanged() == nil)
            if threshold == 0 {
                #expect(FileManager.default.fileExists(atPath: directory.path + "/registrations.journal"), "the journal carried it")
            }
        }
    }

    @Test func aStoreThatNoLongerReadsIsReportedUntilMended() throws {
        let initial = StoreWriter.pendingRegistrations(2)
        let directory = try Self.seeded(initial)
        let store = RegistrationStore(directory: directory.path)
        _ = try store.load()
        let path = directory.path + "/registrations.json"
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        try Data("{ \"schemaVersion\": 1, \"registrations\": [".utf8).write(to: URL(fileURLWithPath: path))
        for _ in 0..<2 {
            #expect(throws: StoreError.self) { try store.reloadIfChanged() }
        }
        #expect(throws: StoreError.self) {
            try store.apply([RegistrationEdit(id: "r0", seen: initial[0], kind: .decide(.approved, note: nil))], at: Self.moment)
        }
        try good.write(to: URL(fileURLWithPath: path))
        #expect(try store.reloadIfChanged()?.count == 2)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).contains("\"approved\"") == false)
    }

    @Test(arguments: [(seed: UInt64(1), threshold: 2 << 20), (seed: 2, threshold: 0), (seed: 3, threshold: 0), (seed: 4, threshold: 2 << 20)])
    func threeWritersInterleavingRandomlyLoseNothing(seed: UInt64, threshold: Int) throws {
        let initial = StoreWriter.pendingRegistrations(6)
        let directory = try Self.seeded(initial, journalThreshold: threshold)
        let writers = try (0..<3).map { number in
            try StoreWriter(name: "w\(number)", store: RegistrationStore(directory: directory.path, journalThreshold: threshold,
                                                                        journalLimit: 6_000),
                            seed: seed &* 1_000 &+ UInt64(number))
        }
        var order = SplitMix64(seed: seed)
        for _ in 0..<600 { try writers[order.below(writers.count)].step() }
        let final = try RegistrationStore(directory: directory.path).load()
        let written = writers.flatMap(\.written)
        #expect(StoreWriter.check(final: final, initial: initial, written: written) == nil)
        #expect(writers.map(\.conflicts).reduce(0, +) > 10, "the writers did decide on stale copies")
        #expect(written.count > 200)
    }
}
