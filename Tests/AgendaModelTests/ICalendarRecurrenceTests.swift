import AgendaModel
import Testing

@Suite("ICalendarImport: recurrence")
struct ICalendarImportRecurrenceTests {
    private func starts(_ lines: [String], until: CalendarDate? = nil) throws -> [String] {
        try importCalendar(lines, until: until).entries.map(\.start.description)
    }

    @Test("weekly with COUNT: each occurrence in its own offset, the clocks changing between")
    func weeklyCount() throws {
        let lines = vevent("DTSTART;TZID=Europe/Paris:20270318T100000", "DTEND;TZID=Europe/Paris:20270318T113000",
                           "RRULE:FREQ=WEEKLY;COUNT=3")
        #expect(try starts(lines) == ["2027-03-18T10:00+01:00", "2027-03-25T10:00+01:00", "2027-04-01T10:00+02:00"])
        let ends = try importCalendar(lines).entries.map { $0.end?.description }
        #expect(ends == ["2027-03-18T11:30+01:00", "2027-03-25T11:30+01:00", "2027-04-01T11:30+02:00"])
    }

    @Test("each occurrence has the UID and its original start in UTC")
    func occurrenceUIDs() throws {
        let entries = try importCalendar(vevent("DTSTART;TZID=Europe/Paris:20261208T100000", "RRULE:FREQ=DAILY;COUNT=2")).entries
        #expect(entries.map(\.uid) == ["evt-1@example.org#20261208T090000Z", "evt-1@example.org#20261209T090000Z"])
        let days = try importCalendar(vevent("DTSTART;VALUE=DATE:20261208", "RRULE:FREQ=DAILY;COUNT=1")).entries
        #expect(days.map(\.uid) == ["evt-1@example.org#20261208"])
    }

