import Foundation
import Testing

/// The events of a catalogue file, by title, as JSON objects.
private func catalogueEvents(_ path: String) throws -> [[String: Any]] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return try #require(root["events"] as? [[String: Any]])
}

private func events(_ path: String, titled title: String) throws -> [[String: Any]] {
    try catalogueEvents(path).filter { $0["title"] as? String == title }
}

/// `agenda catalogue import ARGS --today 2026-11-23` in Paris, with a data home of its own.
private func importCalendar(_ arguments: [String], in scratch: ScratchDirectory, input: Data? = nil,
                            language: String = "C.UTF-8") throws -> AgendaProcess.Result {
    try AgendaProcess.run(["catalogue", "import"] + arguments + ["--today", "2026-11-23"],
                          environment: ["TZ": "Europe/Paris", "XDG_DATA_HOME": scratch.url.path + "/data", "LANG": language],
                          input: input)
}

/// Lines joined with CRLF, as calendar servers send them.
private func crlf(_ lines: [String]) -> String { lines.joined(separator: "\r\n") + "\r\n" }

/// Shaped like Outlook's export: Windows zone names (with and without a VTIMEZONE), Microsoft's
/// X- properties, a Teams link, an alarm.
private let outlookCalendar = crlf([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:PUBLISH",
    "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
    "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
    "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
    "BEGIN:VEVENT", "CLASS:PUBLIC", "CREATED:20261101T100000Z",
    #"DESCRIPTION:Ordre du jour :\n- bilan\n- perspectives\n"#,
    "DTEND;TZID=\"Romance Standard Time\":20270615T120000", "DTSTAMP:20261101T100000Z",
    "DTSTART;TZID=\"Romance Standard Time\":20270615T100000", "LAST-MODIFIED:20261101T100000Z",
    "LOCATION:Réunion Microsoft Teams", "ORGANIZER;CN=\"May, Pauline\":mailto:pauline.may@example.org", "PRIORITY:5",
    "SEQUENCE:0", "SUMMARY;LANGUAGE=fr-fr:Comité de pilotage Sahel", "TRANSP:OPAQUE",
    "UID:040000008200E00074C5B7101A82E0080000000010E0D2A1B5F1DA01000000000000000010000000A8A5C7B3",
    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
    "X-MS-OLK-CONFTYPE:0", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT", "DTSTART;TZID=\"W. Europe Standard Time\":20270107T140000",
    "DTEND;TZID=\"W. Europe Standard Time\":20270107T153000", "RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=1TH",
    "EXDATE;TZID=\"W. Europe Standard Time\":20270204T140000", "SUMMARY:Café des élus", "UID:outlook-cafe-1",
    "END:VEVENT",
    "END:VCALENDAR",
])

/// Shaped like Google Calendar's: UTC times, X-GOOGLE-CONFERENCE, a moved occurrence, an all-day event.
private let googleCalendar = crlf([
    "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH", "X-WR-CALNAME:CUF Sahel", "X-WR-TIMEZONE:Europe/Paris",
    "BEGIN:VEVENT", "DTSTART:20270120T090000Z", "DTEND:20270120T103000Z", "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270210T225959Z",
    "DTSTAMP:20261120T120000Z", "UID:7kukuqrfedlm2f9t0vcqkqkqkq@google.com",
    "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij", "CREATED:20261101T100000Z",
    "DESCRIPTION:Rejoindre avec Google Meet : https://meet.google.com/abc-defg-hij", "LOCATION:", "SEQUENCE:0",
    "STATUS:CONFIRMED", "SUMMARY:Point hebdomadaire Sahel", "TRANSP:OPAQUE", "END:VEVENT",
    "BEGIN:VEVENT", "DTSTART:20270127T130000Z", "DTEND:20270127T143000Z", "DTSTAMP:20261120T120000Z",
    "UID:7kukuqrfedlm2f9t0vcqkqkqkq@google.com", "RECURRENCE-ID:20270127T090000Z", "SEQUENCE:1", "STATUS:CONFIRMED",
    "SUMMARY:Point hebdomadaire Sahel (décalé)", "END:VEVENT",
    "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270301", "DTEND;VALUE=DATE:20270303", "DTSTAMP:20261120T120000Z",
    "UID:2o1d3l0s5v0l1cq4d6v6m6o7c9@google.com", "SUMMARY:Séminaire Sahel", "CATEGORIES:Sahel", "END:VEVENT",
    "END:VCALENDAR",
])

