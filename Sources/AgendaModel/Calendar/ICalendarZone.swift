import Foundation

/// A time zone as an import needs it: its UTC offset at any instant, and so the offset of a
/// wall-clock time, which may not exist (the hour skipped when clocks go forward) or exist twice
/// (the hour repeated when they go back).
public struct ICalendarZone: Sendable {
    /// What a wall-clock time is in this zone.
    public enum LocalTime: Sendable, Equatable {
        case offset(Int)
        /// Skipped by a change of the clocks: no instant has this reading.
        case nonexistent
    }

    private let offsetAt: @Sendable (Int) -> Int

    public init(offsetAt: @escaping @Sendable (Int) -> Int) {
        self.offsetAt = offsetAt
    }

    public static let utc = ICalendarZone { _ in 0 }

    /// A zone of the system's database (`Europe/Paris`).
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        offsetAt = { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0))) }
    }

    /// The coordinator's zone, for floating times.
    public init(_ zone: LocalZone) {
        offsetAt = { zone.offset(at: $0) }
    }

    public func offset(at instant: Int) -> Int { offsetAt(instant) }

    /// The offset of the wall-clock reading `wallSeconds` (seconds since 1970-01-01T00:00 as
    /// if it were UTC). A reading that exists twice takes the first, the summer offset, as
    /// RFC 5545 §3.3.5 asks (the earlier of the two instants).
    public func resolve(wallSeconds: Int) -> LocalTime {
        // Every offset in effect within 18 hours of the reading is a candidate: changes of the
        // clocks are months apart, and no offset is beyond ±18 hours.
        var candidates = Set<Int>()
        for shift in [-18 * 3600, 0, 18 * 3600] { candidates.insert(offsetAt(wallSeconds + shift)) }
        let valid = candidates.filter { offsetAt(wallSeconds - $0) == $0 }
        guard let first = valid.max() else { return .nonexistent }
        return .offset(first)
    }
}
