import AgendaModel
import Foundation
import Testing

/// Paris all year, as the coordinator's zone of these tests.
let parisZone = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)

/// The entries and skips of a calendar holding `lines`, today 2026-11-23, for a year.
func importCalendar(_ lines: [String], today: CalendarDate = CalendarDate(year: 2026, month: 11, day: 23)!,
                    until: CalendarDate? = nil, zone: LocalZone = parisZone) throws -> ICalendarImport {
    var window = ImportWindow.yearFrom(today)
    if let until { window.last = until }
    return ICalendarImport(try parsedCalendar(lines), window: window, localZone: zone)
}

/// One VEVENT's lines with a UID and a SUMMARY.
func vevent(_ lines: String..., uid: String = "evt-1@example.org", summary: String = "Atelier") -> [String] {
    ["BEGIN:VEVENT", "UID:" + uid, "SUMMARY:" + summary] + lines + ["END:VEVENT"]
}

/// Europe/Paris as Thunderbird writes it.
let parisVTimezone = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "END:VTIMEZONE",
]

@Suite("ICalendarImport: time zones")
struct ICalendarImportZoneTests {
    private func start(_ dtstart: String, extra: [String] = []) throws -> EventTime? {
        try importCalendar(extra + vevent(dtstart)).entries.first?.start
    }

    private func at(_ text: String) -> EventTime { DateParsing.eventTime(text)! }

    @Test("Europe/Paris from the system's database: +01:00 in January, +02:00 in June")
    func parisFromDatabase() throws {
        #expect(try start("DTSTART;TZID=Europe/Paris:20270115T100000") == at("2027-01-15T10:00:00+01:00"))
        #expect(try start("DTSTART;TZID=Europe/Paris:20270615T100000") == at("2027-06-15T10:00:00+02:00"))
    }

    @Test("the file's VTIMEZONE is used before the database")
    func vtimezoneFirst() throws {
        // A zone named like Paris but an hour further east: the file's definition wins.
        let shifted = parisVTimezone.map { $0.replacingOccurrences(of: "+0100", with: "+0300").replacingOccurrences(of: "+0200", with: "+0400") }
        #expect(try start("DTSTART;TZID=Europe/Paris:20270115T100000", extra: shifted) == at("2027-01-15T10:00:00+03:00"))
        #expect(try start("DTSTART;TZID=Europe/Paris:20270615T100000", extra: shifted) == at("2027-06-15T10:00:00+04:00"))
    }

    @Test("a VTIMEZONE under a name no database knows, as Outlook writes it")
    func customNamedVTimezone() throws {
        let named = parisVTimezone.map { $0 == "TZID:Europe/Paris" ? "TZID:(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris" : $0 }
        #expect(try start("DTSTART;TZID=\"(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\":20270615T093000", extra: named)
            == at("2027-06-15T09:30:00+02:00"))
    }

    @Test("Windows zone names Outlook writes", arguments: [
        ("Romance Standard Time", "2027-06-15T10:00:00+02:00"),
        ("W. Europe Standard Time", "2027-06-15T10:00:00+02:00"),
        ("GMT Standard Time", "2027-06-15T10:00:00+01:00"),
        ("Tokyo Standard Time", "2027-06-15T10:00:00+09:00"),
    ])
    func windowsNames(name: String, expected: String) throws {
        #expect(try start("DTSTART;TZID=\"\(name)\":20270615T100000") == at(expected))
    }

    @Test("a UTC time is shown in the coordinator's zone, at the same instant")
    func utc() throws {
        #expect(try start("DTSTART:20270615T080000Z") == at("2027-06-15T10:00:00+02:00"))
    }

    @Test("a floating time is taken in the coordinator's zone, and counted")
    func floating() throws {
        let result = try importCalendar(vevent("DTSTART:20270115T100000"))
        #expect(result.entries.first?.start == at("2027-01-15T10:00:00+01:00"))
        #expect(result.floatingTimes == 1)
        #expect(try importCalendar(vevent("DTSTART:20270115T100000Z")).floatingTimes == 0)
    }

    @Test("02:30 on 2027-03-28 in Paris does not exist: the event is skipped with its line")
    func nonexistent() throws {
        for extra in [[], parisVTimezone] {
            let result = try importCalendar(extra + vevent("DTSTART;TZID=Europe/Paris:20270328T023000"))
            #expect(result.entries.isEmpty)
            #expect(result.skipped == [ICalendarSkip(.nonexistentTime(date: CalendarDate(year: 2027, month: 3, day: 28)!,
                                                                     time: TimeOfDay(hour: 2, minute: 30)!, zone: "Europe/Paris"),
                                                     line: 3 + extra.count)])
        }
    }

    @Test("02:30 on 2026-10-25 in Paris happens twice: the first, summer one is taken")
    func ambiguous() throws {
        for extra in [[], parisVTimezone] {
            #expect(try start("DTSTART;TZID=Europe/Paris:20261025T023000", extra: extra) == at("2026-10-25T02:30:00+02:00"))
        }
    }

    @Test("an unknown zone skips the event with its name")
    func unknownZone() throws {
        let result = try importCalendar(vevent("DTSTART;TZID=Mars/Olympus:20270115T100000"))
        #expect(result.skipped.map(\.reason) == [.unknownTimeZone("Mars/Olympus")])
    }

    @Test("DTEND in another zone than DTSTART keeps the same instant")
    func endInOtherZone() throws {
        let entry = try #require(try importCalendar(vevent("DTSTART;TZID=Europe/Paris:20270115T100000",
                                                           "DTEND;TZID=Asia/Tokyo:20270115T200000")).entries.first)
        #expect(entry.end?.instant() == at("2027-01-15T12:00:00+01:00").instant())
    }
}
