import AgendaModel
import AgendaWords
import SampleCatalogue
import Testing
import TestSupport

@Suite("The sample catalogue")
struct SampleCatalogueTests {
    let reading = CatalogueDecoder.read(sampleCatalogueBytes)

    @Test("it reads with no error and no warning")
    func noProblems() {
        #expect(reading.problems.isEmpty, "\(reading.problems.map { $0.report(fileName: "catalogue.json", source: reading.source, language: .en) })")
        #expect(reading.catalogue != nil)
    }

    @Test("it has at least 15 events upcoming from 2026-11-23")
    func upcoming() throws {
        let catalogue = try #require(reading.catalogue)
        #expect(catalogue.events(matching: EventFilter(), today: day("2026-11-23")).count >= 15)
    }

    @Test("it holds the COVID-19 webinar of 19 May 2020 with its four slots, 15:00–17:30, and its deadline")
    func covidWebinar() throws {
        let event = try #require(reading.catalogue?.event(id: "webinaire-covid-2020-05-19"))
        #expect(event.kind == .webinar)
        #expect(event.start == eventTime("2020-05-19T15:00:00+02:00"))
        #expect(event.end == eventTime("2020-05-19T17:30:00+02:00"))
        #expect(event.programme.count == 4)
        #expect(event.programme.first?.start == TimeOfDay(hour: 15, minute: 0))
        #expect(event.programme.last?.end == TimeOfDay(hour: 17, minute: 30))
        #expect(event.registration?.deadline == .allDay(day("2020-05-18")))
        #expect(event.themes.contains("COVID-19"))
    }

    @Test("it holds the workshop on risk zones of 19 May 2016")
    func riskZonesWorkshop() throws {
        let event = try #require(reading.catalogue?.event(id: "atelier-zones-a-risques-2016-05-19"))
        #expect(event.kind == .workshop)
        #expect(event.firstDay == day("2016-05-19"))
        #expect(event.themes.contains("Zones à risques"))
    }

    @Test("every contact email is at example.org")
    func contactEmails() throws {
        let catalogue = try #require(reading.catalogue)
        let emails = catalogue.events.flatMap(\.contacts).compactMap(\.email)
        #expect(!emails.isEmpty)
        #expect(emails.allSatisfy { $0.hasSuffix("@example.org") }, "\(emails.filter { !$0.hasSuffix("@example.org") })")
    }

    @Test("a search for \"armenie\" finds the Armenia country days")
    func searchArmenia() throws {
        let catalogue = try #require(reading.catalogue)
        let found = catalogue.events(matching: EventFilter(timeframe: .all, search: "armenie"), today: day("2026-11-23"))
        #expect(found.count >= 2)
        #expect(found.allSatisfy { $0.countryGroups.contains("Arménie") })
    }

    @Test("a search for \"地方\" finds the Franco-Japanese seminar")
    func searchJapanese() throws {
        let catalogue = try #require(reading.catalogue)
        let found = catalogue.events(matching: EventFilter(timeframe: .all, search: "地方"), today: day("2026-11-23"))
        #expect(found.map(\.id).contains("seminaire-franco-japonais-2027-02-16"))
    }
}
