import Foundation

/// Which file is on the disk: a write by anyone (a rename of a new file) changes it.
public struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    /// The file as it is now; nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
    }
}

/// The registrations as last read or written, and each one's encoded JSON.
struct StoreCache: ~Copyable {
    /// The `registrations.json` they were read from or written to.
    var identity: FileIdentity?
    /// That file's size and fingerprint, for a store large enough to journal (or with a journal).
    var base: StoreJournal.Base?
    /// How much of the journal is applied, when there is one.
    var journal: JournalMark?
    /// With the journal's changes.
    var registrations: [Registration] = []
    /// False until the files were first read: before, a missing file says nothing.
    private(set) var hasBeenRead = false
    /// The files as they were when they could not be read, and why.
    var failure: Failure?

    struct Failure {
        let registrations: FileIdentity?
        let journal: FileIdentity?
        let error: StoreError
    }
    /// Where each id is in `registrations`, made on the first change by id and checked on use.
    private var positions: [String: Int] = [:]
    /// The file as last encoded, the registrations it holds, and where each one's JSON is in it.
    private var encodedFile: [UInt8] = []
    private var encodedRegistrations: [Registration] = []
    private var encodedRanges: [Range<Int>] = []

    /// A change to more registrations than this is written as a whole new file, not journalled:
    /// an import of thousands is one rewrite, not thousands of lines to replay.
    static let journalledChangesAtMost = 512

    /// The journal file applied, and up to where.
    struct JournalMark {
        let device: UInt64
        let inode: UInt64
        var length: Int
        /// It names another `registrations.json`: nothing of it applies.
        var isStale: Bool

        init(_ identity: FileIdentity, length: Int, isStale: Bool) {
            device = identity.device
            inode = identity.inode
            self.length = length
            self.isStale = isStale
        }

        func isSameFile(as identity: FileIdentity) -> Bool {
            identity.device == device && identity.inode == inode
        }
    }

    /// Starts again from `registrations`, as read from or written to the file `identity`.
    mutating func reset(identity: FileIdentity?, registrations: [Registration]) {
        self.identity = identity
        self.registrations = registrations
        hasBeenRead = true
        base = nil
        journal = nil
        positions = [:]
    }

    /// The registrations and where each id is, for a change that reads them by id.
    mutating func contents() -> StoreContents {
        if positions.count != registrations.count { positions = registrations.positionsByID }
        return StoreContents(registrations: registrations, positions: positions)
    }

    /// The cached registrations with `versions` put in, leaving the cache as it is (for a
    /// write that may still fail).
    mutating func registrations(upserting versions: [Registration]) -> [Registration] {
        var list = registrations
        upsert(versions, in: &list)
        return list
    }

    /// Puts `versions` into the cached registrations themselves, without copying them all
    /// (the array is taken out of the cache while it changes, so that it is not shared).
    mutating func applyUpserts(_ versions: [Registration]) {
        var list = registrations
        registrations = []
        upsert(versions, in: &list)
        registrations = list
    }

    /// Puts each version in place of the registration with its id in `list` (the cached
    /// registrations or a copy of them), or at its end.
    private mutating func upsert(_ versions: [Registration], in list: inout [Registration]) {
        for version in versions {
            if let position = positions[version.id], position < list.count, list[position].id == version.id {
                list[position] = version
                continue
            }
            if positions.count != list.count || positions[version.id] != nil {
                positions = list.positionsByID
                if let position = positions[version.id] {
                    list[position] = version
                    continue
                }
            }
            positions[version.id] = list.count
            list.append(version)
        }
    }

    /// What turns `old` into `new` as replacements in place and additions at the end, or nil
    /// when it is something else (a removal, a new order).
    static func upserts(from old: [Registration], to new: [Registration]) -> [Registration]? {
        guard new.count >= old.count else { return nil }
        var versions: [Registration] = []
        for position in old.indices where old[position] != new[position] {
            guard old[position].id == new[position].id else { return nil }
            versions.append(new[position])
        }
        versions.append(contentsOf: new[old.count...])
        return versions
    }

