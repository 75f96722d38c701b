import AgendaModel
import Testing
import TestSupport

@Suite("EventTime")
struct EventTimeTests {
    /// Seconds since the epoch of a UTC wall-clock time.
    func utc(_ date: String, _ hour: Int, _ minute: Int = 0) -> Int {
        day(date).daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60
    }

    @Test("the instant of a date-time subtracts its offset")
    func instantWithOffset() {
        #expect(eventTime("2026-05-19T15:00+02:00").instant() == utc("2026-05-19", 13))
        #expect(eventTime("2026-05-19T15:00-03:30").instant() == utc("2026-05-19", 18, 30))
        #expect(eventTime("2026-05-19T15:00Z").instant() == utc("2026-05-19", 15))
    }

    @Test("the same instant written in two offsets has the same instant but stays two written forms")
    func sameInstantDifferentOffsets() {
        let paris = eventTime("2026-05-19T15:00+02:00")
        let utcTime = eventTime("2026-05-19T13:00Z")
        #expect(paris.instant() == utcTime.instant())
        #expect(paris != utcTime)
    }

    @Test("a late evening west of UTC keeps its local day although it is the next day in UTC")
    func localDayKept() {
        let time = eventTime("2026-05-19T22:00-05:00")
        #expect(time.date == day("2026-05-19"))
        #expect(time.instant() == utc("2026-05-20", 3))
    }

    @Test("a whole day starts at midnight in the offset the caller gives")
    func allDayInstant() {
        let whole = eventTime("2026-05-19")
        #expect(whole.instant() == utc("2026-05-19", 0))
        #expect(whole.instant(offsetForAllDay: 7_200) == utc("2026-05-18", 22))
        #expect(whole.isAllDay)
        #expect(whole.time == nil)
    }

    @Test("10:00 before and after the spring DST change in Paris are 23 hours apart")
    func springForward() {
        let saturday = eventTime("2026-03-28T10:00+01:00")
        let sunday = eventTime("2026-03-29T10:00+02:00")
        #expect(sunday.instant() - saturday.instant() == 23 * 3_600)
    }

    @Test("10:00 before and after the autumn DST change in Paris are 25 hours apart")
    func fallBack() {
        let saturday = eventTime("2026-10-24T10:00+02:00")
        let sunday = eventTime("2026-10-25T10:00+01:00")
        #expect(sunday.instant() - saturday.instant() == 25 * 3_600)
    }

    @Test("an event in +09:00 keeps 10:00 as its time and its offset")
    func foreignOffsetKept() throws {
        let tokyo = eventTime("2027-02-16T10:00+09:00")
        #expect(tokyo.time == TimeOfDay(hour: 10, minute: 0))
        #expect(tokyo.date == day("2027-02-16"))
        #expect(tokyo.description == "2027-02-16T10:00+09:00")
        #expect(tokyo.instant() == utc("2027-02-16", 1))
    }

    @Test("an event read from a catalogue in +09:00 keeps 10:00 as its time")
    func foreignOffsetKeptWhenRead() throws {
        let reading = readCatalogue(catalogueJSON(eventJSON(id: "tokyo", start: "2027-02-16T10:00:00+09:00")))
        let event = try #require(reading.catalogue?.event(id: "tokyo"))
        #expect(event.start == .timed(day("2027-02-16"), TimeOfDay(hour: 10, minute: 0)!, offsetSeconds: 9 * 3_600))
    }

    @Test("offsets are written Z, +hh:mm or -hh:mm")
    func offsetText() {
        #expect(EventTime.offsetText(0) == "Z")
        #expect(EventTime.offsetText(7_200) == "+02:00")
        #expect(EventTime.offsetText(-19_800) == "-05:30")
        #expect(EventTime.offsetText(20_700) == "+05:45")
    }

    @Test("Moment.startOf is midnight of that day in the given offset")
    func momentStartOf() {
        let start = Moment.startOf(day("2026-11-23"), utcOffset: 3_600)
        #expect(start.today == day("2026-11-23"))
        #expect(start.instant == utc("2026-11-22", 23))
        #expect(start.utcOffset == 3_600)
    }
}
