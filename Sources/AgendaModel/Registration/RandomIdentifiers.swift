import Glibc

/// Registration ids: random (version 4) UUIDs in lower case, as docs/registrations.md wants them,
/// drawn from the system's random source 256 at a time. Foundation's `UUID()` opens
/// a device for each one (6 µs), which an import of 100 000 inscriptions cannot afford.
public struct RandomIdentifiers {
    private var pool: [UInt8] = []
    private var used = 0

    public init() {}

    public mutating func next() -> String {
        if used + 16 > pool.count { refill() }
        var bytes = pool[used..<(used + 16)]
        used += 16
        bytes[bytes.startIndex + 6] = bytes[bytes.startIndex + 6] & 0x0F | 0x40  // version 4
        bytes[bytes.startIndex + 8] = bytes[bytes.startIndex + 8] & 0x3F | 0x80  // RFC 4122 variant
        return Self.text(of: bytes)
    }

    /// `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.
    static func text(of bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { output in
            var position = 0
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    output[position] = UInt8(ascii: "-")
                    position += 1
                }
                output[position] = digits[Int(byte >> 4)]
                output[position + 1] = digits[Int(byte & 0x0F)]
                position += 2
            }
            return position
        }
    }

    /// arc4random_buf (glibc 2.36) draws from the kernel's generator without a call per byte,
    /// and never fails.
    private mutating func refill() {
        pool = [UInt8](repeating: 0, count: 4_096)
        used = 0
        pool.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, $0.count) }
    }
}
