import AgendaModel
import Testing
import TestSupport

@Suite("DateParsing")
struct DateParsingTests {
    // MARK: Dates

    @Test("YYYY-MM-DD is a date")
    func plainDate() {
        #expect(DateParsing.date("2026-05-19") == CalendarDate(year: 2026, month: 5, day: 19))
    }

    @Test("an impossible or malformed date is refused", arguments: [
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-02-29", "0000-01-01",
        "2026-5-19", "2026/05/19", "26-05-19", "2026-05-19 ", " 2026-05-19", "2026-05-1a", "", "２０２６-05-19",
    ])
    func refusedDate(text: String) {
        #expect(DateParsing.date(text) == nil)
    }

    // MARK: Date-times

    @Test("a date-time in UTC is written with Z")
    func utc() {
        #expect(DateParsing.dateTime("2026-05-19T15:00Z") == .timed(day("2026-05-19"), TimeOfDay(hour: 15, minute: 0)!, offsetSeconds: 0))
    }

    @Test("a positive offset is east of UTC")
    func positiveOffset() {
        #expect(DateParsing.dateTime("2026-05-19T15:00+02:00") == .timed(day("2026-05-19"), TimeOfDay(hour: 15, minute: 0)!, offsetSeconds: 7_200))
    }

    @Test("a negative offset with minutes is west of UTC")
    func negativeOffsetWithMinutes() {
        #expect(DateParsing.dateTime("2026-05-19T15:00-03:30") == .timed(day("2026-05-19"), TimeOfDay(hour: 15, minute: 0)!, offsetSeconds: -12_600))
    }

    @Test("seconds are read")
    func seconds() {
        #expect(DateParsing.dateTime("2026-05-19T15:00:45+02:00") == .timed(day("2026-05-19"), TimeOfDay(hour: 15, minute: 0, second: 45)!, offsetSeconds: 7_200))
    }

    @Test("a fraction of a second is accepted and dropped")
    func fraction() {
        #expect(DateParsing.dateTime("2026-05-19T15:00:45.250Z") == .timed(day("2026-05-19"), TimeOfDay(hour: 15, minute: 0, second: 45)!, offsetSeconds: 0))
    }

    @Test("a date-time with no offset is refused")
    func noOffset() {
        #expect(DateParsing.dateTime("2026-05-19T15:00") == nil)
        #expect(DateParsing.dateTime("2026-05-19T15:00:00") == nil)
        #expect(DateParsing.dateTime("2026-05-19T15:00:00.5") == nil)
    }

    @Test("a malformed offset is refused", arguments: [
        "2026-05-19T15:00+2:00", "2026-05-19T15:00+0200", "2026-05-19T15:00+02", "2026-05-19T15:00+19:00",
        "2026-05-19T15:00+02:60", "2026-05-19T15:00+02:00:00", "2026-05-19T15:00 +02:00", "2026-05-19T15:00CET",
        "2026-05-19T15:00+02:00Z", "2026-05-19T15:00ZZ", "2026-05-19T15:00\u{2212}02:00",
    ])
    func badOffset(text: String) {
        #expect(DateParsing.dateTime(text) == nil)
    }

    @Test("an impossible time or day in a date-time is refused", arguments: [
        "2026-05-19T24:00Z", "2026-05-19T15:60Z", "2026-05-19T15:00:60Z", "2026-02-30T10:00Z",
        "2026-05-19T9:00+02:00", "2026-05-19 15:00+02:00", "2026-05-19T15:00:00.+02:00", "2026-05-19T15h00+02:00",
    ])
    func impossibleDateTime(text: String) {
        #expect(DateParsing.dateTime(text) == nil)
    }

    // MARK: Either form

    @Test("eventTime reads a bare date as a whole day")
    func eventTimeAllDay() {
        #expect(DateParsing.eventTime("2026-05-19") == .allDay(day("2026-05-19")))
    }

    @Test("eventTime reads a date-time with its offset")
    func eventTimeTimed() {
        #expect(DateParsing.eventTime("2026-05-19T15:00:00+02:00") == .timed(day("2026-05-19"), TimeOfDay(hour: 15, minute: 0)!, offsetSeconds: 7_200))
    }

    @Test("eventTime refuses a date-time without offset and a bad date")
    func eventTimeRefusals() {
        #expect(DateParsing.eventTime("2026-05-19T15:00") == nil)
        #expect(DateParsing.eventTime("2026-02-30") == nil)
    }

    // MARK: Times of day

    @Test("hh:mm is a time of day")
    func timeOfDay() {
        #expect(DateParsing.timeOfDay("09:30") == TimeOfDay(hour: 9, minute: 30))
        #expect(DateParsing.timeOfDay("00:00") == .midnight)
        #expect(DateParsing.timeOfDay("23:59") == TimeOfDay(hour: 23, minute: 59))
    }

    @Test("a programme time that is not hh:mm is refused", arguments: ["9:30", "24:00", "12:60", "12:30:00", "12h30", "", "12:3"])
    func refusedTimeOfDay(text: String) {
        #expect(DateParsing.timeOfDay(text) == nil)
    }

    // MARK: Writing back

    @Test("a date-time is described as written, seconds only when not zero")
    func descriptionRoundTrip() {
        #expect(eventTime("2026-05-19T15:00:00+02:00").description == "2026-05-19T15:00+02:00")
        #expect(eventTime("2026-05-19T15:00:45-03:30").description == "2026-05-19T15:00:45-03:30")
        #expect(eventTime("2026-05-19T15:00Z").description == "2026-05-19T15:00Z")
        #expect(eventTime("2026-05-19").description == "2026-05-19")
    }
}
