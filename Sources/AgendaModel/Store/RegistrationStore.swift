import Foundation
import Synchronization

/// The coordinators' own data on the disk: `registrations.json` and `drafts.json` in the data
/// directory (docs/registrations.md, format v1).
///
/// Reading never changes anything; a file that cannot be understood is reported and never
/// overwritten. Every write is atomic (`AtomicFile`) and private (0600), and keeps the file it
/// replaces as `registrations.json.bak` (`drafts.json.bak`). Changes that read then
/// write (`append`, `update`, the drafts) hold a lock on the directory meanwhile, so that two
/// running instances never lose each other's changes.
///
/// A store of thousands (over `journalThreshold` bytes) does not rewrite its whole file for a
/// few changed registrations: they are appended to `registrations.journal` (`StoreJournal`),
/// which `load` replays, and folded back into `registrations.json` when it has grown past
/// `journalLimit`, by any write of the whole store, and by `foldJournal` when the interface
/// closes.
public final class RegistrationStore: Sendable {
    public static let schemaVersion = 1
    public static let registrationsFileName = "registrations.json"
    public static let draftsFileName = "drafts.json"
    public static let journalFileName = StoreJournal.fileName

    /// The data directory.
    public let directory: String
    /// From this size of `registrations.json` on, changes go to the journal. Below it, a
    /// rewrite is as quick as an append, and the file stays current for other tools.
    public let journalThreshold: Int
    /// The journal's size past which it is folded into `registrations.json` by the next change.
    public let journalLimit: Int

    /// What this instance last read or wrote, so that a decision in a store of thousands does
    /// not decode and re-encode them all: the file is decoded again only when its identity
    /// changed (another instance wrote it), the journal is read only past what was already
    /// applied, and each registration is re-encoded only when it changed.
    private let cache = Mutex(StoreCache())

    public init(directory: String, journalThreshold: Int = 2 << 20, journalLimit: Int = 4 << 20) {
        self.directory = directory
        self.journalThreshold = journalThreshold
        self.journalLimit = journalLimit
    }

    public var registrationsPath: String { path(of: Self.registrationsFileName) }
    public var draftsPath: String { path(of: Self.draftsFileName) }
    public var journalPath: String { path(of: Self.journalFileName) }

    // MARK: - Registrations

    /// Every registration, in the order stored, with the journal's changes. A missing file is
    /// an empty store.
    public func load() throws(StoreError) -> [Registration] {
        try cache.withLock { cache throws(StoreError) -> [Registration] in
            try refresh(&cache)
            return cache.registrations
        }
    }

    /// Replaces the whole store with `registrations`. A store that does not parse is not
    /// replaced: it is reported, as by every other write.
    public func save(_ registrations: [Registration]) throws(StoreError) {
        try withLock { () throws(StoreError) in
            try cache.withLock { cache throws(StoreError) in
                try refresh(&cache)
                try write(registrations, into: &cache)
            }
        }
    }

    /// Adds one registration to the store as it is on the disk now.
    public func append(_ registration: Registration) throws(StoreError) {
        try upsert([registration])
    }

    /// Puts each of `versions` in the store as it is on the disk now, in place of the one with
    /// the same id, or at the end when there is none: a triage decision, an undo, a form.
    public func upsert(_ versions: [Registration]) throws(StoreError) {
        guard !versions.isEmpty else { return }
        try withLock { () throws(StoreError) in
            try cache.withLock { cache throws(StoreError) in
                try refresh(&cache)
                if usesJournal(cache) {
                    try journal(versions, into: &cache)
                } else {
                    try write(cache.registrations(upserting: versions), into: &cache)
                }
            }
        }
    }

    /// Reads the store, lets `change` modify it, and writes the result, with no other instance
    /// writing in between. Nothing is written when the store cannot be read.
    @discardableResult
    public func update<Result>(_ change: (inout [Registration]) -> Result) throws(StoreError) -> Result {
        try withLock { () throws(StoreError) -> Result in
            try cache.withLock { cache throws(StoreError) -> Result in
                try refresh(&cache)
                var registrations = cache.registrations
                let result = change(&registrations)
                if usesJournal(cache), let versions = StoreCache.upserts(from: cache.registrations, to: registrations),
                   versions.count <= StoreCache.journalledChangesAtMost {
                    if !versions.isEmpty { try journal(versions, into: &cache) }
                } else {
                    try write(registrations, into: &cache)
                }
                return result
            }
        }
    }

