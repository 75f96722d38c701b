import AgendaModel
import Testing
import TestSupport

@Suite("Upcoming and past")
struct UpcomingTests {
    let today = day("2026-05-20")

    @Test("an event that ended earlier today is still upcoming")
    func endingToday() {
        #expect(makeEvent(start: "2026-05-20T08:00:00+02:00", end: "2026-05-20T09:00:00+02:00").isUpcoming(today: today))
    }

    @Test("a whole-day event today is upcoming")
    func allDayToday() {
        #expect(makeEvent(start: "2026-05-20").isUpcoming(today: today))
    }

    @Test("an event that ended yesterday is past")
    func endedYesterday() {
        #expect(!makeEvent(start: "2026-05-19T14:00:00+02:00", end: "2026-05-19T17:00:00+02:00").isUpcoming(today: today))
    }

    @Test("a multi-day event that began yesterday and ends tomorrow is upcoming")
    func runningNow() {
        #expect(makeEvent(start: "2026-05-19", end: "2026-05-21").isUpcoming(today: today))
    }

    @Test("an evening that ends at midnight today is past today")
    func endedAtMidnight() {
        #expect(!makeEvent(start: "2026-05-19T20:00:00+02:00", end: "2026-05-20T00:00:00+02:00").isUpcoming(today: today))
    }
}

@Suite("Catalogue.events(matching:today:)")
struct EventFilterTests {
    let today = day("2026-05-20")

    let catalogue = Catalogue(events: [
        makeEvent(id: "sahel-past", title: "Atelier Sahel", kind: .workshop, start: "2026-03-10T09:30:00+01:00",
                  themes: ["Sahel", "Zones à risques"], countryGroups: ["Mali"]),
        makeEvent(id: "armenie-past", title: "Journée Arménie", kind: .countryDay, start: "2026-04-15",
                  themes: ["Culture"], countryGroups: ["Arménie"]),
        makeEvent(id: "rencontres", title: "Rencontres", kind: .conference, start: "2026-05-19", end: "2026-05-21",
                  themes: ["Climat"]),
        makeEvent(id: "webinaire-eau", title: "Webinaire eau", kind: .webinar, start: "2026-06-04T14:00:00+02:00",
                  themes: ["Eau et assainissement"]),
        makeEvent(id: "sahel-next", title: "Atelier Sahel", kind: .workshop, start: "2026-06-10T09:30:00+02:00",
                  themes: ["Sahel", "Sécurité"], countryGroups: ["Mali", "Niger"]),
        makeEvent(id: "armenie-next", title: "Journée Arménie", kind: .countryDay, status: .cancelled, start: "2026-06-17",
                  countryGroups: ["Arménie"]),
        makeEvent(id: "hackathon", title: "Hackathon", kind: .unknown("hackathon"), status: .postponed, start: "2026-07-01"),
    ])

    func ids(_ filter: EventFilter) -> [String] {
        catalogue.events(matching: filter, today: today).map(\.id)
    }

    @Test("by default only upcoming events are shown, in chronological order")
    func upcomingByDefault() {
        #expect(ids(EventFilter()) == ["rencontres", "webinaire-eau", "sahel-next", "armenie-next", "hackathon"])
    }

    @Test("past events are shown most recent first")
    func pastMostRecentFirst() {
        #expect(ids(EventFilter(timeframe: .past)) == ["armenie-past", "sahel-past"])
    }

    @Test("all events are shown in chronological order")
    func all() {
        #expect(ids(EventFilter(timeframe: .all)) == catalogue.events.map(\.id))
        #expect(ids(EventFilter(timeframe: .all)).first == "sahel-past")
    }

    @Test("kinds are matched on the catalogue's spelling")
    func byKind() {
        #expect(ids(EventFilter(timeframe: .all, kinds: ["country-day"])) == ["armenie-past", "armenie-next"])
        #expect(ids(EventFilter(timeframe: .all, kinds: ["webinar", "hackathon"])) == ["webinaire-eau", "hackathon"])
    }

