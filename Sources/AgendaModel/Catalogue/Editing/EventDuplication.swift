/// A copy of an event for its next edition: the network's recurring meetings (the monthly
/// café, a country group's day) come back on the same weekday of the next month, so the copy
/// is moved there, its registration dates and programme with it, for the coordinator to check.
public enum EventDuplication {
    /// The copy, without the original's id (the caller gives one) nor its iCalendar UID, and
    /// scheduled whatever the original's status. A time in the coordinator's `zone` stays at
    /// the same hour of the zone (10:00 in March is 10:00 in April, summer time or not).
    public static func nextEdition(of event: Event, id: String, zone: LocalZone?) -> Event {
        var copy = event
        copy.id = id
        copy.uid = nil
        copy.status = .scheduled
        copy.updatedAt = nil
        let days = event.start.date.days(until: sameWeekdayNextMonth(event.start.date))
        copy.start = shifted(event.start, by: days, zone: zone)
        copy.end = event.end.map { shifted($0, by: days, zone: zone) }
        if var rules = event.registration {
            rules.opens = rules.opens.map { shifted($0, by: days, zone: zone) }
            rules.deadline = rules.deadline.map { shifted($0, by: days, zone: zone) }
            copy.registration = rules
        }
        copy.programme = event.programme.map { slot in
            var slot = slot
            slot.date = slot.date?.adding(days: days)
            return slot
        }
        return copy
    }

    /// The same weekday in the same week of the next month (the 1st Thursday gives the 1st
    /// Thursday); a last one (the 5th, or the last of its month) gives the next month's last.
    public static func sameWeekdayNextMonth(_ date: CalendarDate) -> CalendarDate {
        let week = (date.day - 1) / 7
        let isLast = date.day + 7 > CalendarDate.daysIn(month: date.month, year: date.year)
        let next = date.firstOfMonth.adding(days: CalendarDate.daysIn(month: date.month, year: date.year))
        let first = next.adding(days: (date.isoWeekday - next.isoWeekday + 7) % 7)
        let length = CalendarDate.daysIn(month: next.month, year: next.year)
        var day = first.adding(days: 7 * week)
        if isLast && week >= 3 || day.month != next.month {
            day = first
            while day.adding(days: 7).month == next.month && day.adding(days: 7).day <= length { day = day.adding(days: 7) }
        }
        return day
    }

    private static func shifted(_ time: EventTime, by days: Int, zone: LocalZone?) -> EventTime {
        switch time {
        case .allDay(let date): return .allDay(date.adding(days: days))
        case .timed(let date, let clock, let offset):
            let day = date.adding(days: days)
            guard let zone, zone.offset(at: time.instant()) == offset,
                  let local = EditorDateText.offset(of: day, clock, zone: zone) else {
                return .timed(day, clock, offsetSeconds: offset)
            }
            return .timed(day, clock, offsetSeconds: local)
        }
    }
}
