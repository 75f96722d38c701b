/// The `Date` of a message (RFC 5322: `Tue, 3 Nov 2026 10:15:00 +0100`, the day name and the
/// seconds optional, the old zone names `GMT`, `UT`, `EST`… accepted) as the moment it stands for.
enum MailDate {
    static func moment(_ text: String) -> Moment? {
        var words = text.split { $0 == " " || $0 == "\t" || $0 == "," }.map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]), let year = Int(words[2]) else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))) else { return nil }
        let fullYear = year < 50 ? 2000 + year : year < 100 ? 1900 + year : year
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, clock.allSatisfy({ $0 >= 0 }), clock[0] < 24, clock[1] < 60, (clock.count < 3 || clock[2] < 61),
              let date = CalendarDate(year: fullYear, month: month + 1, day: day) else { return nil }
        let offset = words.count > 4 ? zoneOffset(words[4]) : 0
        let seconds = clock[0] * 3600 + clock[1] * 60 + (clock.count > 2 ? min(clock[2], 59) : 0)
        return Moment(today: date, instant: date.daysSinceEpoch * 86_400 + seconds - offset, utcOffset: offset)
    }

    /// `+0100`, `-0330`, or a zone name; an unknown zone counts as UTC, as RFC 5322 says.
    private static func zoneOffset(_ zone: String) -> Int {
        if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
            let seconds = (value / 100) * 3600 + (value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
        let named = ["EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "CET": 1, "CEST": 2]
        return (named[zone.uppercased()] ?? 0) * 3600
    }
}
