import AgendaModel

/// Dates and times written the way each language writes them: "mar. 19 mai 2020, 15:00–17:30",
/// "Tue 19 May 2020, 15:00–17:30".
public struct DateText: Sendable {
    public let language: Language
    private let words: any DateWords

    public init(_ language: Language) {
        self.language = language
        self.words = Strings.table(for: language)
    }

    public func weekday(_ date: CalendarDate) -> String {
        words.weekdayAbbreviations[date.isoWeekday - 1]
    }

    public func monthName(_ month: Int, short: Bool = false) -> String {
        (short ? words.shortMonthNames : words.monthNames)[month - 1]
    }

    /// "1er" in French for the first of the month, as French typography wants.
    public func dayNumber(_ date: CalendarDate) -> String {
        words.dayNumber(date.day)
    }

    /// "mar. 19 mai 2020" / "Tue 19 May 2020".
    public func fullDate(_ date: CalendarDate) -> String {
        "\(weekday(date)) \(dayNumber(date)) \(monthName(date.month)) \(date.year)"
    }

    /// "mar. 19 mai" / "Tue 19 May": for lists, where the year is in the group heading.
    public func dayAndMonth(_ date: CalendarDate, shortMonth: Bool = true) -> String {
        "\(weekday(date)) \(dayNumber(date)) \(monthName(date.month, short: shortMonth))"
    }

    /// "mai 2020" / "May 2020".
    public func monthAndYear(_ date: CalendarDate) -> String {
        "\(monthName(date.month)) \(date.year)"
    }

    /// "15:00–17:30", "15:00", or nil for a whole-day event. Only for events on one day.
    public func timeRange(_ event: Event) -> String? {
        guard let start = event.start.time else { return nil }
        if let end = event.end?.time, !event.isMultiDay, end != start { return "\(start)–\(end)" }
        return start.description
    }

    /// When an event takes place, in full, as the detail pane shows it: every form of the catalogue's
    /// dates (docs/catalogue.md, Dates and times).
    public func when(_ event: Event) -> String {
        if !event.isMultiDay {
            let day = fullDate(event.firstDay)
            if let times = timeRange(event) { return "\(day), \(times)" }
            return words.allDay(day)
        }
        let first = event.firstDay
        let last = event.lastDay
        if let startTime = event.start.time {
            let endTime = event.end?.time.map { ", \($0)" } ?? ""
            return words.range(from: "\(fullDate(first)), \(startTime)", to: fullDate(last) + endTime)
        }
        let firstText: String
        if first.year == last.year, first.month == last.month {
            firstText = "\(weekday(first)) \(dayNumber(first))"
        } else if first.year == last.year {
            firstText = "\(weekday(first)) \(dayNumber(first)) \(monthName(first.month))"
        } else {
            firstText = fullDate(first)
        }
        return words.range(from: firstText, to: fullDate(last))
    }

    /// "Décembre 2026" / "December 2026": a month's heading in the agenda (French writes
    /// months in lower case, but a heading starts with a capital).
    public func monthHeading(_ date: CalendarDate) -> String {
        let text = monthAndYear(date)
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "soit 09:00–10:30 à Paris": an event set in another offset, at the coordinator's time
    /// (with the day when it is another); nil when there is nothing to add.
    public func local(_ event: Event, in zone: LocalZone) -> String? {
        guard let (start, end) = zone.localTimes(of: event), let startTime = start.time else { return nil }
        var times = startTime.description
        if let end, let endTime = end.time, end.date == start.date, endTime != startTime { times += "–\(endTime)" }
        if start.date != event.start.date { times = dayAndMonth(start.date) + ", " + times }
        return words.inLocalTime(times, place: zone.placeName)
    }

    /// "UTC+02:00", for times written in an offset.
    public func offset(_ time: EventTime) -> String? {
        guard case .timed(_, _, let offset) = time else { return nil }
        return offset == 0 ? "UTC" : "UTC" + EventTime.offsetText(offset)
    }
}
