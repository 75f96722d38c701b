import AgendaModel
import Testing
import TestSupport

@Suite("Event schedule")
struct EventScheduleTests {
    // MARK: Days covered

    @Test("an event without an end covers only its first day")
    func noEnd() {
        let event = makeEvent(start: "2026-05-19T14:00:00+02:00")
        #expect(event.firstDay == day("2026-05-19"))
        #expect(event.lastDay == day("2026-05-19"))
        #expect(event.days == [day("2026-05-19")])
        #expect(!event.isMultiDay)
    }

    @Test("a timed event within one day covers that day")
    func sameDay() {
        let event = makeEvent(start: "2026-05-19T14:00:00+02:00", end: "2026-05-19T17:30:00+02:00")
        #expect(event.days == [day("2026-05-19")])
        #expect(!event.isMultiDay)
    }

    @Test("an all-day event from 18 to 21 November covers the four days, end included")
    func allDayMultiDay() {
        let event = makeEvent(start: "2024-11-18", end: "2024-11-21")
        #expect(event.isMultiDay)
        #expect(event.lastDay == day("2024-11-21"))
        #expect(event.days == ["2024-11-18", "2024-11-19", "2024-11-20", "2024-11-21"].map(day))
    }

    @Test("a timed event across a month end covers every day in between")
    func acrossMonthEnd() {
        let event = makeEvent(start: "2027-01-31T09:00:00+01:00", end: "2027-02-02T17:00:00+01:00")
        #expect(event.days == ["2027-01-31", "2027-02-01", "2027-02-02"].map(day))
    }

    @Test("an end at midnight does not cover the day it ends on")
    func midnightEnd() {
        let evening = makeEvent(start: "2026-05-19T20:00:00+02:00", end: "2026-05-20T00:00:00+02:00")
        #expect(evening.lastDay == day("2026-05-19"))
        #expect(!evening.isMultiDay)
        #expect(!evening.covers(day("2026-05-20")))
    }

    @Test("an end at midnight two days later covers up to the day before")
    func midnightEndAfterTwoDays() {
        let event = makeEvent(start: "2026-05-18T09:00:00+02:00", end: "2026-05-20T00:00:00+02:00")
        #expect(event.days == ["2026-05-18", "2026-05-19"].map(day))
    }

    @Test("an end one minute after midnight covers that day")
    func justAfterMidnight() {
        let event = makeEvent(start: "2026-05-19T20:00:00+02:00", end: "2026-05-20T00:01:00+02:00")
        #expect(event.covers(day("2026-05-20")))
        #expect(event.isMultiDay)
    }

    @Test("covers is true from the first to the last day and false outside")
    func covers() {
        let event = makeEvent(start: "2026-06-29T09:00:00+02:00", end: "2026-07-01T13:00:00+02:00")
        #expect(!event.covers(day("2026-06-28")))
        #expect(event.covers(day("2026-06-29")))
        #expect(event.covers(day("2026-06-30")))
        #expect(event.covers(day("2026-07-01")))
        #expect(!event.covers(day("2026-07-02")))
    }

    // MARK: Order

    @Test("within a day, whole-day events come before timed ones")
    func allDayFirst() {
        let timed = makeEvent(id: "timed", title: "A", start: "2026-05-19T00:00:00+02:00")
        let whole = makeEvent(id: "whole", title: "Z", start: "2026-05-19")
        #expect(Catalogue(events: [timed, whole]).events.map(\.id) == ["whole", "timed"])
    }

    @Test("timed events of one day are ordered by instant")
    func byInstant() {
        let late = makeEvent(id: "late", title: "A", start: "2026-05-19T16:00:00+02:00")
        let early = makeEvent(id: "early", title: "Z", start: "2026-05-19T09:00:00+02:00")
        #expect(Catalogue(events: [late, early]).events.map(\.id) == ["early", "late"])
    }

    @Test("10:00 in Tokyo comes before 09:00 in Paris on the same day: it is earlier")
    func byInstantAcrossOffsets() {
        let paris = makeEvent(id: "paris", start: "2027-02-16T09:00:00+01:00")
        let tokyo = makeEvent(id: "tokyo", start: "2027-02-16T10:00:00+09:00")
        #expect(Catalogue(events: [paris, tokyo]).events.map(\.id) == ["tokyo", "paris"])
    }

    @Test("events are ordered by their local day before their instant")
    func localDayBeforeInstant() {
        // 23:00 in New York on the 19th is 05:00 on the 20th in Paris: still the 19th's event.
        let newYork = makeEvent(id: "new-york", start: "2026-05-19T23:00:00-04:00")
        let paris = makeEvent(id: "paris", start: "2026-05-20T01:00:00+02:00")
        #expect(Catalogue(events: [paris, newYork]).events.map(\.id) == ["new-york", "paris"])
    }

    @Test("events across the spring DST change keep the order of their written times")
    func acrossSpringDST() {
        let events = [
            makeEvent(id: "sunday-10", start: "2026-03-29T10:00:00+02:00"),
            makeEvent(id: "saturday-10", start: "2026-03-28T10:00:00+01:00"),
            makeEvent(id: "sunday-0930", start: "2026-03-29T09:30:00+02:00"),
            makeEvent(id: "sunday-0130", start: "2026-03-29T01:30:00+01:00"),
            makeEvent(id: "sunday-0330", start: "2026-03-29T03:30:00+02:00"),
        ]
        #expect(Catalogue(events: events).events.map(\.id) == ["saturday-10", "sunday-0130", "sunday-0330", "sunday-0930", "sunday-10"])
    }

    @Test("events at the same time are ordered by title, then by id")
    func byTitleThenID() {
        let events = [
            makeEvent(id: "c", title: "Webinaire", start: "2026-05-19T10:00:00+02:00"),
            makeEvent(id: "b", title: "Atelier", start: "2026-05-19T10:00:00+02:00"),
            makeEvent(id: "a", title: "Webinaire", start: "2026-05-19T10:00:00+02:00"),
        ]
        #expect(Catalogue(events: events).events.map(\.id) == ["b", "a", "c"])
    }

    @Test("the order does not depend on the order of the file")
    func independentOfFileOrder() {
        let events = [
            makeEvent(id: "x", start: "2026-05-21"),
            makeEvent(id: "y", start: "2026-05-19T10:00:00+02:00"),
            makeEvent(id: "z", start: "2026-05-20T08:00:00Z"),
        ]
        #expect(Catalogue(events: events).events.map(\.id) == Catalogue(events: events.reversed()).events.map(\.id))
    }

    @Test("a catalogue finds an event by its id")
    func eventByID() {
        let catalogue = Catalogue(events: [makeEvent(id: "a", start: "2026-05-20"), makeEvent(id: "b", start: "2026-05-19")])
        #expect(catalogue.event(id: "a")?.firstDay == day("2026-05-20"))
        #expect(catalogue.event(id: "missing") == nil)
    }
}