    @Test("monthly on the first Thursday")
    func monthlyFirstThursday() throws {
        #expect(try starts(vevent("DTSTART;TZID=Europe/Paris:20261203T140000", "RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=3"))
            == ["2026-12-03T14:00+01:00", "2027-01-07T14:00+01:00", "2027-02-04T14:00+01:00"])
    }

    @Test("monthly on the last Friday, and on the 31st only in the months that have one")
    func monthlyLastAndMonthDay() throws {
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261127", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"))
            == ["2026-11-27", "2026-12-25", "2027-01-29"])
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261231", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3"))
            == ["2026-12-31", "2027-01-31", "2027-03-31"])
    }

    @Test("yearly in a month, weekly on several days with an interval")
    func yearlyAndWeeklyDays() throws {
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261126", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=2"),
                            until: CalendarDate(year: 2027, month: 12, day: 31))
            == ["2026-11-26", "2027-11-25"])
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261130", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4"))
            == ["2026-11-30", "2026-12-02", "2026-12-14", "2026-12-16"])
    }

    @Test("UNTIL ends the series, its own instant included")
    func until() throws {
        #expect(try starts(vevent("DTSTART;TZID=Europe/Paris:20261201T100000", "RRULE:FREQ=DAILY;UNTIL=20261203T090000Z"))
            == ["2026-12-01T10:00+01:00", "2026-12-02T10:00+01:00", "2026-12-03T10:00+01:00"])
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=DAILY;UNTIL=20261202")) == ["2026-12-01", "2026-12-02"])
    }

    @Test("EXDATE removes occurrences, by instant whatever its zone")
    func exdate() throws {
        #expect(try starts(vevent("DTSTART;TZID=Europe/Paris:20261201T100000", "RRULE:FREQ=DAILY;COUNT=4",
                                  "EXDATE;TZID=Europe/Paris:20261202T100000", "EXDATE:20261203T090000Z"))
            == ["2026-12-01T10:00+01:00", "2026-12-04T10:00+01:00"])
    }

    @Test("a RECURRENCE-ID override replaces its occurrence and keeps its identity")
    func override() throws {
        let lines = vevent("DTSTART;TZID=Europe/Paris:20261201T100000", "RRULE:FREQ=DAILY;COUNT=3")
            + ["BEGIN:VEVENT", "UID:evt-1@example.org", "RECURRENCE-ID;TZID=Europe/Paris:20261202T100000",
               "DTSTART;TZID=Europe/Paris:20261202T150000", "SUMMARY:Atelier (déplacé)", "END:VEVENT"]
        let entries = try importCalendar(lines).entries.sorted { $0.start.instant() < $1.start.instant() }
        #expect(entries.map(\.start.description) == ["2026-12-01T10:00+01:00", "2026-12-02T15:00+01:00", "2026-12-03T10:00+01:00"])
        #expect(entries[1].uid == "evt-1@example.org#20261202T090000Z")
        #expect(entries[1].fields.title == "Atelier (déplacé)")
    }

    @Test("a cancelled override makes its occurrence a cancelled event")
    func cancelledOverride() throws {
        let lines = vevent("DTSTART:20261201T090000Z", "RRULE:FREQ=DAILY;COUNT=2")
            + ["BEGIN:VEVENT", "UID:evt-1@example.org", "RECURRENCE-ID:20261202T090000Z", "DTSTART:20261202T090000Z",
               "SUMMARY:Atelier", "STATUS:CANCELLED", "END:VEVENT"]
        let entries = try importCalendar(lines).entries
        #expect(entries.count == 2)
        #expect(entries.first { $0.uid.hasSuffix("#20261202T090000Z") }?.fields.status == .cancelled)
    }

    @Test("only occurrences from today to the end of the window are imported; COUNT counts from DTSTART")
    func window() throws {
        // Weekly since 2026-11-02: the first three are before today (2026-11-23); COUNT=5 leaves two.
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261102", "RRULE:FREQ=WEEKLY;COUNT=5")) == ["2026-11-23", "2026-11-30"])
        let endless = try starts(vevent("DTSTART;VALUE=DATE:20261125", "RRULE:FREQ=MONTHLY"))
        #expect(endless.first == "2026-11-25")
        #expect(endless.last == "2027-10-25")
        #expect(try starts(vevent("DTSTART;VALUE=DATE:20261125", "RRULE:FREQ=MONTHLY"), until: CalendarDate(year: 2027, month: 1, day: 31))
            == ["2026-11-25", "2026-12-25", "2027-01-25"])
    }

    @Test("a rule that cannot be expanded skips the event with its reason", arguments: [
        ("FREQ=HOURLY;COUNT=3", RecurrenceRule.Problem.unsupportedFrequency("HOURLY")),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1", .unsupportedPart("BYSETPOS")),
        ("FREQ=YEARLY;BYWEEKNO=20", .unsupportedPart("BYWEEKNO")),
        ("FREQ=YEARLY;BYYEARDAY=100", .unsupportedPart("BYYEARDAY")),
        ("COUNT=3", .missingFrequency),
        ("FREQ=DAILY;INTERVAL=0", .invalidPart("INTERVAL")),
    ])
    func unsupported(rule: String, problem: RecurrenceRule.Problem) throws {
        let result = try importCalendar(vevent("DTSTART:20261201T090000Z", "RRULE:" + rule))
        #expect(result.entries.isEmpty)
        #expect(result.skipped == [ICalendarSkip(.unsupportedRecurrence(problem), line: 3)])
    }

    @Test("an RDATE period is not guessed at: the event is skipped")
    func rdatePeriod() throws {
        let result = try importCalendar(vevent("DTSTART:20261201T090000Z", "RRULE:FREQ=DAILY;COUNT=2",
                                               "RDATE;VALUE=PERIOD:20261210T090000Z/PT1H"))
        #expect(result.skipped.map(\.reason) == [.periodInRecurrence])
    }

    @Test("an occurrence at a time the clocks skip is reported, the others imported")
    func nonexistentOccurrence() throws {
        let result = try importCalendar(vevent("DTSTART;TZID=Europe/Paris:20270321T023000", "RRULE:FREQ=WEEKLY;COUNT=3"))
        #expect(result.entries.map(\.start.description) == ["2027-03-21T02:30+01:00", "2027-04-04T02:30+02:00"])
        #expect(result.skipped.count == 1)
    }

    @Test("a series with no occurrence in the window is counted, not dropped silently")
    func outsideWindow() throws {
        let result = try importCalendar(vevent("DTSTART;VALUE=DATE:20200101", "RRULE:FREQ=WEEKLY;COUNT=3"))
        #expect(result.entries.isEmpty)
        #expect(result.outsideWindow == 1)
        #expect(try importCalendar(vevent("DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=WEEKLY;COUNT=3")).outsideWindow == 0)
    }

    @Test("a second override of the same occurrence is skipped, naming the first")
    func repeatedOverride() throws {
        let override = ["BEGIN:VEVENT", "UID:evt-1@example.org", "RECURRENCE-ID:20261202T090000Z", "DTSTART:20261202T140000Z",
                        "SUMMARY:Atelier", "END:VEVENT"]
        let result = try importCalendar(vevent("DTSTART:20261201T090000Z", "RRULE:FREQ=DAILY;COUNT=3") + override + override)
        #expect(result.entries.count == 3)
        #expect(result.skipped == [ICalendarSkip(.repeatedUID("evt-1@example.org#20261202T090000Z", firstLine: 9), line: 15)])
    }
}
