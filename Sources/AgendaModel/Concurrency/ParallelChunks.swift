import Dispatch
import Synchronization

/// Work over `0..<count`, cut into chunks and done on every core: reading a national
/// catalogue's events, folding their search text, encoding 100 000 inscriptions.
enum ParallelChunks {
    /// `body` of each chunk's range, the results in chunk order.
    static func map<Result: Sendable>(count: Int, chunkSize: Int, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let chunkCount = (count + chunkSize - 1) / chunkSize
        let results = Mutex<[Result?]>(Array(repeating: nil, count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let result = body(chunk * chunkSize..<min(count, (chunk + 1) * chunkSize))
            results.withLock { $0[chunk] = result }
        }
        // Every chunk is done when concurrentPerform returns.
        return results.withLock { $0.map { $0! } }
    }

    /// `[transform(0), transform(1), …]`, worked out on every core and written in place.
    static func elements<Element: Sendable>(count: Int, chunkSize: Int = 8192,
                                            _ transform: @Sendable (Int) -> Element) -> [Element] {
        guard count > chunkSize else { return (0..<count).map(transform) }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            _ = map(count: count, chunkSize: chunkSize) { range in
                for index in range { (base + index).initialize(to: transform(index)) }
            }
            initialized = count
        }
    }
}
