/// An `RRULE` (RFC 5545 §3.3.10) of the forms calendars write for meetings and time zones:
/// FREQ DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT or UNTIL, BYDAY (ordinals such as
/// `1MO` and `-1FR` in a month), BYMONTHDAY, BYMONTH and WKST. Anything else is refused by
/// `parse` with its reason, so that no occurrence is ever made up.
public struct RecurrenceRule: Sendable, Hashable {
    public enum Frequency: String, Sendable, Hashable {
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    /// `2TU`: the second Tuesday (of the month); no ordinal: every Tuesday. Weekdays 1 = Monday … 7.
    public struct WeekdayNumber: Sendable, Hashable {
        public var ordinal: Int?
        public var weekday: Int
    }

    /// Why a rule is not expanded.
    public enum Problem: Error, Sendable, Hashable {
        case missingFrequency
        /// HOURLY, MINUTELY, SECONDLY, or a word no calendar defines.
        case unsupportedFrequency(String)
        /// BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR…, or a part RFC 5545 does not define.
        case unsupportedPart(String)
        /// A part whose value does not read (`INTERVAL=0`, `BYDAY=XX`, `BYMONTH=13`).
        case invalidPart(String)
    }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    public var until: ICalendarDateValue?
    public var byDay: [WeekdayNumber] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []
    public var weekStart = 1

    public init(frequency: Frequency) {
        self.frequency = frequency
    }

    static let weekdays = ["MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7]

    public static func parse(_ text: String) -> Result<RecurrenceRule, Problem> {
        var frequency: Frequency?
        var rule = RecurrenceRule(frequency: .daily)
        for part in text.split(separator: ";", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1)
            let name = String(pieces[0]).uppercased()
            let value = pieces.count > 1 ? String(pieces[1]).uppercased() : ""
            let list = value.split(separator: ",").map(String.init)
            switch name {
            case "FREQ":
                guard let known = Frequency(rawValue: value) else { return .failure(.unsupportedFrequency(value)) }
                frequency = known
            case "INTERVAL":
                guard let number = Int(value), number >= 1, number <= 10_000 else { return .failure(.invalidPart(name)) }
                rule.interval = number
            case "COUNT":
                guard let number = Int(value), number >= 1 else { return .failure(.invalidPart(name)) }
                rule.count = number
            case "UNTIL":
                guard let until = ICalendarDateValue(value) else { return .failure(.invalidPart(name)) }
                rule.until = until
            case "BYDAY":
                var days: [WeekdayNumber] = []
                for item in list {
                    guard item.count >= 2, let weekday = weekdays[String(item.suffix(2))] else { return .failure(.invalidPart(name)) }
                    let prefix = item.dropLast(2)
                    if prefix.isEmpty {
                        days.append(WeekdayNumber(ordinal: nil, weekday: weekday))
                    } else {
                        guard let ordinal = Int(prefix), ordinal != 0, abs(ordinal) <= 53 else { return .failure(.invalidPart(name)) }
                        days.append(WeekdayNumber(ordinal: ordinal, weekday: weekday))
                    }
                }
                rule.byDay = days
            case "BYMONTHDAY":
                let days = list.compactMap { Int($0) }.filter { $0 != 0 && abs($0) <= 31 }
                guard days.count == list.count, !days.isEmpty else { return .failure(.invalidPart(name)) }
                rule.byMonthDay = days
            case "BYMONTH":
                let months = list.compactMap { Int($0) }.filter { (1...12).contains($0) }
                guard months.count == list.count, !months.isEmpty else { return .failure(.invalidPart(name)) }
                rule.byMonth = months
            case "WKST":
                guard let weekday = weekdays[value] else { return .failure(.invalidPart(name)) }
                rule.weekStart = weekday
            default:
                return .failure(.unsupportedPart(name))
            }
        }
        guard let frequency else { return .failure(.missingFrequency) }
        rule.frequency = frequency
        // An ordinal in a week means nothing; in a year without BYMONTH it counts weeks of the
        // year, which no meeting calendar writes.
        let hasOrdinal = rule.byDay.contains { $0.ordinal != nil }
        if hasOrdinal, frequency == .daily || frequency == .weekly { return .failure(.invalidPart("BYDAY")) }
        if hasOrdinal, frequency == .yearly, rule.byMonth.isEmpty { return .failure(.unsupportedPart("BYDAY")) }
        return .success(rule)
    }

    // MARK: - Expansion

