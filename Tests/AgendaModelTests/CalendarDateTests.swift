import AgendaModel
import Testing
import TestSupport

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("a day that exists is accepted")
    func existingDay() throws {
        let date = try #require(CalendarDate(year: 2026, month: 5, day: 19))
        #expect(date.year == 2026)
        #expect(date.month == 5)
        #expect(date.day == 19)
    }

    @Test("29 February exists only in leap years", arguments: [
        (2024, true), (2026, false), (2000, true), (1900, false), (2100, false), (2400, true),
    ])
    func leapDay(year: Int, exists: Bool) {
        #expect(CalendarDate.isLeap(year) == exists)
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == exists)
    }

    @Test("days past the end of their month do not exist")
    func daysPastMonthEnd() {
        #expect(CalendarDate(year: 2026, month: 2, day: 30) == nil)
        #expect(CalendarDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2026, month: 6, day: 31) == nil)
        #expect(CalendarDate(year: 2026, month: 12, day: 32) == nil)
        #expect(CalendarDate(year: 2026, month: 1, day: 31) != nil)
    }

    @Test("month 0, month 13, day 0, year 0 and year 10000 do not exist")
    func outOfRangeParts() {
        #expect(CalendarDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test("1970-01-01 is day 0 and later days count up from it")
    func epoch() {
        #expect(day("1970-01-01").daysSinceEpoch == 0)
        #expect(day("1970-01-02").daysSinceEpoch == 1)
        #expect(day("1969-12-31").daysSinceEpoch == -1)
        #expect(day("2000-03-01").daysSinceEpoch == 11_017)
        #expect(day("0001-01-01").daysSinceEpoch == -719_162)
        #expect(day("9999-12-31").daysSinceEpoch == 2_932_896)
    }

    @Test("days since the epoch convert back to the same date, day after day, from 1600 to 2400")
    func daysSinceEpochRoundTrip() {
        var expected = day("1600-01-01")
        let last = day("2400-12-31").daysSinceEpoch
        var mismatches = 0
        for days in expected.daysSinceEpoch...last {
            let date = CalendarDate(daysSinceEpoch: days)
            if date != expected || date.daysSinceEpoch != days { mismatches += 1 }
            // The next day by the calendar's own rules.
            if expected.day < CalendarDate.daysIn(month: expected.month, year: expected.year) {
                expected = CalendarDate(year: expected.year, month: expected.month, day: expected.day + 1)!
            } else if expected.month < 12 {
                expected = CalendarDate(year: expected.year, month: expected.month + 1, day: 1)!
            } else if expected.year < 9999 {
                expected = CalendarDate(year: expected.year + 1, month: 1, day: 1)!
            }
        }
        #expect(mismatches == 0)
    }

    @Test("the first and last representable days round-trip")
    func extremesRoundTrip() {
        for text in ["0001-01-01", "9999-12-31"] {
            let date = day(text)
            #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        }
    }

    @Test("the ISO weekday runs from Monday = 1 to Sunday = 7", arguments: [
        ("2020-05-19", 2),  // a Tuesday
        ("1970-01-01", 4),  // a Thursday
        ("1969-12-28", 7),  // a Sunday, before the epoch
        ("2026-11-23", 1),  // a Monday
        ("2027-01-03", 7),
        ("1600-03-01", 3),
    ])
    func isoWeekday(text: String, weekday: Int) {
        #expect(day(text).isoWeekday == weekday)
    }

    @Test("adding days crosses the end of a month")
    func addingAcrossMonth() {
        #expect(day("2026-01-31").adding(days: 1) == day("2026-02-01"))
        #expect(day("2026-04-30").adding(days: 1) == day("2026-05-01"))
    }

    @Test("adding days crosses the end of a year")
    func addingAcrossYear() {
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2026-12-20").adding(days: 30) == day("2027-01-19"))
    }

    @Test("adding one day to 28 February gives 29 February in a leap year and 1 March otherwise")
    func addingAcrossFebruary() {
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2026-02-28").adding(days: 1) == day("2026-03-01"))
    }

    @Test("adding negative days goes back")
    func addingNegative() {
        #expect(day("2026-03-01").adding(days: -1) == day("2026-02-28"))
        #expect(day("2027-01-01").adding(days: -366) == day("2025-12-31"))
    }

    @Test("days(until:) counts whole days, negative when the other day is earlier")
    func daysUntil() {
        #expect(day("2026-05-18").days(until: day("2026-05-19")) == 1)
        #expect(day("2026-01-01").days(until: day("2027-01-01")) == 365)
        #expect(day("2024-01-01").days(until: day("2025-01-01")) == 366)
        #expect(day("2026-05-19").days(until: day("2026-05-18")) == -1)
        #expect(day("2026-05-19").days(until: day("2026-05-19")) == 0)
    }

    @Test("dates compare by year, then month, then day")
    func ordering() {
        #expect(day("2026-05-19") < day("2026-05-20"))
        #expect(day("2026-05-31") < day("2026-06-01"))
        #expect(day("2025-12-31") < day("2026-01-01"))
        #expect(!(day("2026-05-19") < day("2026-05-19")))
    }

    @Test("the description is YYYY-MM-DD with zero padding")
    func description() {
        #expect(day("2026-05-09").description == "2026-05-09")
        #expect(CalendarDate(year: 987, month: 3, day: 4)!.description == "0987-03-04")
    }

    @Test("firstOfMonth is day 1 of the same month")
    func firstOfMonth() {
        #expect(day("2026-02-28").firstOfMonth == day("2026-02-01"))
    }
}