    @Test("themes are matched ignoring accents and case")
    func byThemeAccentInsensitive() {
        #expect(ids(EventFilter(timeframe: .all, themes: ["zones a risques"])) == ["sahel-past"])
        #expect(ids(EventFilter(timeframe: .all, themes: ["SECURITE"])) == ["sahel-next"])
    }

    @Test("an event matches when it has any of the themes asked for")
    func anyTheme() {
        #expect(ids(EventFilter(themes: ["Climat", "Eau et assainissement"])) == ["rencontres", "webinaire-eau"])
    }

    @Test("country groups are matched ignoring accents")
    func byCountryGroup() {
        #expect(ids(EventFilter(timeframe: .all, countryGroups: ["armenie"])) == ["armenie-past", "armenie-next"])
        #expect(ids(EventFilter(countryGroups: ["Niger"])) == ["sahel-next"])
    }

    @Test("statuses select events by status")
    func byStatus() {
        #expect(ids(EventFilter(statuses: [.cancelled, .postponed])) == ["armenie-next", "hackathon"])
        #expect(ids(EventFilter(timeframe: .all, statuses: [.scheduled])).count == 5)
    }

    @Test("a date range keeps the events that overlap it, bounds included")
    func byDateRange() {
        // "rencontres" runs 19–21 May and overlaps 21 May; "webinaire-eau" on 4 June is the last day.
        #expect(ids(EventFilter(timeframe: .all, from: day("2026-05-21"), to: day("2026-06-04"))) == ["rencontres", "webinaire-eau"])
    }

    @Test("a range with only a start or only an end is open on the other side")
    func openRange() {
        #expect(ids(EventFilter(timeframe: .all, from: day("2026-06-17"))) == ["armenie-next", "hackathon"])
        #expect(ids(EventFilter(timeframe: .all, to: day("2026-04-15"))) == ["sahel-past", "armenie-past"])
    }

    @Test("a range between events matches nothing")
    func emptyRange() {
        #expect(ids(EventFilter(timeframe: .all, from: day("2026-05-22"), to: day("2026-06-03"))).isEmpty)
    }

    @Test("the search text narrows the events")
    func bySearch() {
        #expect(ids(EventFilter(timeframe: .all, search: "armenie")) == ["armenie-past", "armenie-next"])
    }

    @Test("filters combine: every criterion must hold")
    func combined() {
        let filter = EventFilter(timeframe: .all, kinds: ["workshop"], themes: ["sahel"], countryGroups: ["niger"],
                                 statuses: [.scheduled], search: "atelier")
        #expect(ids(filter) == ["sahel-next"])
        #expect(ids(EventFilter(timeframe: .past, kinds: ["workshop"], themes: ["Sahel"])) == ["sahel-past"])
        #expect(ids(EventFilter(kinds: ["webinar"], themes: ["Sahel"])).isEmpty)
    }

    @Test("a filter with no criterion is empty, whatever its timeframe; blank search counts as none")
    func isEmpty() {
        #expect(EventFilter().isEmpty)
        #expect(EventFilter(timeframe: .past, search: "  ").isEmpty)
        #expect(!EventFilter(kinds: ["webinar"]).isEmpty)
        #expect(!EventFilter(search: "eau").isEmpty)
    }

    @Test("themes are listed once each, sorted ignoring accents")
    func allThemes() {
        let catalogue = Catalogue(events: [
            makeEvent(id: "a", start: "2026-01-01", themes: ["Sécurité", "Éducation"]),
            makeEvent(id: "b", start: "2026-01-02", themes: ["securite", "Agriculture", "Zones à risques"]),
        ])
        #expect(catalogue.allThemes == ["Agriculture", "Éducation", "Sécurité", "Zones à risques"])
    }

    @Test("country groups and kinds are listed once each")
    func allCountryGroupsAndKinds() {
        #expect(catalogue.allCountryGroups == ["Arménie", "Mali", "Niger"])
        #expect(catalogue.allKinds == ["conference", "country-day", "hackathon", "webinar", "workshop"])
    }
}
