/// A start or end as the catalogue writes it: a whole day, or a wall-clock time with the UTC
/// offset it was written in.
///
/// The offset is kept rather than converted: an event in Yerevan at 10:00+04:00 is shown at
/// 10:00, its local time, whatever the coordinator's own time zone.
public enum EventTime: Hashable, Sendable, CustomStringConvertible {
    case allDay(CalendarDate)
    case timed(CalendarDate, TimeOfDay, offsetSeconds: Int)

    /// The calendar day as written (the event's local day).
    public var date: CalendarDate {
        switch self {
        case .allDay(let date), .timed(let date, _, _): return date
        }
    }

    public var time: TimeOfDay? {
        if case .timed(_, let time, _) = self { return time }
        return nil
    }

    public var isAllDay: Bool {
        if case .allDay = self { return true }
        return false
    }

    /// Seconds since 1970-01-01T00:00Z of a timed value; for a whole day, its first second taken
    /// in `offsetForAllDay` (the caller decides whose midnight a bare date means).
    public func instant(offsetForAllDay: Int = 0) -> Int {
        switch self {
        case .allDay(let date):
            return date.daysSinceEpoch * 86_400 - offsetForAllDay
        case .timed(let date, let time, let offset):
            return date.daysSinceEpoch * 86_400 + time.secondsSinceMidnight - offset
        }
    }

    /// The form it is written in, as in the catalogue.
    public var description: String {
        switch self {
        case .allDay(let date):
            return date.description
        case .timed(let date, let time, let offset):
            let seconds = time.second == 0 ? "" : ":" + pad(time.second, 2)
            return "\(date)T\(time)\(seconds)\(EventTime.offsetText(offset))"
        }
    }

    /// `Z`, `+02:00`, `-05:30`.
    public static func offsetText(_ offset: Int) -> String {
        if offset == 0 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return sign + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }
}
