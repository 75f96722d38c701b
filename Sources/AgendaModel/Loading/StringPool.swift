import Foundation

/// Gives one `String` for each distinct text met while reading a part of a catalogue.
///
/// A national catalogue repeats itself: organisers, places, audiences, themes, roles, the
/// labels of the same questions. Sharing one string for each spares an allocation each time
/// and a good part of the memory (a short Swift string on the heap costs some 50 bytes more
/// than its text). Texts of 15 bytes or fewer live inside the `String` itself and are not pooled.
final class StringPool {
    static let pooledLengths = 16...128

    private var hashes: [UInt64]
    private var strings: [String?]
    private var count = 0

    init(capacity: Int = 4096) {
        let size = max(16, capacity.nextPowerOfTwo)
        hashes = Array(repeating: 0, count: size)
        strings = Array(repeating: nil, count: size)
    }

    /// The pooled string with these bytes, if any.
    func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        let hash = ByteHash.hash(utf8)
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while var existing = strings[slot] {
            if hashes[slot] == hash {
                let same = existing.withUTF8 { $0.count == utf8.count && memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) == 0 }
                if same { return existing }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Pools `string`, whose bytes are not pooled yet.
    func add(_ string: String) {
        var string = string
        let hash = string.withUTF8 { ByteHash.hash($0) }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while strings[slot] != nil { slot = (slot + 1) & mask }
        hashes[slot] = hash
        strings[slot] = string
        count += 1
        if count * 2 > hashes.count { grow() }
    }

    private func grow() {
        let old = zip(hashes, strings)
        hashes = Array(repeating: 0, count: hashes.count * 2)
        strings = Array(repeating: nil, count: hashes.count)
        let mask = hashes.count - 1
        for (hash, string) in old {
            guard let string else { continue }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while strings[slot] != nil { slot = (slot + 1) & mask }
            hashes[slot] = hash
            strings[slot] = string
        }
    }
}

private extension Int {
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
