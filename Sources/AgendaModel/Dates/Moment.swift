import Foundation

/// "Now" as the rules see it: the coordinator's calendar day, the instant, and the coordinator's
/// UTC offset (which gives a bare date its midnight when an event has no offset of its own).
public struct Moment: Sendable, Equatable {
    public let today: CalendarDate
    /// Seconds since 1970-01-01T00:00Z.
    public let instant: Int
    public let utcOffset: Int

    public init(today: CalendarDate, instant: Int, utcOffset: Int) {
        self.today = today
        self.instant = instant
        self.utcOffset = utcOffset
    }

    /// The start of `day` at the given offset: what `--today` means, so that runs are repeatable.
    public static func startOf(_ day: CalendarDate, utcOffset: Int = 0) -> Moment {
        Moment(today: day, instant: day.daysSinceEpoch * 86_400 - utcOffset, utcOffset: utcOffset)
    }

    /// The real now, in the machine's time zone.
    public static func current(timeZone: TimeZone = .current) -> Moment {
        let now = Date()
        let offset = timeZone.secondsFromGMT(for: now)
        let instant = Int(now.timeIntervalSince1970.rounded(.down))
        let localDays = Int((Double(instant + offset) / 86_400).rounded(.down))
        return Moment(today: CalendarDate(daysSinceEpoch: localDays), instant: instant, utcOffset: offset)
    }
}

extension Moment {
    /// `2026-11-23T10:15:00+01:00`: the moment in the coordinator's offset, as the store writes it.
    public var timestamp: String {
        let local = instant + utcOffset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let time = TimeOfDay(hour: seconds / 3600, minute: seconds % 3600 / 60, second: seconds % 60)!
        let offset = utcOffset == 0 ? "+00:00" : EventTime.offsetText(utcOffset)
        return "\(CalendarDate(daysSinceEpoch: days))T\(time):\(pad(time.second, 2))\(offset)"
    }
}
