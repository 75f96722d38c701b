import Foundation
import Testing
@testable import AgendaModel

/// `registrations.journal`: a large store's changes appended rather than rewritten. Each test
/// makes the journal start at once (threshold 0) with stores of a few registrations.
@Suite struct StoreJournalTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-journal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func journalling(limit: Int = 1 << 20) -> RegistrationStore {
        RegistrationStore(directory: directory, journalThreshold: 0, journalLimit: limit)
    }

    func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: directory + "/" + name).map { Array($0) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: directory + "/" + name) }

    /// A store of `count` registrations written whole, then its journal started with one change.
    func storeWithJournal(count: Int = 5) throws -> (RegistrationStore, [Registration]) {
        let store = journalling()
        var registrations = (0..<count).map(StoreCacheTests.registration)
        try store.save(registrations)
        registrations[1].status = .approved
        try store.upsert([registrations[1]])
        return (store, registrations)
    }

    func wholeFile(_ registrations: [Registration]) -> [UInt8] {
        RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: 1, registrations: registrations))
    }

    @Test func aChangeToALargeStoreIsAppendedAndRegistrationsJSONIsLeftAlone() throws {
        let store = journalling()
        var registrations = (0..<5).map(StoreCacheTests.registration)
        try store.save(registrations)
        let before = bytes("registrations.json")
        registrations[2].status = .declined
        try store.upsert([registrations[2]])
        let added = StoreCacheTests.registration(9)
        try store.append(added)
        registrations.append(added)
        #expect(bytes("registrations.json") == before)
        let journal = try #require(bytes("registrations.journal"))
        #expect(journal.filter { $0 == 0x0A }.count == 3)  // the header and two lines
        #expect(try store.load() == registrations)
        // Another instance, and a later run, read the same.
        #expect(try RegistrationStore(directory: directory).load() == registrations)
        var info = stat()
        #expect(stat(directory + "/registrations.journal", &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    @Test func aSmallStoreIsRewrittenWithoutAJournal() throws {
        let store = RegistrationStore(directory: directory)
        var registrations = (0..<5).map(StoreCacheTests.registration)
        try store.save(registrations)
        registrations[2].status = .declined
        try store.upsert([registrations[2]])
        #expect(!exists("registrations.journal"))
        #expect(bytes("registrations.json") == wholeFile(registrations))
    }

    @Test func foldingWritesTheWholeFileAndRemovesTheJournal() throws {
        let (store, registrations) = try storeWithJournal()
        #expect(exists("registrations.journal"))
        try store.foldJournal()
        #expect(!exists("registrations.journal"))
        #expect(bytes("registrations.json") == wholeFile(registrations))
        #expect(try RegistrationStore(directory: directory).load() == registrations)
        try store.foldJournal()  // nothing left to fold: nothing happens
        #expect(bytes("registrations.json") == wholeFile(registrations))
    }

    @Test func aJournalPastItsLimitIsFoldedByTheNextChange() throws {
        let store = journalling(limit: 4_000)
        var registrations = (0..<5).map(StoreCacheTests.registration)
        try store.save(registrations)
        var folded = false
        for round in 0..<12 {
            registrations[round % 5].note = "tour \(round)"
            try store.upsert([registrations[round % 5]])
            if !exists("registrations.journal") { folded = true }
            #expect(try RegistrationStore(directory: directory).load() == registrations)
        }
        #expect(folded)
        #expect((bytes("registrations.journal")?.count ?? 0) <= 4_000)
    }

    @Test func anUnfinishedLastLineIsIgnoredThenCutOffByTheNextAppend() throws {
        let (_, registrations) = try storeWithJournal()
        let path = directory + "/registrations.journal"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        // Longer than the line written next, so that only cutting it off leaves no trace of it.
        handle.write(Data(("[{\"id\":\"id-3\",\"status\":\"declined\",\"note\":\"" + String(repeating: "x", count: 3_000)).utf8))
        try handle.close()
        let reader = RegistrationStore(directory: directory, journalThreshold: 0)
        #expect(try reader.load() == registrations)
        var changed = registrations
        changed[4].note = "après la coupure"
        try reader.upsert([changed[4]])
        #expect(try RegistrationStore(directory: directory).load() == changed)
        let text = String(decoding: try #require(bytes("registrations.journal")), as: UTF8.self)
        #expect(!text.contains("declined") && !text.contains("xxx"))
        #expect(text.hasSuffix("}]\n"))
    }

    @Test func aJournalLeftBehindByAFoldIsNeverReplayedOverNewerVersions() throws {
        let (store, registrations) = try storeWithJournal()
        let leftover = try #require(bytes("registrations.journal"))  // says id-1 approved
        try store.foldJournal()
        var newer = registrations
        newer[1].status = .cancelled
        try store.save(newer)
        // As if the program had died between rewriting registrations.json and removing the journal.
        _ = FileManager.default.createFile(atPath: directory + "/registrations.journal", contents: Data(leftover))
        #expect(try RegistrationStore(directory: directory).load() == newer)
        // And the next change starts a journal of its own, with nothing of the old one.
        newer[3].note = "nouveau"
        try journalling().upsert([newer[3]])
        #expect(try RegistrationStore(directory: directory).load() == newer)
        let text = String(decoding: try #require(bytes("registrations.journal")), as: UTF8.self)
        #expect(text.filter { $0 == "\n" }.count == 2)
    }

    @Test func aCopiedDataDirectoryKeepsItsJournal() throws {
        let (_, registrations) = try storeWithJournal()
        let copy = directory + "-copie"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: directory, toPath: copy)
        #expect(try RegistrationStore(directory: copy).load() == registrations)
    }

    @Test func anotherInstancesAppendsAreReadWithoutReadingEverythingAgain() throws {
        let (mine, registrations) = try storeWithJournal()
        let theirs = journalling()
        #expect(try theirs.load() == registrations)
        var changed = registrations
        changed[0].status = .waitlisted
        try theirs.upsert([changed[0]])
        changed[4].status = .approved
        try mine.upsert([changed[4]])
        #expect(try mine.load() == changed)
        #expect(try theirs.load() == changed)
        // registrations.json was written once, by the save: the rest went to the journal.
        #expect(bytes("registrations.json") == wholeFile((0..<5).map(StoreCacheTests.registration)))
    }

    @Test func aBulkChangeIsOneLineAppliedWholeOrNotAtAll() throws {
        let (store, registrations) = try storeWithJournal()
        var changed = registrations
        for position in [0, 2, 4] { changed[position].status = .declined }
        try store.upsert([changed[0], changed[2], changed[4]])
        let journal = try #require(bytes("registrations.journal"))
        #expect(journal.filter { $0 == 0x0A }.count == 3)
        #expect(try RegistrationStore(directory: directory).load() == changed)
        // The same change cut short by a crash: none of it.
        _ = FileManager.default.createFile(atPath: directory + "/registrations.journal", contents: Data(journal.dropLast(40)))
        #expect(try RegistrationStore(directory: directory).load() == registrations)
    }

    @Test func twoWritersJournallingAtOnceLoseNothing() throws {
        try journalling().save((0..<3).map(StoreCacheTests.registration))
        let directory = directory
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let store = RegistrationStore(directory: directory, journalThreshold: 0, journalLimit: 6_000)
            for index in 0..<40 {
                try? store.append(StoreCacheTests.registration(1_000 * (writer + 1) + index))
            }
        }
        let ids = try RegistrationStore(directory: directory).load().map(\.id)
        #expect(ids.count == 83)
        #expect(Set(ids).count == 83)
    }

    @Test func aRemovalIsWrittenWholeAndEndsTheJournal() throws {
        let (store, registrations) = try storeWithJournal()
        try store.update { $0.remove(at: 0) }
        #expect(!exists("registrations.journal"))
        #expect(bytes("registrations.json") == wholeFile(Array(registrations.dropFirst())))
    }

    @Test func manyChangesAtOnceAreWrittenWhole() throws {
        let (store, registrations) = try storeWithJournal()
        let imported = (100..<(100 + StoreCacheTests.journalledChangesAtMost + 1)).map(StoreCacheTests.registration)
        try store.update { $0.append(contentsOf: imported) }
        #expect(!exists("registrations.journal"))
        #expect(bytes("registrations.json") == wholeFile(registrations + imported))
    }

    @Test func aDamagedLineIsReportedWithItsLineAndTheJournalIsKept() throws {
        let (_, _) = try storeWithJournal()
        let path = directory + "/registrations.journal"
        var journal = try #require(bytes("registrations.journal"))
        journal += Array("[{\"id\":\"x\"}]\n".utf8) + Array("pas du json\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(journal))
        let store = journalling()
        #expect(throws: StoreError.corrupt(path: path, reason: .invalidLine(3, field: "[0].eventId", .missing))) { try store.load() }
        journal.removeLast("pas du json\n".utf8.count)
        journal.removeLast("[{\"id\":\"x\"}]\n".utf8.count)
        journal += Array("pas du json\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(journal))
        do {
            _ = try store.load()
            Issue.record("a line that is not JSON was read")
        } catch {
            guard case .corrupt(path, .syntax(_, line: 3, column: 1)) = error else { Issue.record("\(error)"); return }
        }
        #expect(throws: StoreError.self) { try store.append(StoreCacheTests.registration(7)) }
        #expect(bytes("registrations.journal") == journal)
        #expect(StoreError.corrupt(path: "j", reason: .invalidLine(3, field: "eventId", .missing)).message(.fr)
                    .contains("ligne 3\u{202F}: champ eventId manquant"))
    }

    @Test func theFingerprintTellsApartFilesThatDifferByOneByte() {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: 1_000)
        let original = StoreJournal.Base(of: bytes)
        for position in [0, 31, 32, 500, 998, 999] {
            bytes[position] = UInt8(ascii: "b")
            #expect(StoreJournal.Base(of: bytes) != original, "byte \(position)")
            bytes[position] = UInt8(ascii: "a")
        }
        #expect(StoreJournal.Base(of: bytes) == original)
        #expect(StoreJournal.Base(of: bytes + [0x20]) != original)
    }
}

extension StoreCacheTests {
    static let journalledChangesAtMost = StoreCache.journalledChangesAtMost
}
