import Foundation

/// Which file is on the disk: a write by anyone (a rename of a new file) changes it.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    init?(path: String) {
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
    /// Where each id is in `registrations`, made on the first change by id and checked on use.
    private var positions: [String: Int] = [:]
    private var encoded: [String: (registration: Registration, bytes: [UInt8])] = [:]

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
        base = nil
        journal = nil
        positions = [:]
    }

    /// Puts each version in place of the registration with its id in `list` (the cached
    /// registrations or a copy of them), or at its end.
    mutating func upsert(_ versions: [Registration], in list: inout [Registration]) {
        for version in versions {
            if let position = positions[version.id], position < list.count, list[position].id == version.id {
                list[position] = version
                continue
            }
            if positions.count != list.count || positions[version.id] != nil {
                positions = Dictionary(list.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
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
    /// from each registration's own encoding, reused when it did not change.
    mutating func encodeFile(_ registrations: [Registration]) -> [UInt8] {
        guard !registrations.isEmpty else {
            return RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: RegistrationStore.schemaVersion,
                                                                                registrations: []))
        }
        // Each registration's JSON as last written, when it has not changed since; the others
        // are encoded anew, together.
        let cached: [[UInt8]?] = registrations.map { registration in
            encoded[registration.id].flatMap { $0.registration == registration ? $0.bytes : nil }
        }
        var fresh = Self.encodeInParallel(cached.indices.filter { cached[$0] == nil }.map { registrations[$0] }).makeIterator()
        var output = Array("{\n  \"registrations\" : [\n".utf8)
        var kept: [String: (registration: Registration, bytes: [UInt8])] = [:]
        kept.reserveCapacity(registrations.count)
        for (position, registration) in registrations.enumerated() {
            let bytes = cached[position] ?? fresh.next()!
            kept[registration.id] = (registration, bytes)
            output.append(contentsOf: bytes)
            output.append(contentsOf: position + 1 < registrations.count ? [0x2C, 0x0A] : [0x0A])
        }
        output.append(contentsOf: Array("  ],\n  \"schemaVersion\" : \(RegistrationStore.schemaVersion)\n}\n".utf8))
        encoded = kept
        return output
    }

    /// Each registration's indented JSON, in order, on every core when there are many (an
    /// import brings 100 000 at once).
    private static func encodeInParallel(_ registrations: [Registration]) -> [[UInt8]] {
        @Sendable func element(_ registration: Registration) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(1_024)
            RegistrationJSON.appendElement(registration, to: &bytes)
            return bytes
        }
        guard registrations.count > 256 else { return registrations.map(element) }
        return ParallelChunks.map(count: registrations.count, chunkSize: 1024) { range in
            registrations[range].map(element)
        }.flatMap { $0 }
    }
}
