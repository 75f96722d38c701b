import Synchronization

/// Turns byte offsets into the `line:column` a person finds in an editor (both from 1; the
/// column counts characters, not bytes, so that accents do not shift it).
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Found on the first question only: a valid catalogue never needs them.
    private let lineStarts: LazyLineStarts

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lineStarts = LazyLineStarts()
    }

    public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        let lineStarts = lineStarts.get(bytes)
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            // Continuation bytes (10xxxxxx) do not start a character.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}

private final class LazyLineStarts: Sendable {
    private let starts = Mutex<[Int]?>(nil)

    func get(_ bytes: [UInt8]) -> [Int] {
        starts.withLock { starts in
            if let starts { return starts }
            var found = [0]
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                found.append(index + 1)
            }
            starts = found
            return found
        }
    }
}
