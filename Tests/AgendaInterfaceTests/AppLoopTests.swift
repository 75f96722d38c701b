import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation
import Testing

/// A terminal made of a list of keys: one key per wait, so that every key gets its own frame;
/// when the keys run out it types `q` until the program quits.
final class FakeTerminal: TerminalDevice {
    /// What `runOutside` is asked to run, and what it does in place of an editor.
    private(set) var ranOutside: [[String]] = []
    var outside: ([String]) -> Int32? = { _ in 0 }
    func runOutside(_ arguments: [String]) -> Int32? {
        ranOutside.append(arguments)
        return outside(arguments)
    }

    var keys: [Key]
    private(set) var frames: [Grid] = []
    /// Done just before the key of that number (from 0) is read: another program's change.
    var beforeKey: [Int: () -> Void] = [:]
    private var keysRead = 0
    let size: (width: Int, height: Int)
    let supportsColor = false

    init(keys: [Key], width: Int = 120, height: Int = 30) {
        self.keys = keys
        self.size = (width, height)
    }

    func draw(_ grid: Grid) { frames.append(grid) }
    func invalidate() {}
    func restore() {}

    func readKey(timeoutMilliseconds: Int?) -> Key? {
        // Nothing is ever already waiting: each key is read by a wait of its own.
        if timeoutMilliseconds == 0 { return nil }
        beforeKey.removeValue(forKey: keysRead)?()
        keysRead += 1
        return keys.isEmpty ? .character("q") : keys.removeFirst()
    }

    /// The status bar of each frame.
    var statusLines: [String] { frames.map { $0.line($0.height - 1) } }
}

/// A store that can be told to fail: the writes it is asked for, and what it holds. Another
/// program's change is made with `changeElsewhere`, and shown to the loop on its next look.
final class FakeKeeper: RegistrationKeeper {
    private(set) var list: [Registration]
    private(set) var writes = 0
    /// The writes (counted from 1) that fail, as a full disk does.
    var failing: Set<Int> = []
    /// Another program's changes this keeper has not shown yet.
    private var unseenChanges = false

    init(_ registrations: [Registration]) {
        list = registrations
    }

    var stored: [String: Registration] { Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last }) }

    private func write() throws {
        writes += 1
        if failing.contains(writes) { throw StoreError.cannotWrite(path: "/data/registrations.json", errno: ENOSPC) }
    }

    /// Another program's change to the store, seen at the loop's next look.
    func changeElsewhere(_ change: (inout [Registration]) -> Void) {
        change(&list)
        unseenChanges = true
    }

    /// Another program's change that the loop's look does not catch before the next write (it
    /// came just before the key): the write finds it.
    func changeElsewhereNow(_ change: (inout [Registration]) -> Void) {
        change(&list)
        hiddenChanges = true
    }
    private var hiddenChanges = false

    func saveDraft(_ draft: RegistrationDraft, for eventID: String) throws { try write() }
    /// The events written from the editor, in order.
    private(set) var savedEvents: [Event] = []
    /// Set to make the next event save find the file changed: the catalogue as it is then.
    var catalogueChangedOnDisk: Catalogue?
    /// Set to show the loop another program's catalogue at its next look.
    var catalogueFromElsewhere: Catalogue?
    func catalogueChangedElsewhere() -> Catalogue? {
        defer { catalogueFromElsewhere = nil }
        return catalogueFromElsewhere
    }
    func saveEvent(_ event: Event, creatingFromSample: Bool) throws -> EventWrite {
        try write()
        if let changed = catalogueChangedOnDisk {
            catalogueChangedOnDisk = nil
            return .changedOnDisk(changed)
        }
        savedEvents.append(event)
        return .written
    }
    func removeDraft(for eventID: String) throws { try write() }
    private(set) var queued: [MailMessage] = []
    func queuedMessages() throws -> [QueuedMessage] {
        queued.enumerated().map { QueuedMessage(path: "/data/outbox/new/\($0.offset).agenda", bytes: Array($0.element.rfc5322.utf8)) }
    }
    func sendQueued() throws -> (sent: Int, failures: [String: String]) {
        try write()
        defer { queued = [] }
        return (queued.count, [:])
    }
    func queue(_ messages: [MailMessage]) throws {
        try write()
        queued += messages
    }
    func erase(_ id: String) throws -> Bool {
        try write()
        defer { list.removeAll { $0.id == id } }
        return list.contains { $0.id == id }
    }
    func apply(_ edits: [RegistrationEdit], at moment: Moment, allOrNothing: Bool) throws -> StoreWrite {
        try write()
        let outcome = Triage.apply(edits, in: &list, at: moment, allOrNothing: allOrNothing)
        defer { unseenChanges = false; hiddenChanges = false }
        return StoreWrite(written: outcome.written, conflicts: outcome.conflicts, registrations: list,
                          sawOtherChanges: unseenChanges || hiddenChanges)
    }
    func changesFromElsewhere() throws -> [Registration]? {
        guard unseenChanges else { return nil }
        unseenChanges = false
        return list
    }
    func exportCalendar(_ event: Event) throws -> String { "/data/exports/\(event.id).ics" }
    func exportInscriptions(_ export: InscriptionsExport) throws -> String { "/data/exports/\(export.eventID ?? "inscriptions").xlsx" }
    func describe(_ error: Error) -> String { (error as? StoreError).map(Strings(.fr).text) ?? "\(error)" }
}

