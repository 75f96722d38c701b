/// The time zones a calendar's `TZID`s name: first its own `VTIMEZONE` definitions, else the
/// system's zone database, the Windows names Outlook writes included ("Romance Standard Time").
public struct ICalendarZones: Sendable {
    private var defined: [String: ICalendarZone] = [:]
    private var cache: [String: ICalendarZone?] = [:]

    /// The zones defined in `calendar`'s VTIMEZONE components. One whose rules cannot be read
    /// is left out: its TZID is then looked up in the system's database.
    public init(calendar: ICalendarComponent) {
        for component in calendar.components where component.name == "VTIMEZONE" {
            guard let id = component.property("TZID")?.text, let zone = Self.zone(definedBy: component) else { continue }
            defined[id] = zone
        }
    }

    public init() {}

    /// The zone `tzid` names; nil when neither the file nor the system knows it.
    public mutating func zone(_ tzid: String) -> ICalendarZone? {
        if let zone = defined[tzid] { return zone }
        if let known = cache[tzid] { return known }
        let zone = Self.systemZone(tzid)
        cache[tzid] = zone
        return zone
    }

    /// The system's zone for a name: an IANA name, a Windows name, or an IANA name behind a
    /// prefix (`/mozilla.org/20050126_1/Europe/Paris`, `/Europe/Paris`).
    public static func systemZone(_ tzid: String) -> ICalendarZone? {
        let name = tzid.trimmedWhitespace
        let upper = name.uppercased()
        if upper == "UTC" || upper == "GMT" || upper == "Z" || upper == "ETC/UTC" { return .utc }
        if let windows = windowsZones[folded(name)] { return ICalendarZone(identifier: windows) }
        if name.contains("/"), let zone = ICalendarZone(identifier: name.hasPrefix("/") ? String(name.dropFirst()) : name) {
            return zone
        }
        let parts = name.split(separator: "/")
        if parts.count >= 2, let zone = ICalendarZone(identifier: parts.suffix(2).joined(separator: "/")) { return zone }
        return nil
    }

    /// Lower case, spaces left out: Windows names are compared this way (`W. Europe Standard Time`).
    private static func folded(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " })
    }

    /// The Windows names of the zones the network's partners live in (Microsoft's
    /// `windowsZones.xml`, the zone of each name's first territory), written without spaces.
    static let windowsZones: [String: String] = [
        "romancestandardtime": "Europe/Paris",
        "w.europestandardtime": "Europe/Berlin",
        "gmtstandardtime": "Europe/London",
        "greenwichstandardtime": "Atlantic/Reykjavik",
        "centraleuropestandardtime": "Europe/Budapest",
        "centraleuropeanstandardtime": "Europe/Warsaw",
        "e.europestandardtime": "Europe/Chisinau",
        "gtbstandardtime": "Europe/Bucharest",
        "flestandardtime": "Europe/Kiev",
        "russianstandardtime": "Europe/Moscow",
        "turkeystandardtime": "Europe/Istanbul",
        "caucasusstandardtime": "Asia/Yerevan",
        "georgianstandardtime": "Asia/Tbilisi",
        "arabianstandardtime": "Asia/Dubai",
        "israelstandardtime": "Asia/Jerusalem",
        "middleeaststandardtime": "Asia/Beirut",
        "egyptstandardtime": "Africa/Cairo",
        "moroccostandardtime": "Africa/Casablanca",
        "w.centralafricastandardtime": "Africa/Lagos",
        "e.africastandardtime": "Africa/Nairobi",
        "southafricastandardtime": "Africa/Johannesburg",
        "indiastandardtime": "Asia/Kolkata",
        "seasiastandardtime": "Asia/Bangkok",
        "chinastandardtime": "Asia/Shanghai",
        "tokyostandardtime": "Asia/Tokyo",
        "koreastandardtime": "Asia/Seoul",
        "aus.easternstandardtime": "Australia/Sydney",
        "easternstandardtime": "America/New_York",
        "centralstandardtime": "America/Chicago",
        "mountainstandardtime": "America/Denver",
        "pacificstandardtime": "America/Los_Angeles",
        "canadacentralstandardtime": "America/Regina",
        "sapacificstandardtime": "America/Bogota",
        "e.southamericastandardtime": "America/Sao_Paulo",
        "argentinastandardtime": "America/Buenos_Aires",
        "haitistandardtime": "America/Port-au-Prince",
        "utc": "UTC",
        "coordinateduniversaltime": "UTC",
    ]

    // MARK: - VTIMEZONE

    /// A change of offset: from `instant` on, `offset`.
    private struct Transition {
        let instant: Int
        let offset: Int
    }

    /// A VTIMEZONE's STANDARD and DAYLIGHT parts as a list of transitions up to 2200; nil when
    /// one part does not read (a rule other than a yearly one, an offset that does not read).
    static func zone(definedBy component: ICalendarComponent) -> ICalendarZone? {
        var transitions: [Transition] = []
        var earliest: (instant: Int, offset: Int)?
        let end = CalendarDate(year: 2200, month: 1, day: 1)!
        for observance in component.components where observance.name == "STANDARD" || observance.name == "DAYLIGHT" {
            guard let from = observance.property("TZOFFSETFROM").flatMap({ offset($0.value) }),
                  let to = observance.property("TZOFFSETTO").flatMap({ offset($0.value) }),
                  let start = observance.property("DTSTART").flatMap({ ICalendarDateValue($0.value) }) else { return nil }
            var wallStarts: [Int] = []
            if let rule = observance.property("RRULE") {
                guard case .success(let recurrence) = RecurrenceRule.parse(rule.value) else { return nil }
                let time = start.wallSeconds - start.date.daysSinceEpoch * 86_400
                let days = recurrence.days(from: start.date) { day in
                    if day > end { return true }
                    guard let until = recurrence.until else { return false }
                    let wall = day.daysSinceEpoch * 86_400 + time
                    switch until {
                    case .date(let last): return day > last
                    // UNTIL in UTC; the onset is read on the clock in effect before it.
                    case .utc: return wall - from > until.wallSeconds
                    case .local: return wall > until.wallSeconds
                    }
                }
                wallStarts = days.map { $0.daysSinceEpoch * 86_400 + time }
            } else {
                wallStarts = [start.wallSeconds]
            }
            for rdate in observance.properties("RDATE") {
                wallStarts += rdate.value.split(separator: ",").compactMap { ICalendarDateValue(String($0))?.wallSeconds }
            }
            for wall in wallStarts {
                // The onset is read on the clock that was in effect before it.
                transitions.append(Transition(instant: wall - from, offset: to))
                if earliest == nil || wall - from < earliest!.instant { earliest = (wall - from, from) }
            }
        }
        guard let before = earliest else { return nil }
        transitions.sort { $0.instant < $1.instant }
        let sorted = transitions
        return ICalendarZone { instant in
            // The last transition at or before the instant; before the first, the offset it changed from.
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].instant <= instant { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? before.offset : sorted[low - 1].offset
        }
    }

    /// `+0100`, `-0530`, `+013045` → seconds.
    static func offset(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5 || bytes.count == 7, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") else { return nil }
        var digits: [Int] = []
        for byte in bytes.dropFirst() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        let hours = digits[0] * 10 + digits[1], minutes = digits[2] * 10 + digits[3]
        let seconds = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        guard hours <= 18, minutes < 60, seconds < 60 else { return nil }
        let value = hours * 3600 + minutes * 60 + seconds
        return bytes[0] == UInt8(ascii: "-") ? -value : value
    }
}
