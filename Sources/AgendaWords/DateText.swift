import AgendaModel

/// Dates and times written the way each language writes them: "mar. 19 mai 2020, 15:00–17:30",
/// "Tue 19 May 2020, 15:00–17:30".
public struct DateText: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private static let frenchWeekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    private static let englishWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                       "septembre", "octobre", "novembre", "décembre"]
    private static let frenchShortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                            "sept.", "oct.", "nov.", "déc."]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]
    static let englishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                             "Nov", "Dec"]

    public func weekday(_ date: CalendarDate) -> String {
        (language == .fr ? Self.frenchWeekdays : Self.englishWeekdays)[date.isoWeekday - 1]
    }

    public func monthName(_ month: Int, short: Bool = false) -> String {
        switch (language, short) {
        case (.fr, false): return Self.frenchMonths[month - 1]
        case (.fr, true): return Self.frenchShortMonths[month - 1]
        case (.en, false): return Self.englishMonths[month - 1]
        case (.en, true): return Self.englishShortMonths[month - 1]
        }
    }

    /// "1er" in French for the first of the month, as French typography wants.
    public func dayNumber(_ date: CalendarDate) -> String {
        language == .fr && date.day == 1 ? "1er" : String(date.day)
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
        let fr = language == .fr
        if !event.isMultiDay {
            let day = fullDate(event.firstDay)
            if let times = timeRange(event) { return "\(day), \(times)" }
            return day + (fr ? " (toute la journée)" : " (all day)")
        }
        let first = event.firstDay
        let last = event.lastDay
        if let startTime = event.start.time {
            let endTime = event.end?.time.map { ", \($0)" } ?? ""
            return fr ? "du \(fullDate(first)), \(startTime) au \(fullDate(last))\(endTime)"
                      : "\(fullDate(first)), \(startTime) – \(fullDate(last))\(endTime)"
        }
        let firstText: String
        if first.year == last.year, first.month == last.month {
            firstText = "\(weekday(first)) \(dayNumber(first))"
        } else if first.year == last.year {
            firstText = "\(weekday(first)) \(dayNumber(first)) \(monthName(first.month))"
        } else {
            firstText = fullDate(first)
        }
        return fr ? "du \(firstText) au \(fullDate(last))" : "\(firstText) – \(fullDate(last))"
    }

    /// "Décembre 2026" / "December 2026": a month's heading in the agenda (French writes
    /// months in lower case, but a heading starts with a capital).
    public func monthHeading(_ date: CalendarDate) -> String {
        let text = monthAndYear(date)
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "UTC+02:00", for times written in an offset.
    public func offset(_ time: EventTime) -> String? {
        guard case .timed(_, _, let offset) = time else { return nil }
        return offset == 0 ? "UTC" : "UTC" + EventTime.offsetText(offset)
    }
}
