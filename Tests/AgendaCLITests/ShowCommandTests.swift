import Foundation
import Testing

@Suite struct ShowCommandTests {
    @Test func showsTheWebinarWithItsProgrammeInFrench() throws {
        let result = try AgendaProcess.run(["show", "webinaire-covid-2020-05-19", "--lang", "fr", "--today", "2026-11-23"],
                                           environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("mar. 19 mai 2020, 15:00–17:30"))
        for slot in ["15:00–15:45", "15:45–16:15", "16:15–17:00", "17:00–17:30"] {
            #expect(result.stdout.contains(slot))
        }
        #expect(result.stdout.contains("Inscriptions closes depuis le lun. 18 mai 2020."))
    }

    @Test func anEventInAnotherOffsetIsAlsoToldAtTheCoordinatorsTime() throws {
        let tokyo = try AgendaProcess.run(["show", "seminaire-franco-japonais-2027-02-16", "--lang", "fr"],
                                          environment: ["COLUMNS": "120", "TZ": "Europe/Paris"])
        #expect(tokyo.stdout.contains("mar. 16 février 2027, 17:00–19:30 (UTC+09:00), soit 09:00–11:30 à Paris"), "\(tokyo.stdout)")
        // In Paris's own offset, nothing is added.
        let paris = try AgendaProcess.run(["show", "webinaire-covid-2020-05-19", "--lang", "fr"],
                                          environment: ["COLUMNS": "120", "TZ": "Europe/Paris"])
        #expect(!paris.stdout.contains("soit"))
    }

    @Test func showsInEnglish() throws {
        let result = try AgendaProcess.run(["show", "webinaire-covid-2020-05-19", "--lang", "en"])
        #expect(result.stdout.contains("Tue 19 May 2020, 15:00–17:30"))
        #expect(result.stdout.contains("Programme"))
    }

    @Test func linesFitTheWidth() throws {
        let result = try AgendaProcess.run(["show", "atelier-zones-a-risques-2016-05-19"], environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func anUnknownIDIsAUsageErrorWithSuggestions() throws {
        let result = try AgendaProcess.run(["show", "webinaire-covid", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no event 'webinaire-covid'"))
        #expect(result.stderr.contains("webinaire-covid-2020-05-19"))
    }
}
