import Synchronization

/// How far a catalogue's reading has gone, for a progress bar drawn by another thread.
public final class LoadingProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let total = Atomic<Int>(0)

    public init() {}

    /// From 0 to 1; 0 until the events are counted.
    public var fraction: Double {
        let total = total.load(ordering: .relaxed)
        return total == 0 ? 0 : min(1, Double(done.load(ordering: .relaxed)) / Double(total))
    }

    func start(total: Int) { self.total.store(total, ordering: .relaxed) }

    func advance(by count: Int) { done.add(count, ordering: .relaxed) }
}