/// Shaped like Thunderbird's (Lightning): a VTIMEZONE, X-MOZ properties, a time the clocks skip.
private let thunderbirdCalendar = crlf([
    "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
    "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-TZINFO:Europe/Paris[2024a]",
    "BEGIN:STANDARD", "TZOFFSETTO:+010000", "TZOFFSETFROM:+020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "DTSTART:19961027T030000", "TZNAME:CET", "END:STANDARD",
    "BEGIN:DAYLIGHT", "TZOFFSETTO:+020000", "TZOFFSETFROM:+010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "DTSTART:19810329T020000", "TZNAME:CEST", "END:DAYLIGHT", "END:VTIMEZONE",
    "BEGIN:VEVENT", "CREATED:20261110T083000Z", "LAST-MODIFIED:20261110T083500Z", "DTSTAMP:20261110T083500Z",
    "UID:3f1c9d2e-6b4a-4c1e-9f0a-2b7d8e5c4a10", "SUMMARY:Webinaire eau et assainissement", "CATEGORIES:Webinaire,Eau",
    "DTSTART;TZID=Europe/Paris:20270114T100000", "DTEND;TZID=Europe/Paris:20270114T113000",
    "X-MOZ-GENERATION:2", "X-MOZ-LASTACK:20261110T083500Z", "LOCATION:https://us02web.zoom.us/j/81234567890",
    "DESCRIPTION:Avec les collectivités partenaires du Burkina Faso et du Niger\\, et l'AFD.",
    "END:VEVENT",
    "BEGIN:VEVENT", "UID:3f1c9d2e-0000-4c1e-9f0a-2b7d8e5c4a11", "SUMMARY:Nuit du changement d'heure",
    "DTSTART;TZID=Europe/Paris:20270328T023000", "DTEND;TZID=Europe/Paris:20270328T033000", "END:VEVENT",
    "END:VCALENDAR",
])

/// Shaped like Nextcloud's export, LF line ends, folded lines, TENTATIVE, a URL.
private let nextcloudCalendar = [
    "BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "PRODID:-//IDN nextcloud.com//Calendar app 4.6.0//EN",
    "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    "BEGIN:VEVENT", "CREATED:20261115T101010Z", "DTSTAMP:20261115T101500Z", "LAST-MODIFIED:20261115T101500Z",
    "SEQUENCE:2", "UID:b6f2e4a0-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "DTSTART;TZID=Europe/Paris:20270617T093000",
    "DTEND;TZID=Europe/Paris:20270617T170000", "STATUS:TENTATIVE", "SUMMARY:Journée du groupe-pays Arménie",
    "LOCATION:Cités Unies France\\, 9 rue Christiani\\, 75018 Paris",
    "DESCRIPTION:Collectivités membres du groupe-pays et leurs partenaires arm",
    " éniens.", "CATEGORIES:Arménie", "URL;VALUE=URI:https://cites-unies-france.org/armenie-2027",
    "ORGANIZER;CN=Anahit Sargsyan:mailto:a.sargsyan@example.org",
    "ATTENDEE;CN=Jean Martin;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:jean@example.org",
    "END:VEVENT", "END:VCALENDAR", "",
].joined(separator: "\n")

/// Writes a calendar with Python's `icalendar` package: Europe/Paris times with the VTIMEZONE
/// the package adds, a weekly series, a whole day.
private let pythonWriter = #"""
import datetime, sys, zoneinfo
import icalendar

