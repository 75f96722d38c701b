/// A wall-clock time, as written in the catalogue (`hh:mm` or `hh:mm:ss`).
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int { Int(storedHour) }
    public var minute: Int { Int(storedMinute) }
    public var second: Int { Int(storedSecond) }

    // Three bytes rather than twenty-four, as for `CalendarDate`.
    private let storedHour: UInt8
    private let storedMinute: UInt8
    private let storedSecond: UInt8

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        storedHour = UInt8(hour)
        storedMinute = UInt8(minute)
        storedSecond = UInt8(second)
    }

    public static let midnight = TimeOfDay(hour: 0, minute: 0)!

    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool {
        a.secondsSinceMidnight < b.secondsSinceMidnight
    }

    /// `hh:mm` (seconds are dropped: nobody schedules a workshop to the second).
    public var description: String { pad(hour, 2) + ":" + pad(minute, 2) }
}
