/// The events' ids met so far while reading a catalogue, each with the byte offset of its
/// first event, to report a repeated one. Open addressing over `ByteHash`: a dictionary of
/// `String` hashed 100 000 ids in some 80 ms, this in a few.
struct IdentifierTable {
    private var hashes: [UInt64]
    /// Index in `entries` + 1; 0 is empty.
    private var slots: [Int32]
    private var entries: [(id: String, offset: Int)] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        slots = Array(repeating: 0, count: size)
        entries.reserveCapacity(capacity)
    }

    /// Adds `id`, first met at `offset`; the offset of its first event when it was met before.
    /// `hash`: `IdentifierTable.hash(id)`, when worked out ahead (by the cores that read the events).
    mutating func insert(_ id: String, hash: UInt64? = nil, offset: Int) -> Int? {
        let hash = hash ?? Self.hash(id)
        if entries.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if hashes[slot] == hash, entry.id == id { return entry.offset }
            slot = (slot + 1) & mask
        }
        entries.append((id, offset))
        hashes[slot] = hash
        slots[slot] = Int32(entries.count)
        return nil
    }

    static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { ByteHash.hash($0) }
    }

    private mutating func grow() {
        let old = zip(hashes, slots)
        hashes = Array(repeating: 0, count: hashes.count * 2)
        slots = Array(repeating: 0, count: hashes.count)
        let mask = slots.count - 1
        for (hash, entry) in old where entry != 0 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            slots[slot] = entry
        }
    }
}
