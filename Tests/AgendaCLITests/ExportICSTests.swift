import Foundation
import Testing

/// Reads an .ics file with the Python `icalendar` package (the reader many tools use) and
/// prints what it understood as JSON: the calendar's VERSION and PRODID, and per VEVENT its UID,
/// SUMMARY, STATUS, DTSTART/DTEND (UTC `…Z` for date-times, `YYYY-MM-DD` for dates) and any
/// parse errors the package recorded.
private let icalendarReader = #"""
import datetime, json, sys
import icalendar

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())

def when(component, name):
    prop = component.get(name)
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return 'floating:' + value.isoformat()
        return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    return value.isoformat()

events = []
for event in calendar.walk('VEVENT'):
    events.append({
        'uid': str(event.get('UID', '')),
        'summary': str(event.get('SUMMARY', '')),
        'status': str(event.get('STATUS', '')),
        'dtstamp': when(event, 'DTSTAMP'),
        'dtstart': when(event, 'DTSTART'),
        'dtend': when(event, 'DTEND'),
        'errors': [str(error) for error in getattr(event, 'errors', [])],
    })
print(json.dumps({
    'version': str(calendar.get('VERSION', '')),
    'prodid': str(calendar.get('PRODID', '')),
    'errors': [str(error) for error in getattr(calendar, 'errors', [])],
    'events': events,
}))
"""#

private struct ParsedCalendar: Decodable {
    struct ParsedEvent: Decodable {
        let uid: String
        let summary: String
        let status: String
        let dtstamp: String?
        let dtstart: String?
        let dtend: String?
        let errors: [String]
    }

    let version: String
    let prodid: String
    let errors: [String]
    let events: [ParsedEvent]
}

/// Runs the real `python3` (found on the test's own PATH, where CI installed `icalendar`) on
/// `file`. A missing python3 or icalendar makes the test fail, never skip.
private func parseWithPython(_ file: String) throws -> ParsedCalendar {
    let python = try AgendaProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", icalendarReader, file],
                                           environment: ProcessInfo.processInfo.environment)
    try #require(python.status == 0, """
        python3 with the icalendar package is needed (CI installs it: pip install icalendar); \
        exit \(python.status): \(python.stderr)
        """)
    return try JSONDecoder().decode(ParsedCalendar.self, from: Data(python.stdout.utf8))
}

@Suite struct ExportICSTests {
    @Test func theWholeSampleReadsWithPythonICalendar() throws {
        let export = try AgendaProcess.run(["export", "ics", "--all", "--today", "2026-11-23"])
        #expect(export.status == 0, "\(export.stderr)")
        let scratch = try ScratchDirectory()
        let file = try scratch.write("agenda.ics", export.stdout)

        let listed = try AgendaProcess.run(["list", "--all", "--format", "json", "--today", "2026-11-23"])
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        #expect(ids.count > 20)

        let calendar = try parseWithPython(file)
        #expect(calendar.version == "2.0")
        #expect(!calendar.prodid.isEmpty)
        #expect(calendar.errors.isEmpty, "\(calendar.errors)")
        #expect(calendar.events.count == ids.count)
        for event in calendar.events {
            #expect(!event.uid.isEmpty)
            #expect(event.dtstart != nil, "\(event.uid)")
            #expect(event.dtstamp?.hasSuffix("Z") == true, "\(event.uid)")
            #expect(!event.summary.isEmpty, "\(event.uid)")
            #expect(event.errors.isEmpty, "\(event.uid): \(event.errors)")
        }
        // One UID per catalogue event, derived from its id.
        #expect(Set(calendar.events.map(\.uid)) == Set(ids.map { "\($0)@agenda.cites-unies-france.invalid" }))

        let byUID = Dictionary(uniqueKeysWithValues: calendar.events.map { ($0.uid, $0) })
        let webinar = try #require(byUID["webinaire-covid-2020-05-19@agenda.cites-unies-france.invalid"])
        #expect(webinar.dtstart == "2020-05-19T13:00:00Z")
        #expect(webinar.dtend == "2020-05-19T15:30:00Z")
        #expect(webinar.summary == "Face à la crise du COVID-19, l'adaptation de la coopération décentralisée")
        let rencontres = try #require(byUID["rencontres-franco-japonaises-2024-11-18@agenda.cites-unies-france.invalid"])
        #expect(rencontres.dtstart == "2024-11-18")
        #expect(rencontres.dtend == "2024-11-22")
        let seminar = try #require(byUID["seminaire-franco-japonais-2027-02-16@agenda.cites-unies-france.invalid"])
        #expect(seminar.dtstart == "2027-02-16T08:00:00Z")
        let cancelled = try #require(byUID["webinaire-securite-alimentaire-2027-04-15@agenda.cites-unies-france.invalid"])
        #expect(cancelled.status == "CANCELLED")
    }

    @Test func theStreamIsCRLFAndFoldedAt75Octets() throws {
        let export = try AgendaProcess.run(["export", "ics", "--all", "--today", "2026-11-23"])
        #expect(export.status == 0)
        let bytes = Array(export.stdout.utf8)
        #expect(export.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(export.stdout.hasSuffix("END:VCALENDAR\r\n"))
        var lineLength = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                #expect(index > 0 && bytes[index - 1] == 0x0D, "a bare LF at byte \(index)")
                #expect(lineLength - 1 <= 75, "a line of \(lineLength - 1) octets before byte \(index)")
                lineLength = 0
            } else {
                lineLength += 1
            }
        }
    }

    @Test func theDefaultSelectionIsWhatListShows() throws {
        let export = try AgendaProcess.run(["export", "ics", "--today", "2026-11-23"])
        let listed = try AgendaProcess.run(["list", "--today", "2026-11-23"])
        #expect(export.status == 0)
        let count = export.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(count == listed.stdout.split(separator: "\n").count)
        #expect(!export.stdout.contains("webinaire-covid-2020-05-19@"))
    }

    @Test func filtersAndOneEvent() throws {
        let webinars = try AgendaProcess.run(["export", "ics", "--all", "--kind", "webinar", "--from", "2020-01-01", "--to", "2020-12-31"])
        #expect(webinars.status == 0)
        #expect(webinars.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1)
        // --event gives that event even when it is past.
        let one = try AgendaProcess.run(["export", "ics", "--event", "webinaire-covid-2020-05-19", "--today", "2026-11-23"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("UID:webinaire-covid-2020-05-19@agenda.cites-unies-france.invalid\r\n"))
        #expect(one.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1)
        let unknown = try AgendaProcess.run(["export", "ics", "--event", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no event 'nope'"))
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let first = try AgendaProcess.run(["export", "ics", "--all", "--today", "2026-11-23"])
        let second = try AgendaProcess.run(["export", "ics", "--all", "--today", "2026-11-23"])
        #expect(first.stdout == second.stdout)
    }

    @Test func outputFileIsWrittenAtomicallyForItsOwner() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.url.appendingPathComponent("agenda.ics").path
        let result = try AgendaProcess.run(["export", "ics", "--all", "-o", path, "--today", "2026-11-23"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("events written to \(path)"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let stdout = try AgendaProcess.run(["export", "ics", "--all", "--today", "2026-11-23"]).stdout
        #expect(written == stdout)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // Nothing else is left beside it (no temporary file).
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["agenda.ics"])
    }

    @Test func anUnwritableOutputExits73() throws {
        let result = try AgendaProcess.run(["export", "ics", "-o", "/nonexistent-directory/agenda.ics"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("/nonexistent-directory/agenda.ics"))
    }

    @Test func aBadDateIsAUsageError() throws {
        let result = try AgendaProcess.run(["export", "ics", "--from", "2026-02-30"])
        #expect(result.status == 64)
    }
}