paris = zoneinfo.ZoneInfo('Europe/Paris')
calendar = icalendar.Calendar()
calendar.add('prodid', '-//test//python icalendar//FR')
calendar.add('version', '2.0')
def event(uid, summary, start, end=None, **extra):
    item = icalendar.Event()
    item.add('uid', uid)
    item.add('summary', summary)
    item.add('dtstamp', datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc))
    item.add('dtstart', start)
    if end is not None:
        item.add('dtend', end)
    for key, value in extra.items():
        item.add(key, value)
    calendar.add_component(item)
event('hiver@py', 'Atelier hiver', datetime.datetime(2027, 1, 15, 10, 0, tzinfo=paris), datetime.datetime(2027, 1, 15, 12, 0, tzinfo=paris))
event('ete@py', 'Atelier été', datetime.datetime(2027, 6, 15, 10, 0, tzinfo=paris), datetime.datetime(2027, 6, 15, 12, 0, tzinfo=paris),
      location='Lyon, salle 3', description='Première ligne\nSeconde; avec, ponctuation')
event('serie@py', 'Formation hebdomadaire', datetime.datetime(2027, 3, 18, 9, 30, tzinfo=paris),
      datetime.datetime(2027, 3, 18, 11, 0, tzinfo=paris), rrule={'freq': 'weekly', 'count': 3})
event('jour@py', 'Journée entière', datetime.date(2027, 5, 19), datetime.date(2027, 5, 20))
calendar.add_missing_timezones()
with open(sys.argv[1], 'wb') as f:
    f.write(calendar.to_ical())
