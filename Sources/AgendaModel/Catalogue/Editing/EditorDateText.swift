/// Dates and times as a coordinator types them in the event editor, and back: `2027-01-14`,
/// `2027-01-14 09:30` in the coordinator's own zone, or with an offset when the event is set
/// in another (`2027-01-14 10:00+04:00`, a day in Yerevan).
public enum EditorDateText {
    /// How the editor shows `time`: without its offset when it is the zone's at that moment.
    public static func text(_ time: EventTime, zone: LocalZone?) -> String {
        switch time {
        case .allDay(let date):
            return date.description
        case .timed(let date, let clock, let offset):
            let seconds = clock.second == 0 ? "" : ":" + pad(clock.second, 2)
            let wall = "\(date) \(clock)\(seconds)"
            return zone?.offset(at: time.instant()) == offset ? wall : wall + EventTime.offsetText(offset)
        }
    }

    /// What the editor puts in the catalogue for `typed`: the catalogue's own form when it reads
    /// as a date or a time (the zone's offset added to a time written without one), else the
    /// text as typed, for the catalogue's rules to say what is wrong with it. `wholeDay`: only
    /// the date is kept. Nil for a time that does not exist in the zone (the night the clocks
    /// go forward).
    public static func catalogueText(_ typed: String, wholeDay: Bool, zone: LocalZone?) -> String? {
        let text = clockAsWritten(typed.trimmedWhitespace.replacingOccurrences(of: " ", with: "T"))
        if wholeDay, let date = DateParsing.date(String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" {
            return date.description
        }
        guard isTimeWithoutOffset(text) else { return text }
        return withOffset(text, zone: zone)
    }

    /// `text`, a date-time without an offset, with the zone's offset at that wall-clock time, as
    /// the calendar import resolves one (a time that comes twice takes the first, summer one);
    /// nil when the zone skips that time.
    private static func withOffset(_ text: String, zone: LocalZone?) -> String? {
        guard case .timed(let date, let clock, _)? = DateParsing.dateTime(text + "Z") else { return nil }
        guard let offset = offset(of: date, clock, zone: zone) else { return nil }
        return text + EventTime.offsetText(offset)
    }

    /// The zone's offset at the wall-clock time `date` `clock` (UTC without a zone); nil when
    /// the zone skips that time.
    static func offset(of date: CalendarDate, _ clock: TimeOfDay, zone: LocalZone?) -> Int? {
        guard let zone else { return 0 }
        guard case .offset(let offset) = ICalendarZone(zone).resolve(wallSeconds: date.daysSinceEpoch * 86_400 + clock.secondsSinceMidnight)
        else { return nil }
        return offset
    }

    /// The time of day as the French write it, the catalogue's way: `9:30` and `9h30` are
    /// `09:30`, `14h` is `14:00`. Anything else is left as typed.
    static func clockAsWritten(_ text: String) -> String {
        guard let separator = text.firstIndex(of: "T") else { return text }
        let time = text[text.index(after: separator)...]
        let hour = time.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(hour.count) else { return text }
        var rest = String(time.dropFirst(hour.count))
        if rest.first == "h" || rest.first == "H" {
            rest.removeFirst()
            rest = ":" + (rest.first?.isNumber == true ? rest : "00" + rest)
        }
        guard rest.first == ":" else { return text }
        return text[...separator] + (hour.count == 1 ? "0" : "") + hour + rest
    }

    private static func isTimeWithoutOffset(_ text: String) -> Bool {
        DateParsing.dateTime(text + "Z") != nil
    }
}
