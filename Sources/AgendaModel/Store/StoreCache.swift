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
        var output = Array("{\n  \"registrations\" : [\n".utf8)
        var kept: [String: (registration: Registration, bytes: [UInt8])] = [:]
        kept.reserveCapacity(registrations.count)
        for (position, registration) in registrations.enumerated() {
            let bytes: [UInt8]
            if let cached = encoded[registration.id], cached.registration == registration {
                bytes = cached.bytes
            } else {
                bytes = Self.indented(RegistrationStore.encode(registration))
            }
            kept[registration.id] = (registration, bytes)
            output.append(contentsOf: bytes)
            output.append(contentsOf: position + 1 < registrations.count ? [0x2C, 0x0A] : [0x0A])
        }
        output.append(contentsOf: Array("  ],\n  \"schemaVersion\" : \(RegistrationStore.schemaVersion)\n}\n".utf8))
        encoded = kept
        return output
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
