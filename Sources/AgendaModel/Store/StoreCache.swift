import Foundation
import Synchronization

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
        var output = Array("{\n  \"registrations\" : [\n".utf8)
        var kept: [String: (registration: Registration, bytes: [UInt8])] = [:]
        kept.reserveCapacity(registrations.count)
        let fresh = Self.encodeInParallel(registrations.filter { registration in
            encoded[registration.id].map { $0.registration != registration } ?? true
        })
        for (position, registration) in registrations.enumerated() {
            let bytes: [UInt8]
            if let cached = encoded[registration.id], cached.registration == registration {
                bytes = cached.bytes
            } else {
                bytes = fresh[registration.id] ?? Self.indented(RegistrationStore.encode(registration))
            }
            kept[registration.id] = (registration, bytes)
            output.append(contentsOf: bytes)
            output.append(contentsOf: position + 1 < registrations.count ? [0x2C, 0x0A] : [0x0A])
        }
        output.append(contentsOf: Array("  ],\n  \"schemaVersion\" : \(RegistrationStore.schemaVersion)\n}\n".utf8))
        encoded = kept
        return output
    }

    /// Each registration's indented JSON, by id, encoded on every core (an import brings
    /// 100 000 at once, and JSONEncoder takes some 20 µs for each).
    private static func encodeInParallel(_ registrations: [Registration]) -> [String: [UInt8]] {
        guard registrations.count > 64 else { return [:] }
        let chunkSize = 1024
        let chunkCount = (registrations.count + chunkSize - 1) / chunkSize
        let results = Mutex<[[(String, [UInt8])]]>(Array(repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let part = registrations[chunk * chunkSize..<min(registrations.count, (chunk + 1) * chunkSize)]
            let encoded = part.map { ($0.id, indented(RegistrationStore.encode($0))) }
            results.withLock { $0[chunk] = encoded }
        }
        var byID: [String: [UInt8]] = [:]
        byID.reserveCapacity(registrations.count)
        for (id, bytes) in results.withLock({ $0 }).joined() where byID[id] == nil { byID[id] = bytes }
        return byID
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
