import AgendaModel
import AgendaWords

/// The events the agenda shows, in its order: positions into the catalogue, so that a filter
/// or a search over a national catalogue copies integers, not events.
public struct VisibleEvents: RandomAccessCollection, Sendable {
    private let all: [Event]
    /// Positions in the catalogue's `events`, in display order.
    public let positions: [Int]

    init(_ all: [Event], positions: [Int]) {
        self.all = all
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(index: Int) -> Event { all[positions[index]] }
}