    /// Applies `edits` to the store as it is on the disk now, under the lock: each to the
    /// registration it names as currently stored, so that another program's changes in between
    /// are kept; those that no longer apply are returned as conflicts and change nothing. With
    /// `allOrNothing` (an undo), one conflict and nothing is written.
    public func apply(_ edits: [RegistrationEdit], at now: Moment, allOrNothing: Bool = false) throws(StoreError) -> StoreWrite {
        let outcome = try transact { contents -> (versions: [Registration], result: [EditConflict]) in
            let (versions, conflicts) = RegistrationEdit.apply(edits, to: contents.registration(id:), at: now.timestamp)
            return (allOrNothing && !conflicts.isEmpty ? [] : versions, conflicts)
        }
        return StoreWrite(written: outcome.versions, conflicts: outcome.result, registrations: outcome.registrations,
                          sawOtherChanges: outcome.sawOtherChanges)
    }

    /// What a transaction saw and did.
    public struct Transaction<Result> {
        /// The registrations it wrote.
        public var versions: [Registration]
        public var result: Result
        /// Every registration, after the write.
        public var registrations: [Registration]
        /// The store held changes this instance had not read yet.
        public var sawOtherChanges: Bool
    }

    /// Reads the store as it is now, under the lock; `body` says which registrations to put in
    /// (each replacing the one of its id, or added), and they are written (to the journal of a
    /// large store) before the lock is released. Nothing is written when `body` returns none.
    public func transact<Result>(_ body: (StoreContents) throws(StoreError) -> (versions: [Registration], result: Result))
        throws(StoreError) -> Transaction<Result> {
        try withLock { () throws(StoreError) -> Transaction<Result> in
            try cache.withLock { cache throws(StoreError) -> Transaction<Result> in
                let sawOtherChanges = try refresh(&cache)
                let (versions, result) = try body(cache.contents())
                if !versions.isEmpty {
                    if usesJournal(cache), versions.count <= StoreCache.journalledChangesAtMost {
                        try journal(versions, into: &cache)
                    } else {
                        try write(cache.registrations(upserting: versions), into: &cache)
                    }
                }
                return Transaction(versions: versions, result: result, registrations: cache.registrations,
                                   sawOtherChanges: sawOtherChanges)
            }
        }
    }

    /// Every registration, when the store changed on the disk since this instance last read or
    /// wrote it (another program's write); nil when it did not. Two `stat` calls when nothing
    /// changed, so that an interface can ask every second.
    public func reloadIfChanged() throws(StoreError) -> [Registration]? {
        try cache.withLock { cache throws(StoreError) -> [Registration]? in
            try refresh(&cache) ? cache.registrations : nil
        }
    }

    /// Writes the journal's changes into `registrations.json` and removes it, so that the file
    /// is whole again for anyone who reads it directly. Nothing to do without a journal.
    public func foldJournal() throws(StoreError) {
        guard access(journalPath, F_OK) == 0 else { return }
        try withLock { () throws(StoreError) in
            try cache.withLock { cache throws(StoreError) in
                try refresh(&cache)
                guard access(journalPath, F_OK) == 0 else { return }
                try write(cache.registrations, into: &cache)
            }
        }
    }

