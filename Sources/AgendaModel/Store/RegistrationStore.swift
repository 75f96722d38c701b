import Foundation
import Synchronization

/// The coordinators' own data on the disk: `registrations.json` and `drafts.json` in the data
/// directory (registrations.md, format v1).
///
/// Reading never changes anything; a file that cannot be understood is reported and never
/// overwritten. Every write is atomic (`AtomicFile`) and private (0600), and keeps the file it
/// replaces as `registrations.json.bak` (`drafts.json.bak`). Changes that read then
/// write (`append`, `update`, the drafts) hold a lock on the directory meanwhile, so that two
/// running instances never lose each other's changes.
public final class RegistrationStore: Sendable {
    public static let schemaVersion = 1
    public static let registrationsFileName = "registrations.json"
    public static let draftsFileName = "drafts.json"

    /// The data directory.
    public let directory: String

    /// What this instance last read or wrote, so that a decision in a store of thousands does
    /// not decode and re-encode them all: the file is decoded again only when its identity
    /// changed (another instance wrote it), and each registration is re-encoded only when it
    /// changed.
    private let cache = Mutex(StoreCache())

    public init(directory: String) {
        self.directory = directory
    }

    public var registrationsPath: String { path(of: Self.registrationsFileName) }
    public var draftsPath: String { path(of: Self.draftsFileName) }

    // MARK: - Registrations

    /// Every registration, in the order stored. A missing file is an empty store.
    public func load() throws(StoreError) -> [Registration] {
        let identity = FileIdentity(path: registrationsPath)
        if let identity, let cached = cache.withLock({ $0.identity == identity ? $0.registrations : nil }) {
            return cached
        }
        guard let bytes = try Self.read(registrationsPath) else { return [] }
        let registrations = try Self.decode(RegistrationsFile.self, from: bytes, path: registrationsPath).registrations
        cache.withLock { cache in
            cache.identity = identity
            cache.registrations = registrations
        }
        return registrations
    }

    /// Replaces the whole store with `registrations`. A store that does not parse is not
    /// replaced: it is reported, as by every other write.
    public func save(_ registrations: [Registration]) throws(StoreError) {
        try withLock { () throws(StoreError) in
            _ = try load()
            try write(registrations)
        }
    }

    /// Adds one registration to the store as it is on the disk now.
    public func append(_ registration: Registration) throws(StoreError) {
        try update { $0.append(registration) }
    }

    /// Reads the store, lets `change` modify it, and writes the result, with no other instance
    /// writing in between. Nothing is written when the store cannot be read.
    @discardableResult
    public func update<Result>(_ change: (inout [Registration]) -> Result) throws(StoreError) -> Result {
        try withLock { () throws(StoreError) -> Result in
            var registrations = try load()
            let result = change(&registrations)
            try write(registrations)
            return result
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

    struct RegistrationsFile: Codable {
        var schemaVersion: Int
        var registrations: [Registration]
    }

    struct DraftsFile: Codable {
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

    private func write(_ registrations: [Registration]) throws(StoreError) {
        let bytes = cache.withLock { $0.encodeFile(registrations) }
        try AtomicFile.write(bytes, to: registrationsPath, keepingBackup: true)
        let identity = FileIdentity(path: registrationsPath)
        cache.withLock { cache in
            cache.identity = identity
            cache.registrations = registrations
        }
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
        let prefixes = [Self.registrationsFileName, Self.draftsFileName].flatMap { ["." + $0 + ".tmp-", "." + $0 + ".bak.tmp-"] }
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
    static func decode<File: Decodable>(_ type: File.Type, from bytes: [UInt8], path: String) throws(StoreError) -> File {
        do {
            _ = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = SourceText(bytes: bytes).lineColumn(of: error.offset)
            throw .corrupt(path: path, reason: .syntax(error.reason, line: line, column: column))
        }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        do {
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

    private static func corruption(_ error: DecodingError) -> StoreCorruption {
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
