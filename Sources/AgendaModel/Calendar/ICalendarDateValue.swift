/// A DATE or DATE-TIME value of iCalendar (RFC 5545 §3.3.4, §3.3.5), before any time zone is
/// applied: a day, a wall-clock time (in the zone its `TZID` names, or floating), or UTC.
public enum ICalendarDateValue: Sendable, Hashable {
    case date(CalendarDate)
    /// Form 1 (floating) or form 3 (with `TZID`): the zone is the property's, not the value's.
    case local(CalendarDate, TimeOfDay)
    /// Form 2: `…Z`.
    case utc(CalendarDate, TimeOfDay)

    /// `20261208`, `20261208T100000`, `20261208T100000Z`; nil for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, let date = Self.date(bytes) else { return nil }
        if bytes.count == 8 {
            self = .date(date)
            return
        }
        guard bytes.count == 15 || bytes.count == 16, bytes[8] == UInt8(ascii: "T") || bytes[8] == UInt8(ascii: "t"),
              let hour = Self.number(bytes, 9, 2), let minute = Self.number(bytes, 11, 2), let second = Self.number(bytes, 13, 2),
              // A leap second (60) is read as 59: the catalogue has no place for it.
              let time = TimeOfDay(hour: hour, minute: minute, second: min(second, 59)) else { return nil }
        if bytes.count == 16 {
            guard bytes[15] == UInt8(ascii: "Z") || bytes[15] == UInt8(ascii: "z") else { return nil }
            self = .utc(date, time)
        } else {
            self = .local(date, time)
        }
    }

    public var date: CalendarDate {
        switch self {
        case .date(let date), .local(let date, _), .utc(let date, _): return date
        }
    }

    public var isDate: Bool {
        if case .date = self { return true }
        return false
    }

    /// Seconds since 1970-01-01T00:00 of the wall-clock reading (as if it were UTC).
    public var wallSeconds: Int {
        switch self {
        case .date(let date): return date.daysSinceEpoch * 86_400
        case .local(let date, let time), .utc(let date, let time): return date.daysSinceEpoch * 86_400 + time.secondsSinceMidnight
        }
    }

    /// The value at `wallSeconds` in the same form (date, local or UTC).
    func moved(toWallSeconds seconds: Int) -> ICalendarDateValue {
        let (date, time) = Self.split(seconds)
        switch self {
        case .date: return .date(date)
        case .local: return .local(date, time)
        case .utc: return .utc(date, time)
        }
    }

    /// Wall seconds → day and time of day.
    static func split(_ seconds: Int) -> (CalendarDate, TimeOfDay) {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let inDay = seconds - days * 86_400
        return (CalendarDate(daysSinceEpoch: days), TimeOfDay(hour: inDay / 3600, minute: inDay % 3600 / 60, second: inDay % 60) ?? .midnight)
    }

    private static func date(_ bytes: [UInt8]) -> CalendarDate? {
        guard let year = number(bytes, 0, 4), let month = number(bytes, 4, 2), let day = number(bytes, 6, 2) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

/// A DURATION value (§3.3.6): `PT1H30M`, `P1D`, `P2W`, `-PT15M`. Days and weeks are kept apart
/// from seconds: a day is a calendar day, 23 or 25 hours when the clocks change.
public struct ICalendarDuration: Sendable, Hashable {
    public var days: Int
    public var seconds: Int

    public init(days: Int, seconds: Int) {
        self.days = days
        self.seconds = seconds
    }

    public init?(_ text: String) {
        var scalars = Substring(text.uppercased())
        var sign = 1
        if scalars.first == "+" || scalars.first == "-" {
            sign = scalars.first == "-" ? -1 : 1
            scalars = scalars.dropFirst()
        }
        guard scalars.first == "P" else { return nil }
        scalars = scalars.dropFirst()
        var days = 0, seconds = 0, number: Int?, inTime = false, any = false
        for character in scalars {
            if let digit = character.wholeNumberValue, character.isASCII {
                let (product, overflow) = (number ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow, product < 10_000_000 else { return nil }
                number = product + digit
                continue
            }
            if character == "T" {
                guard !inTime, number == nil else { return nil }
                inTime = true
                continue
            }
            guard let value = number else { return nil }
            switch (character, inTime) {
            case ("W", false): days += 7 * value
            case ("D", false): days += value
            case ("H", true): seconds += 3600 * value
            case ("M", true): seconds += 60 * value
            case ("S", true): seconds += value
            default: return nil
            }
            number = nil
            any = true
        }
        guard any, number == nil else { return nil }
        self.days = sign * days
        self.seconds = sign * seconds
    }
}