    /// The days of the occurrences, `start` first (RFC 5545: DTSTART is always the first
    /// instance), in order, until `count`, or until a day for which `isPast` is true
    /// (UNTIL, or the end of the window: the caller decides, knowing the times and zones).
    public func days(from start: CalendarDate, isPast: (CalendarDate) -> Bool) -> [CalendarDate] {
        var days: [CalendarDate] = []
        if isPast(start) { return days }
        days.append(start)
        var period = 0
        while true {
            guard let first = periodStart(period, from: start), !isPast(first) else { break }
            for day in candidates(inPeriod: period, from: start) where day > start {
                if isPast(day) { return days }
                if let count, days.count >= count { return days }
                days.append(day)
            }
            if let count, days.count >= count { break }
            period += 1
        }
        return days
    }

    /// The first day of period `index` (counted from the one holding `start`); nil past 9999.
    private func periodStart(_ index: Int, from start: CalendarDate) -> CalendarDate? {
        let step = index * interval
        switch frequency {
        case .daily:
            return start.daysSinceEpoch + step > Self.lastDay ? nil : start.adding(days: step)
        case .weekly:
            let back = (start.isoWeekday - weekStart + 7) % 7
            let days = start.daysSinceEpoch - back + 7 * step
            return days > Self.lastDay ? nil : CalendarDate(daysSinceEpoch: days)
        case .monthly:
            let months = start.year * 12 + start.month - 1 + step
            return months / 12 > 9999 ? nil : CalendarDate(year: months / 12, month: months % 12 + 1, day: 1)
        case .yearly:
            return start.year + step > 9999 ? nil : CalendarDate(year: start.year + step, month: 1, day: 1)
        }
    }

    private static let lastDay = CalendarDate(year: 9999, month: 12, day: 31)!.daysSinceEpoch

    /// The days of one period that the BY parts select, in order.
    private func candidates(inPeriod index: Int, from start: CalendarDate) -> [CalendarDate] {
        guard let first = periodStart(index, from: start) else { return [] }
        switch frequency {
        case .daily:
            return matchesFilters(first, monthDays: true, weekdays: true) ? [first] : []
        case .weekly:
            let weekdays = byDay.isEmpty ? [start.isoWeekday] : byDay.map(\.weekday)
            return (0..<7).map { first.adding(days: $0) }
                .filter { weekdays.contains($0.isoWeekday) && matchesFilters($0, monthDays: true, weekdays: false) }
        case .monthly:
            guard byMonth.isEmpty || byMonth.contains(first.month) else { return [] }
            return days(inMonth: first.year, first.month, defaultDay: start.day)
        case .yearly:
            let months = byMonth.isEmpty ? [start.month] : byMonth.sorted()
            return months.flatMap { days(inMonth: first.year, $0, defaultDay: start.day) }
        }
    }

    /// BYMONTH, and BYMONTHDAY and BYDAY when asked, as filters (DAILY and WEEKLY).
    private func matchesFilters(_ day: CalendarDate, monthDays: Bool, weekdays: Bool) -> Bool {
        if !byMonth.isEmpty, !byMonth.contains(day.month) { return false }
        if monthDays, !byMonthDay.isEmpty {
            let length = CalendarDate.daysIn(month: day.month, year: day.year)
            if !byMonthDay.contains(where: { $0 == day.day || $0 == day.day - length - 1 }) { return false }
        }
        if weekdays, !byDay.isEmpty, !byDay.contains(where: { $0.weekday == day.isoWeekday }) { return false }
        return true
    }

    /// The days of one month that BYMONTHDAY and BYDAY select (both: the days in both), or
    /// `defaultDay` when neither is given (no such day that month: none).
    private func days(inMonth year: Int, _ month: Int, defaultDay: Int) -> [CalendarDate] {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return [] }
        let length = CalendarDate.daysIn(month: month, year: year)
        var selected = Set<Int>()
        if byMonthDay.isEmpty, byDay.isEmpty {
            if defaultDay <= length { selected.insert(defaultDay) }
        }
        let monthDays = Set(byMonthDay.compactMap { day -> Int? in
            let resolved = day > 0 ? day : length + day + 1
            return (1...length).contains(resolved) ? resolved : nil
        })
        if !byDay.isEmpty {
            var weekdayDays = Set<Int>()
            for entry in byDay {
                // The days of the month that fall on this weekday.
                let firstMatch = 1 + (entry.weekday - first.isoWeekday + 7) % 7
                let matches = Array(stride(from: firstMatch, through: length, by: 7))
                if let ordinal = entry.ordinal {
                    let position = ordinal > 0 ? ordinal - 1 : matches.count + ordinal
                    if matches.indices.contains(position) { weekdayDays.insert(matches[position]) }
                } else {
                    weekdayDays.formUnion(matches)
                }
            }
            selected = byMonthDay.isEmpty ? weekdayDays : weekdayDays.intersection(monthDays)
        } else if !byMonthDay.isEmpty {
            selected = monthDays
        }
        return selected.sorted().compactMap { CalendarDate(year: year, month: month, day: $0) }
    }
}