/// The loop with a fake terminal and a store that fails: the screen and the store agree at
/// every step, and undo stays true.
@Suite struct AppLoopTests {
    func triaging(_ count: Int = 4) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: TriageListTests.registrations(count))
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        return state
    }

    func run(_ state: inout AgendaState, keys: [Key], failing: Set<Int>) -> (FakeTerminal, FakeKeeper) {
        let terminal = FakeTerminal(keys: keys)
        let keeper = FakeKeeper(state.registrations)
        keeper.failing = failing
        AppLoop.run(&state, on: terminal, keeper: keeper)
        return (terminal, keeper)
    }

    func status(_ id: String, _ state: AgendaState) -> RegistrationStatus? {
        state.registrationIndex[id].map { state.registrations[$0].status }
    }

    @Test("e in a message hands it to the editor as Subject:, a blank line and the text, and takes back what it left")
    func aMessageIsEditedInTheEditor() throws {
        var state = triaging(2)
        state.mailSender = MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
        state.mailOnDecision = .off
        let terminal = FakeTerminal(keys: [.character("a"), .character("k"), .character("m"), .character("e"), .character("o"),
                                           .character("q"), .character("q")])
        var given = ""
        terminal.outside = { arguments in
            // As an editor would: read the file it is given, write it back changed.
            let file = arguments[arguments.count - 1]
            given = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            try? "Subject: Bienvenue, Élodie\n\nChère Élodie,\n\nÀ bientôt.\n".write(toFile: file, atomically: false, encoding: .utf8)
            return 0
        }
        let keeper = FakeKeeper(state.registrations)
        AppLoop.run(&state, on: terminal, keeper: keeper)
        #expect(terminal.ranOutside.first?.prefix(3) == ["/bin/sh", "-c", (ProcessInfo.processInfo.environment["VISUAL"] ?? ProcessInfo.processInfo.environment["EDITOR"] ?? "vi") + " \"$1\""])
        #expect(given.hasPrefix("Subject: Inscription confirmée\u{202F}: Formation") && given.contains("\n\nBonjour Élodie,\n"))
        #expect(keeper.queued.count == 1)
        #expect(keeper.queued.first?.subject == "Bienvenue, Élodie")
        #expect(keeper.queued.first?.body == "Chère Élodie,\n\nÀ bientôt.\n")
        #expect(terminal.statusLines.contains { $0.contains("Message modifié.") })
    }

    @Test("O shows the outbox with what waits, s sends it all, and the title bar's count follows")
    func theOutboxShowsAndSends() throws {
        var state = triaging(2)
        state.mailSender = MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
        state.mailOnDecision = .queue
        let terminal = FakeTerminal(keys: [.character("a"), .character("O"), .character("s"), .escape, .character("q"), .character("q")],
                                    width: 120, height: 30)
        let keeper = FakeKeeper(state.registrations)
        AppLoop.run(&state, on: terminal, keeper: keeper)
        let shown = terminal.frames.map(\.text).first { $0.contains("Boîte d'envoi — 1 message") }
        #expect(shown?.contains("confirmation  Élodie N0 <p0@example.org>  Inscription confirmée") == true, "\(terminal.frames.last?.text ?? "")")
        #expect(terminal.statusLines.contains { $0.contains("1 envoyé, 0 en attente.") })
        #expect(keeper.queued.isEmpty && state.queuedMessageCount == 0)
    }

    @Test("a decision the store refuses is undone on screen, says why, and leaves nothing to undo")
    func failedDecision() {
        var state = triaging()
        let (terminal, keeper) = run(&state, keys: [.character("a"), .character("u")], failing: [1])
        #expect(status("r0", state) == .pending)
        #expect(keeper.stored["r0"]?.status == .pending)
        #expect(terminal.statusLines.contains { $0.contains("Rien n'a changé\u{202F}: /data/registrations.json\u{202F}: enregistrement impossible (le disque est plein)") })
        #expect(terminal.statusLines.contains { $0.contains("Rien à annuler.") })
        #expect(state.triageHistory.undoable.isEmpty)
    }

    @Test("a bulk decision the store refuses leaves every tagged inscription as it was")
    func failedBulkDecision() {
        var state = triaging()
        let (terminal, keeper) = run(&state, keys: [.character(" "), .character(" "), .character(";"), .character("x")], failing: [1])
        #expect(state.registrations.allSatisfy { $0.status == .pending })
        #expect(keeper.stored.values.allSatisfy { $0.status == .pending })
        #expect(terminal.statusLines.contains { $0.contains("le disque est plein") })
    }

    @Test("a note the store refuses is not kept")
    func failedNote() {
        var state = triaging()
        let (terminal, keeper) = run(&state, keys: [.character("n"), .character("X"), .control("s")], failing: [1])
        #expect(state.registrations[state.registrationIndex["r0"]!].note == "")
        #expect(keeper.stored["r0"]?.note == "")
        #expect(terminal.statusLines.contains { $0.contains("Rien n'a changé") })
    }

    @Test("an undo the store refuses keeps the decision, which can still be undone once space is freed")
    func failedUndo() {
        var state = triaging()
        let (terminal, keeper) = run(&state, keys: [.character("a"), .character("u"), .character("u")], failing: [2])
        #expect(terminal.statusLines.contains { $0.contains("Rien n'a changé") })
        // The second undo went through: as on disk, r0 is pending again, and can be redone.
        #expect(status("r0", state) == .pending)
        #expect(keeper.stored["r0"]?.status == .pending)
        #expect(state.triageHistory.redoable.count == 1)
        #expect(keeper.writes == 3)
    }

    @Test("a store that could not be read refuses every change, and nothing is written")
    func readOnlyStoreRefuses() {
        var state = triaging()
        state.storeIsReadOnly = true
        let (terminal, keeper) = run(&state, keys: [.character("a"), .character("n"), .character("X"), .control("s"), .character("u")], failing: [])
        #expect(keeper.writes == 0)
        #expect(state.registrations.allSatisfy { $0.status == .pending && $0.note.isEmpty })
        #expect(terminal.statusLines.filter { $0.contains("lecture seule") }.count >= 2)
    }

    @Test("the clock's next day moves today: the agenda's first upcoming event follows")
    func midnightMovesToday() {
        var state = SampleState.make()
        let today = state.moment.today
        let later = CalendarDate(daysSinceEpoch: today.daysSinceEpoch + 40)
        _ = state.update(.tick(.startOf(later)))
        #expect(state.moment.today == later)
        #expect(state.events.allSatisfy { $0.isUpcoming(today: later) })
        #expect(ScreenRenderer.render(state).line(0).contains(state.strings.dates.fullDate(later)))
    }
}
