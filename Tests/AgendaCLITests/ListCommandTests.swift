import Foundation
import Testing

@Suite struct ListCommandTests {
    @Test func listShowsOnlyUpcomingEventsFromToday() throws {
        let result = try AgendaProcess.run(["list", "--today", "2026-11-23"])
        #expect(result.status == 0)
        let dates = result.stdout.split(separator: "\n").map { String($0.prefix(10)) }
        #expect(dates.count >= 15)
        // An event is shown while it is not over: its last day is today or later.
        #expect(dates.allSatisfy { $0 >= "2026-11-23" || $0.isEmpty })
        #expect(!result.stdout.contains("webinaire-covid-2020-05-19"))
    }

    @Test func allIncludesTheSeedEventsOf2016And2020InOrder() throws {
        let result = try AgendaProcess.run(["list", "--all", "--today", "2026-11-23"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("2016-05-19  14:00–17:30") == true)
        #expect(lines.first?.contains("atelier-zones-a-risques-2016-05-19") == true)
        #expect(result.stdout.contains("2020-05-19  15:00–17:30   webinar"))
        #expect(lines.map { $0.prefix(10) } == lines.map { $0.prefix(10) }.sorted())
    }

    @Test func searchIgnoresAccentsAndCase() throws {
        let result = try AgendaProcess.run(["list", "--all", "--search", "ARMENIE", "--today", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("journee-armenie-2024-06-26"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.lowercased().contains("arm") })
    }

    /// The interface's own names of the kinds are taken too; a kind nobody knows is refused with
    /// the nearest name rather than listing nothing.
    @Test func kindsByTheirFrenchNamesAndTyposRefused() throws {
        let french = try AgendaProcess.run(["list", "--all", "--kind", "Webinaire"])
        let english = try AgendaProcess.run(["list", "--all", "--kind", "webinar"])
        #expect(french.status == 0)
        #expect(!french.stdout.isEmpty && french.stdout == english.stdout)
        let day = try AgendaProcess.run(["list", "--all", "--kind", "journée pays"])
        #expect(day.stdout.contains("Journée du groupe-pays"))
        let typo = try AgendaProcess.run(["list", "--kind", "webnar"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("unknown kind 'webnar' (did you mean webinar?)"))
        let french64 = try AgendaProcess.run(["list", "--kind", "zzz", "--lang", "fr"])
        #expect(french64.status == 64)
        #expect(french64.stdout.isEmpty)
    }

    @Test func kindAndDateRangeFilter() throws {
        let result = try AgendaProcess.run(["list", "--all", "--kind", "webinar", "--from", "2020-01-01", "--to", "2020-12-31"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("webinaire-covid-2020-05-19"))
    }

    @Test func jsonGivesEveryKeyOfEveryEventNullWhereEmpty() throws {
        let result = try AgendaProcess.run(["list", "--all", "--format", "json", "--today", "2026-11-23"])
        #expect(result.status == 0)
        let events = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let keys: Set = ["id", "title", "kind", "status", "start", "end", "mode", "city", "themes", "countryGroups", "registration"]
        #expect(events.allSatisfy { Set($0.keys) == keys })
        #expect(events.contains { $0["end"] is NSNull })
    }

    @Test func jsonFormatIsParseable() throws {
        let result = try AgendaProcess.run(["list", "--format", "json", "--today", "2026-11-23"])
        #expect(result.status == 0)
        let events = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect((events?.count ?? 0) >= 15)
        #expect(events?.first?["id"] as? String != nil)
    }

    @Test func aBadDateIsAUsageError() throws {
        let result = try AgendaProcess.run(["list", "--today", "2026-02-30"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--today expects a real date"))
    }

    @Test func aBadCatalogueStopsListWithItsProblems() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("bad.json", #"{"schemaVersion": 1, "events": [{"id": "x"}]}"#)
        let result = try AgendaProcess.run(["list", "--catalogue", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):1:"))
        #expect(result.stderr.contains("catalogue refused"))
    }

    @Test func theCatalogueComesFromTheEnvironmentWhenNoOptionIsGiven() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("one.json", #"{"schemaVersion": 1, "events": [{"id": "seul", "title": "Seul", "kind": "other", "start": "2030-01-01"}]}"#)
        let result = try AgendaProcess.run(["list", "--today", "2026-11-23"], environment: ["AGENDA_CATALOGUE": path])
        #expect(result.stdout == "2030-01-01  all day       other  seul  Seul\n")
    }

    @Test func controlCharactersInTitlesNeverReachTheOutput() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("evil.json", #"{"schemaVersion": 1, "events": [{"id": "e", "title": "A\u001b]0;pwned\u0007B\u202Ec", "kind": "other", "start": "2030-01-01"}]}"#)
        let result = try AgendaProcess.run(["list", "--catalogue", path, "--today", "2026-11-23"])
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(result.stdout.contains("A\u{FFFD}]0;pwned\u{FFFD}B\u{FFFD}c"))
    }
}
