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
}