"""#

@Suite struct CatalogueImportTests {
    @Test func aCalendarWrittenByPythonICalendarImportsInParisTime() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.path + "/python.ics"
        let python = try AgendaProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", pythonWriter, file],
                                               environment: ProcessInfo.processInfo.environment)
        try #require(python.status == 0, "python3 with icalendar is needed (pip install icalendar): \(python.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("BEGIN:VTIMEZONE"))
        let catalogue = scratch.url.path + "/catalogue.json"
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("6 added, 0 updated, 0 unchanged, 0 skipped\n"))
        #expect(try events(catalogue, titled: "Atelier hiver").first?["start"] as? String == "2027-01-15T10:00+01:00")
        let summer = try #require(try events(catalogue, titled: "Atelier été").first)
        #expect(summer["start"] as? String == "2027-06-15T10:00+02:00")
        #expect(summer["end"] as? String == "2027-06-15T12:00+02:00")
        #expect(summer["description"] as? String == "Première ligne\nSeconde; avec, ponctuation")
        #expect((summer["location"] as? [String: Any])?["venue"] as? String == "Lyon, salle 3")
        #expect(try events(catalogue, titled: "Formation hebdomadaire").compactMap { $0["start"] as? String }
            == ["2027-03-18T09:30+01:00", "2027-03-25T09:30+01:00", "2027-04-01T09:30+02:00"])
        let day = try #require(try events(catalogue, titled: "Journée entière").first)
        #expect(day["start"] as? String == "2027-05-19")
        #expect(day["end"] == nil)
        #expect(day["id"] as? String == "2027-05-19-journee-entiere")
        let validate = try AgendaProcess.run(["validate", catalogue])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func anOutlookCalendarWithWindowsZoneNames() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("outlook.ics", outlookCalendar)
        let catalogue = scratch.url.path + "/catalogue.json"
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 added, 0 updated, 0 unchanged, 0 skipped\n"))
        let committee = try #require(try events(catalogue, titled: "Comité de pilotage Sahel").first)
        #expect(committee["start"] as? String == "2027-06-15T10:00+02:00")
        #expect(committee["location"] as? [String: String] == ["mode": "online"])
        #expect(committee["connection"] as? String == "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc")
        #expect(committee["contacts"] as? [[String: String]] == [["name": "May, Pauline", "email": "pauline.may@example.org"]])
        #expect(committee["description"] as? String == "Ordre du jour :\n- bilan\n- perspectives")
        // Monthly on the first Thursday, the February one excluded.
        #expect(try events(catalogue, titled: "Café des élus").compactMap { $0["start"] as? String }
            == ["2027-01-07T14:00+01:00", "2027-03-04T14:00+01:00"])
    }

    @Test func aGoogleCalendarWithAMovedOccurrence() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("google.ics", googleCalendar)
        let catalogue = scratch.url.path + "/catalogue.json"
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("5 added, 0 updated, 0 unchanged, 0 skipped\n"))
        let points = try catalogueEvents(catalogue).filter { ($0["title"] as? String)?.hasPrefix("Point hebdomadaire") == true }
        #expect(points.compactMap { $0["start"] as? String }.sorted()
            == ["2027-01-20T10:00+01:00", "2027-01-27T14:00+01:00", "2027-02-03T10:00+01:00", "2027-02-10T10:00+01:00"])
        #expect(points.first { $0["start"] as? String == "2027-01-27T14:00+01:00" }?["uid"] as? String
            == "7kukuqrfedlm2f9t0vcqkqkqkq@google.com#20270127T090000Z")
        // The series' own occurrences have its Meet link; the moved one says none of its own.
        #expect(points.filter { $0["connection"] as? String == "https://meet.google.com/abc-defg-hij" }.count == 3)
        let seminar = try #require(try events(catalogue, titled: "Séminaire Sahel").first)
        #expect(seminar["start"] as? String == "2027-03-01")
        #expect(seminar["end"] as? String == "2027-03-02")
        #expect(seminar["themes"] as? [String] == ["Sahel"])
    }

    @Test func aThunderbirdCalendarReportsTheTimeTheClocksSkip() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("thunderbird.ics", thunderbirdCalendar)
        let catalogue = scratch.url.path + "/catalogue.json"
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 added, 0 updated, 0 unchanged, 1 skipped\n"))
        #expect(result.stderr.contains(file + ":36: 02:30 on 2027-03-28 does not exist in Europe/Paris"), "\(result.stderr)")
        let webinar = try #require(try events(catalogue, titled: "Webinaire eau et assainissement").first)
        #expect(webinar["kind"] as? String == "webinar")
        #expect(webinar["start"] as? String == "2027-01-14T10:00+01:00")
        #expect(webinar["themes"] as? [String] == ["Webinaire", "Eau"])
        #expect(webinar["description"] as? String == "Avec les collectivités partenaires du Burkina Faso et du Niger, et l'AFD.")
        #expect(webinar["connection"] as? String == "https://us02web.zoom.us/j/81234567890")
    }

    @Test func aNextcloudCalendarWithLFLinesAndATentativeEvent() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("nextcloud.ics", nextcloudCalendar)
        let catalogue = scratch.url.path + "/catalogue.json"
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 event is tentative in the calendar: imported as scheduled."))
        let day = try #require(try events(catalogue, titled: "Journée du groupe-pays Arménie").first)
        #expect(day["id"] as? String == "2027-06-17-journee-du-groupe-pays-armenie")
        #expect(day["start"] as? String == "2027-06-17T09:30+02:00")
        #expect(day["status"] == nil)
        #expect(day["description"] as? String == "Collectivités membres du groupe-pays et leurs partenaires arméniens.")
        #expect(day["location"] as? [String: String] == ["mode": "onsite", "venue": "Cités Unies France, 9 rue Christiani, 75018 Paris"])
        #expect(day["documents"] as? [[String: String]]
            == [["title": "cites-unies-france.org", "href": "https://cites-unies-france.org/armenie-2027"]])
        #expect(day["contacts"] as? [[String: String]] == [["name": "Anahit Sargsyan", "email": "a.sargsyan@example.org"]])
    }

    @Test func importingTwiceChangesNothing() throws {
        let scratch = try ScratchDirectory()
        let catalogue = scratch.url.path + "/catalogue.json"
        for (name, calendar) in [("google.ics", googleCalendar), ("outlook.ics", outlookCalendar), ("nextcloud.ics", nextcloudCalendar)] {
            let file = try scratch.write(name, calendar)
            let first = try importCalendar([file, "--catalogue", catalogue], in: scratch)
            #expect(first.status == 0, "\(first.stderr)")
            let before = try Data(contentsOf: URL(fileURLWithPath: catalogue))
            let second = try importCalendar([file, "--catalogue", catalogue], in: scratch)
            #expect(second.status == 0)
            #expect(second.stdout.hasPrefix("0 added, 0 updated, "), "\(name): \(second.stdout)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: catalogue)) == before, "\(name) rewrote the catalogue")
        }
    }

    @Test func ourOwnExportImportedBackLeavesEveryEventUnchanged() throws {
        let scratch = try ScratchDirectory()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data/catalogue.json")
        let original = try Data(contentsOf: sample)
        let catalogue = try scratch.write("catalogue.json", Array(original))
        let export = try AgendaProcess.run(["export", "ics", "--all", "--catalogue", catalogue, "--today", "2026-11-23"],
                                           environment: ["TZ": "Europe/Paris"])
        let file = try scratch.write("export.ics", export.stdout)
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "0 added, 0 updated, 29 unchanged, 0 skipped\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: catalogue)) == original)
    }

    @Test func withoutACatalogueTheUsersOwnIsCreatedAndTheSampleLeftAside() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("google.ics", googleCalendar)
        let result = try importCalendar([file], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let created = scratch.url.path + "/data/agenda/catalogue.json"
        #expect(result.stdout.contains(created + ": catalogue created"))
        #expect(try catalogueEvents(created).count == 5)
    }

    @Test func dryRunWritesNothing() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("google.ics", googleCalendar)
        let result = try importCalendar([file, "--dry-run"], in: scratch)
        #expect(result.status == 0)
        #expect(result.stdout == "5 added, 0 updated, 0 unchanged, 0 skipped\n(--dry-run: nothing was written)\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path + "/data/agenda/catalogue.json"))
    }

    @Test func standardInputAndUntil() throws {
        let scratch = try ScratchDirectory()
        let catalogue = scratch.url.path + "/catalogue.json"
        let result = try importCalendar(["-", "--catalogue", catalogue, "--until", "2027-01-31"], in: scratch,
                                        input: Data(googleCalendar.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        // The series up to 31 January; the seminar in March does not recur, so it comes all the same.
        #expect(result.stdout.hasPrefix("3 added, 0 updated, 0 unchanged, 0 skipped\n"))
    }

    @Test func theReportIsFrenchUnderLangFr() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("thunderbird.ics", thunderbirdCalendar)
        let result = try importCalendar([file, "--dry-run", "--lang", "fr"], in: scratch)
        #expect(result.stdout.hasPrefix("1 ajouté, 0 mis à jour, 0 inchangé, 1 ignoré\n"))
        #expect(result.stderr.contains(":36: 02:30 le 2027-03-28 n’existe pas en Europe/Paris")
            || result.stderr.contains(":36: 02:30 le 2027-03-28 n'existe pas en Europe/Paris"), "\(result.stderr)")
    }

    @Test func aFileThatIsNotACalendarExits65AndAMissingOne66() throws {
        let scratch = try ScratchDirectory()
        let csv = try scratch.write("inscriptions.csv", "firstName,lastName\nAnne,Dupont\n")
        let catalogue = scratch.url.path + "/catalogue.json"
        let wrong = try importCalendar([csv, "--catalogue", catalogue], in: scratch)
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("not an iCalendar file"))
        let missing = try importCalendar([scratch.url.path + "/none.ics", "--catalogue", catalogue], in: scratch)
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: catalogue))
    }

    @Test func aCatalogueWithErrorsIsNotWrittenOver() throws {
        let scratch = try ScratchDirectory()
        let broken = #"{ "schemaVersion": 1, "events": [ { "id": "a", "title": "A", "kind": "workshop" } ] }"#
        let catalogue = try scratch.write("catalogue.json", broken)
        let file = try scratch.write("google.ics", googleCalendar)
        let result = try importCalendar([file, "--catalogue", catalogue], in: scratch)
        #expect(result.status == 65)
        #expect(try String(contentsOfFile: catalogue, encoding: .utf8) == broken)
    }
}
