import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct DateTextTests {
    func event(_ start: String, _ end: String? = nil) -> Event {
        Event(id: "e", title: "E", kind: .webinar, start: DateParsing.eventTime(start)!, end: end.flatMap(DateParsing.eventTime))
    }

    @Test func frenchWritesTheWebinarAsFrenchReadersDo() {
        #expect(DateText(.fr).when(event("2020-05-19T15:00:00+02:00", "2020-05-19T17:30:00+02:00"))
            == "mar. 19 mai 2020, 15:00–17:30")
    }

    @Test func englishWritesWeekdayDayMonthYear() {
        #expect(DateText(.en).when(event("2020-05-19T15:00:00+02:00", "2020-05-19T17:30:00+02:00"))
            == "Tue 19 May 2020, 15:00–17:30")
    }

    @Test func aWholeDaySaysSo() {
        #expect(DateText(.fr).when(event("2024-06-26")) == "mer. 26 juin 2024 (toute la journée)")
        #expect(DateText(.en).when(event("2024-06-26")) == "Wed 26 June 2024 (all day)")
    }

    @Test func multiDayInOneMonth() {
        #expect(DateText(.fr).when(event("2024-11-18", "2024-11-21")) == "du lun. 18 au jeu. 21 novembre 2024")
        #expect(DateText(.en).when(event("2024-11-18", "2024-11-21")) == "Mon 18 – Thu 21 November 2024")
    }

    @Test func multiDayAcrossMonthsAndYears() {
        #expect(DateText(.fr).when(event("2027-06-29", "2027-07-01")) == "du mar. 29 juin au jeu. 1er juillet 2027")
        #expect(DateText(.en).when(event("2026-12-30", "2027-01-02")) == "Wed 30 December 2026 – Sat 2 January 2027")
    }

    @Test func multiDayWithTimes() {
        #expect(DateText(.fr).when(event("2027-01-14T09:30:00+01:00", "2027-01-15T17:00:00+01:00"))
            == "du jeu. 14 janvier 2027, 09:30 au ven. 15 janvier 2027, 17:00")
    }

    @Test func theFirstOfTheMonthIsPremierInFrench() {
        #expect(DateText(.fr).fullDate(CalendarDate(year: 2027, month: 1, day: 1)!) == "ven. 1er janvier 2027")
        #expect(DateText(.en).fullDate(CalendarDate(year: 2027, month: 1, day: 1)!) == "Fri 1 January 2027")
    }

    @Test func offsetIsShownAsUTCPlus() {
        #expect(DateText(.fr).offset(DateParsing.eventTime("2027-02-16T17:00:00+09:00")!) == "UTC+09:00")
        #expect(DateText(.fr).offset(DateParsing.eventTime("2027-02-16")!) == nil)
    }
}