    /// The same bytes as encoding the whole file at once (pretty-printed, sorted keys), built
    /// from each registration's own encoding, copied from the last file when it did not change.
    mutating func encodeFile(_ registrations: [Registration]) -> [UInt8] {
        guard !registrations.isEmpty else {
            return RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: RegistrationStore.schemaVersion,
                                                                                registrations: []))
        }
        let reused = reusableRanges(registrations)
        let freshPositions = reused.indices.filter { reused[$0] == nil }
        let fresh = Self.encodeInParallel(freshPositions.map { registrations[$0] })
        var output = Array("{\n  \"registrations\" : [\n".utf8)
        output.reserveCapacity(encodedFile.count + fresh.reduce(0) { $0 + $1.bytes.count } + 64)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(registrations.count)
        var chunks = fresh.makeIterator()
        var chunk = chunks.next()
        var inChunk = 0
        for position in registrations.indices {
            let start = output.count
            if let range = reused[position] {
                output.append(contentsOf: encodedFile[range])
            } else {
                while inChunk == chunk!.ranges.count {
                    chunk = chunks.next()
                    inChunk = 0
                }
                output.append(contentsOf: chunk!.bytes[chunk!.ranges[inChunk]])
                inChunk += 1
            }
            ranges.append(start..<output.count)
            output.append(contentsOf: position + 1 < registrations.count ? [0x2C, 0x0A] : [0x0A])
        }
        output.append(contentsOf: Array("  ],\n  \"schemaVersion\" : \(RegistrationStore.schemaVersion)\n}\n".utf8))
        encodedFile = output
        encodedRegistrations = registrations
        encodedRanges = ranges
        return output
    }

    /// Where each of `registrations` is in the last file encoded, when it is there unchanged.
    private func reusableRanges(_ registrations: [Registration]) -> [Range<Int>?] {
        // The same array (nothing changed since, or only added at its end): no need to compare.
        let sameStorage = registrations.withUnsafeBufferPointer { new in
            encodedRegistrations.withUnsafeBufferPointer { old in new.baseAddress == old.baseAddress }
        }
        var positionsByID: [String: Int]?
        return registrations.indices.map { position -> Range<Int>? in
            let registration = registrations[position]
            var old = position
            if position >= encodedRegistrations.count || encodedRegistrations[position].id != registration.id {
                // Moved (a registration before it removed): found by id.
                if positionsByID == nil {
                    positionsByID = encodedRegistrations.positionsByID
                }
                guard let found = positionsByID?[registration.id] else { return nil }
                old = found
            } else if sameStorage {
                return encodedRanges[position]
            }
            return encodedRegistrations[old] == registration ? encodedRanges[old] : nil
        }
    }

    /// Each registration's indented JSON, in order, in a few buffers (one per chunk of work),
    /// on every core when there are many (an import brings 100 000 at once).
    private static func encodeInParallel(_ registrations: [Registration]) -> [(bytes: [UInt8], ranges: [Range<Int>])] {
        @Sendable func encode(_ slice: ArraySlice<Registration>) -> (bytes: [UInt8], ranges: [Range<Int>]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(slice.count * 1_024)
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(slice.count)
            for registration in slice {
                let start = bytes.count
                RegistrationJSON.appendElement(registration, to: &bytes)
                ranges.append(start..<bytes.count)
            }
            return (bytes, ranges)
        }
        guard registrations.count > 256 else { return [encode(registrations[...])] }
        return ParallelChunks.map(count: registrations.count, chunkSize: 2_048) { range in encode(registrations[range]) }
    }
}

/// The store as a change finds it: every registration, and each one by id.
public struct StoreContents: Sendable {
    public let registrations: [Registration]
    private let positions: [String: Int]

    init(registrations: [Registration], positions: [String: Int]) {
        self.registrations = registrations
        self.positions = positions
    }

    public init(_ registrations: [Registration]) {
        self.init(registrations: registrations, positions: registrations.positionsByID)
    }

    public func registration(id: String) -> Registration? {
        positions[id].map { registrations[$0] }
    }
}

extension Array where Element == Registration {
    /// Where each id first is.
    public var positionsByID: [String: Int] {
        Dictionary(enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
