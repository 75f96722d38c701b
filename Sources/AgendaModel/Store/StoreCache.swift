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
    var identity: FileIdentity?
    var registrations: [Registration] = []
    private var encoded: [String: (registration: Registration, bytes: [UInt8])] = [:]

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
    /// import brings 100 000 at once, and JSONEncoder takes some 20 µs for each).
    private static func encodeInParallel(_ registrations: [Registration]) -> [[UInt8]] {
        guard registrations.count > 64 else { return registrations.map { indented(RegistrationStore.encode($0)) } }
        return ParallelChunks.map(count: registrations.count, chunkSize: 1024) { range in
            registrations[range].map { indented(RegistrationStore.encode($0)) }
        }.flatMap { $0 }
    }

    /// A registration's JSON at the depth of the array's elements (four spaces), without the
    /// final newline `encode` adds.
    private static func indented(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        result.reserveCapacity(bytes.count + bytes.count / 8)
        let body = bytes.last == 0x0A ? bytes.dropLast() : bytes[...]
        for byte in body {
            result.append(byte)
            if byte == 0x0A { result.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
        }
        return result
    }
}
