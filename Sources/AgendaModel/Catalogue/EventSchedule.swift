/// Where an event sits in the calendar: the days it covers and its order among others.
extension Event {
    /// The local day it starts on.
    public var firstDay: CalendarDate { start.date }

    /// The last local day it covers. An end at exactly midnight on a later day does not
    /// cover that day (a 20:00–00:00 evening is one day, as in iCalendar).
    public var lastDay: CalendarDate {
        guard let end else { return start.date }
        if let time = end.time, time == .midnight, end.date > start.date {
            return end.date.adding(days: -1)
        }
        return max(end.date, start.date)
    }

    /// True when it spans more than one day.
    public var isMultiDay: Bool { lastDay > firstDay }

    /// Every local day it covers, first to last.
    public var days: [CalendarDate] {
        (0...firstDay.days(until: lastDay)).map { firstDay.adding(days: $0) }
    }

    public func covers(_ day: CalendarDate) -> Bool {
        firstDay <= day && day <= lastDay
    }

    /// Not over on `today`: it ends today or later.
    public func isUpcoming(today: CalendarDate) -> Bool {
        lastDay >= today
    }

    /// Chronological order by local start: by day, whole-day events first, then by the instant,
    /// then by title and id (as UTF-8 bytes) so that the order never depends on the file's order.
    public static func chronological(_ a: Event, _ b: Event) -> Bool {
        if a.start.date != b.start.date { return a.start.date < b.start.date }
        if a.start.isAllDay != b.start.isAllDay { return a.start.isAllDay }
        let (ia, ib) = (a.start.instant(), b.start.instant())
        if ia != ib { return ia < ib }
        // Bytes, not `String`'s Unicode ordering: a catalogue has thousands of same-time events.
        if a.title != b.title { return a.title.utf8.lexicographicallyPrecedes(b.title.utf8) }
        return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }
}