    /// The JSON the store writes for `registrations` (pretty-printed, sorted keys, slashes as
    /// is, UTF-8, invisible controls escaped), also what `registrations list --format json` shows.
    public static func encode<Value: Encodable>(_ value: Value) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value the store holds is encodable: strings, booleans, finite numbers.
        guard let data = try? encoder.encode(value) else { preconditionFailure("store values are always encodable") }
        return TerminalSafeText.escapingJSON(Array(data)) + [0x0A]
    }

    // MARK: - Erasure

    /// Erases a registration for good, as the person asked (GDPR, article 17): it leaves
    /// `registrations.json`, its backup (`registrations.json.bak` becomes the new file too) and
    /// the journal (folded and removed), and `erasures.json` keeps only its event, its status
    /// and the moment. The registration erased, or nil when the store has none with this id.
    public func erase(id: String, at moment: Moment) throws(StoreError) -> Registration? {
        try withLock { () throws(StoreError) -> Registration? in
            try cache.withLock { cache throws(StoreError) -> Registration? in
                try refresh(&cache)
                guard let erased = cache.registrations.first(where: { $0.id == id }) else { return nil }
                let kept = cache.registrations.filter { $0.id != id }
                let bytes = cache.encodeFile(kept)
                // No backup of the file replaced (it holds the person); the backup kept so far
                // may hold them too: it becomes this version.
                try AtomicFile.write(bytes, to: registrationsPath)
                try AtomicFile.write(bytes, to: registrationsPath + ".bak")
                _ = unlink(journalPath)
                cache.reset(identity: FileIdentity(path: registrationsPath), registrations: kept)
                if bytes.count >= journalThreshold { cache.base = StoreJournal.Base(of: bytes) }
                var erasures = try loadErasures()
                erasures.append(Erasure(eventId: erased.eventId, at: moment.timestamp, status: erased.status))
                try AtomicFile.write(Self.encode(ErasuresFile(schemaVersion: Self.schemaVersion, erasures: erasures)),
                                     to: erasuresPath)
                return erased
            }
        }
    }

    /// What is left of the registrations erased: their events, statuses and moments.
    public func loadErasures() throws(StoreError) -> [Erasure] {
        guard let bytes = try Self.read(erasuresPath) else { return [] }
        return try Self.decode(ErasuresFile.self, from: bytes, path: erasuresPath).erasures
    }

    public var erasuresPath: String { path(of: Self.erasuresFileName) }
    public static let erasuresFileName = "erasures.json"

    struct ErasuresFile: Codable, VersionedFile {
        var schemaVersion: Int
        var erasures: [Erasure]
    }

    // MARK: - Drafts

    /// The forms begun and not submitted, by event id. A missing file means none.
    public func loadDrafts() throws(StoreError) -> [String: RegistrationDraft] {
        guard let bytes = try Self.read(draftsPath) else { return [:] }
        return try Self.decode(DraftsFile.self, from: bytes, path: draftsPath).drafts
    }

    /// Keeps `draft` as the one draft of `eventID`, replacing any earlier one.
    public func saveDraft(_ draft: RegistrationDraft, for eventID: String) throws(StoreError) {
        try withLock { () throws(StoreError) in
            var drafts = try loadDrafts()
            drafts[eventID] = draft
            try writeDrafts(drafts)
        }
    }

    /// Forgets the draft of `eventID` (once submitted, or abandoned). No draft: nothing to do.
    public func removeDraft(for eventID: String) throws(StoreError) {
        // A quick look first, so that having no draft never creates a directory or a file.
        guard try loadDrafts()[eventID] != nil else { return }
        try withLock { () throws(StoreError) in
            var drafts = try loadDrafts()
            guard drafts.removeValue(forKey: eventID) != nil else { return }
            try writeDrafts(drafts)
        }
    }

    // MARK: - Files

    /// A store file: its format version is checked once it is read.
    protocol VersionedFile {
        var schemaVersion: Int { get }
    }

    struct RegistrationsFile: Codable, VersionedFile {
        var schemaVersion: Int
        var registrations: [Registration]
    }

    struct DraftsFile: Codable, VersionedFile {
        var schemaVersion: Int
        var drafts: [String: RegistrationDraft]
    }

    /// Only `schemaVersion`, read before the rest so that a file from a newer program is
    /// reported as such rather than as a list of puzzling field errors.
    private struct VersionProbe: Decodable {
        var schemaVersion: Int?
    }

    private func path(of name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Brings `cache` up to date with the disk: nothing when neither file changed, only the
    /// journal's new lines when only it grew, everything otherwise. True when it read anything.
    @discardableResult
    private func refresh(_ cache: inout StoreCache) throws(StoreError) -> Bool {
        let identity = FileIdentity(path: registrationsPath)
        let journal = FileIdentity(path: journalPath)
        // Files already found unreadable are not read again (an interface asks every second)
        // until one of them changes.
        if let failure = cache.failure, failure.registrations == identity, failure.journal == journal { throw failure.error }
        do {
            let changed = try refresh(&cache, identity: identity, journal: journal)
            cache.failure = nil
            return changed
        } catch {
            cache.failure = StoreCache.Failure(registrations: identity, journal: journal, error: error)
            throw error
        }
    }

    private func refresh(_ cache: inout StoreCache, identity: FileIdentity?, journal: FileIdentity?) throws(StoreError) -> Bool {
        if identity == cache.identity, cache.hasBeenRead {
            switch (cache.journal, journal) {
            case (nil, nil):
                return false
            case (let mark?, let journal?) where mark.isSameFile(as: journal) && journal.size == Int64(mark.length):
                return false
            case (let mark?, let journal?) where mark.isSameFile(as: journal) && journal.size > Int64(mark.length) && !mark.isStale:
                try replayJournal(from: mark.length, into: &cache)
                return true
            case (nil, _?) where cache.base != nil:
                try replayJournal(from: 0, into: &cache)
                return true
            default:
                break
            }
        }
        try reloadEverything(into: &cache)
        return true
    }

    private func reloadEverything(into cache: inout StoreCache) throws(StoreError) {
        let identity = FileIdentity(path: registrationsPath)
        let bytes = try Self.read(registrationsPath)
        let registrations = try bytes.map { bytes throws(StoreError) in
            try Self.decode(RegistrationsFile.self, from: bytes, path: registrationsPath).registrations
        } ?? []
        cache.reset(identity: identity, registrations: registrations)
        let hasJournal = access(journalPath, F_OK) == 0
        if let bytes, bytes.count >= journalThreshold || hasJournal { cache.base = StoreJournal.Base(of: bytes) }
        if hasJournal { try replayJournal(from: 0, into: &cache) }
    }

    /// Applies the journal's lines from `offset` on (0: all of it, header first).
    private func replayJournal(from offset: Int, into cache: inout StoreCache) throws(StoreError) {
        let identity = FileIdentity(path: journalPath)
        guard let identity, let bytes = try Self.read(journalPath) else { cache.journal = nil; return }
        switch try StoreJournal.read(bytes, from: offset, base: cache.base, path: journalPath) {
        case .stale:
            cache.journal = StoreCache.JournalMark(identity, length: bytes.count, isStale: true)
        case .usable(let contents):
            cache.applyUpserts(contents.versions)
            cache.journal = StoreCache.JournalMark(identity, length: contents.validLength, isStale: false)
        }
    }

    private func usesJournal(_ cache: borrowing StoreCache) -> Bool {
        guard let base = cache.base else { return false }
        return base.size >= journalThreshold
    }

    /// Appends `versions` to the journal (starting one when there is none for this base), or
    /// folds everything into `registrations.json` when the journal has grown too long.
    private func journal(_ versions: [Registration], into cache: inout StoreCache) throws(StoreError) {
        guard let base = cache.base else { preconditionFailure("a journal needs its base") }
        let line = StoreJournal.line(versions)
        let length: Int
        if let mark = cache.journal, !mark.isStale {
            if mark.length + line.count > journalLimit {
                return try write(cache.registrations(upserting: versions), into: &cache)
            }
            length = try StoreJournal.append(line, to: journalPath, validLength: mark.length)
        } else {
            // A new journal replaces a stale one whole, never a mix of the two.
            let bytes = StoreJournal.header(for: base) + line
            try AtomicFile.write(bytes, to: journalPath)
            length = bytes.count
        }
        guard let identity = FileIdentity(path: journalPath) else { throw .cannotWrite(path: journalPath, errno: ENOENT) }
        cache.journal = StoreCache.JournalMark(identity, length: length, isStale: false)
        cache.applyUpserts(versions)
    }

    /// Rewrites `registrations.json` whole, then removes the journal, whose changes it now holds
    /// (should the removal not happen, the journal names the old file and is ignored).
    private func write(_ registrations: [Registration], into cache: inout StoreCache) throws(StoreError) {
        let bytes = cache.encodeFile(registrations)
        try AtomicFile.write(bytes, to: registrationsPath, keepingBackup: true)
        _ = unlink(journalPath)
        cache.reset(identity: FileIdentity(path: registrationsPath), registrations: registrations)
        if bytes.count >= journalThreshold { cache.base = StoreJournal.Base(of: bytes) }
    }

    private func writeDrafts(_ drafts: [String: RegistrationDraft]) throws(StoreError) {
        try AtomicFile.write(Self.encode(DraftsFile(schemaVersion: Self.schemaVersion, drafts: drafts)), to: draftsPath,
                             keepingBackup: true)
    }

    /// Runs `body` holding an exclusive lock on the data directory (created if needed). The lock
    /// is on the directory itself, so no lock file is left lying around; it is released when
    /// the descriptor is closed, even if the program dies.
    private func withLock<Result>(_ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        try DataDirectory.ensureExists(directory)
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: directory, errno: errno) }
        defer { _ = close(descriptor) }
        var locked = true
        while flock(descriptor, LOCK_EX) != 0 {
            // A file system without locks (some network shares): go on, as a single instance would.
            if errno != EINTR { locked = false; break }
        }
        if locked { removeLeftovers() }
        return try body()
    }

    /// Temporary files of a write that was killed before its rename (hidden, 0600, but holding
    /// personal data). Every writer of these files holds the lock, so with the lock held any
    /// that exists belongs to a program that died.
    private func removeLeftovers() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let prefixes = [Self.registrationsFileName, Self.draftsFileName, Self.journalFileName, Self.erasuresFileName].flatMap { ["." + $0 + ".tmp-", "." + $0 + ".bak.tmp-"] }
        for name in names where name.hasPrefix(".") && prefixes.contains(where: name.hasPrefix) {
            _ = unlink(path(of: name))
        }
    }

    /// The file's bytes; nil when it does not exist.
    static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let failure = errno
            if failure == ENOENT { return nil }
            throw .cannotRead(path: path, errno: failure)
        }
        defer { _ = close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Decodes a store file, saying precisely what is wrong when it cannot: the place of a
    /// syntax error (Foundation's decoder does not give it), an unknown version, or the field.
    /// A file that decodes is read once; the slower explanations are for one that does not.
    static func decode<File: Decodable & VersionedFile>(_ type: File.Type, from bytes: [UInt8], path: String) throws(StoreError) -> File {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        if let file = try? decoder.decode(File.self, from: data) {
            guard file.schemaVersion == schemaVersion else { throw .corrupt(path: path, reason: .unsupportedVersion(file.schemaVersion)) }
            return file
        }
        do {
            _ = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = SourceText(bytes: bytes).lineColumn(of: error.offset)
            throw .corrupt(path: path, reason: .syntax(error.reason, line: line, column: column))
        }
        do {
            // A file from a newer program is said to be one, rather than as puzzling field errors.
            let version = try decoder.decode(VersionProbe.self, from: data).schemaVersion
            guard version == schemaVersion else { throw StoreError.corrupt(path: path, reason: .unsupportedVersion(version)) }
            return try decoder.decode(File.self, from: data)
        } catch let error as StoreError {
            throw error
        } catch let error as DecodingError {
            throw .corrupt(path: path, reason: corruption(error))
        } catch {
            throw .corrupt(path: path, reason: .invalidField(fieldName([]), .invalidValue))
        }
    }

    static func corruption(_ error: DecodingError) -> StoreCorruption {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalidField(fieldName(context.codingPath + [key]), .missing)
        case .valueNotFound(_, let context):
            return .invalidField(fieldName(context.codingPath), .missing)
        case .typeMismatch(_, let context):
            return .invalidField(fieldName(context.codingPath), .wrongType)
        case .dataCorrupted(let context):
            return .invalidField(fieldName(context.codingPath), .invalidValue)
        @unknown default:
            return .invalidField(fieldName([]), .invalidValue)
        }
    }

    /// `registrations[2].participant.email`, as a person would look for it in the file.
    static func fieldName(_ path: [CodingKey]) -> String {
        var name = ""
        for key in path {
            if let index = key.intValue {
                name += "[\(index)]"
            } else {
                name += name.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return name.isEmpty ? "(document)" : name
    }
}
