import AgendaModel
import Foundation

/// `agenda catalogue import` of a calendar of 10 000 events (Europe/Paris with its VTIMEZONE,
/// descriptions, places, categories, an organiser; one in ten a weekly series of four): each step
/// in process, then the whole command from outside, into a new catalogue and again into it.
func calendarImportFigures() {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-ics-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bytes = benchmarkCalendar(events: 10_000)
    let window = ImportWindow.yearFrom(CalendarDate(year: 2026, month: 11, day: 23)!)
    let zone = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)
    print("calendar of 10 000 events, \(bytes.count / 1024) KB")
    report("  of which: parse", median(runs: 5) { _ = try? ICalendarParser.parse(bytes) }, goal: "-")
    let document = try! ICalendarParser.parse(bytes)
    report("  of which: times, zones, recurrence (map)", median(runs: 5) {
        _ = ICalendarImport(document, window: window, localZone: zone)
    }, goal: "-")
    let calendar = ICalendarImport(document, window: window, localZone: zone)
    report("  of which: merge into an empty catalogue", median(runs: 5) { _ = CatalogueMerge(calendar.entries, into: []) }, goal: "-")
    let first = CatalogueMerge(calendar.entries, into: [])
    report("  of which: write the new catalogue", median(runs: 5) {
        _ = CatalogueWriter.newCatalogue(publisher: nil, events: first.events)
    }, goal: "-")
    report("  of which: merge again (all unchanged)", median(runs: 5) { _ = CatalogueMerge(calendar.entries, into: first.events) },
           goal: "-")

    let file = directory.appendingPathComponent("calendar.ics").path
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    let agenda = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("agenda").path
    guard FileManager.default.isExecutableFile(atPath: agenda) else { return print("(build agenda too to time the import)") }
    func run(_ catalogue: String) -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: agenda)
        process.arguments = ["catalogue", "import", file, "--catalogue", catalogue, "--today", "2026-11-23", "--lang", "en"]
        process.environment = ["TZ": "Europe/Paris", "HOME": directory.path]
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try? process.run()
        process.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }
    var created: [Double] = [], again: [Double] = []
    for index in 0..<3 {
        let catalogue = directory.appendingPathComponent("catalogue\(index).json").path
        created.append(run(catalogue))
        again.append(run(catalogue))
    }
    report("agenda catalogue import, 10 000 events (new)", created.sorted()[1], goal: "< 1 s")
    report("agenda catalogue import, the same again", again.sorted()[1], goal: "< 1 s")
}

/// An export shaped like Thunderbird's, `events` VEVENTs from December 2026 on.
func benchmarkCalendar(events: Int) -> [UInt8] {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//agenda-bench//FR",
                 "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                 "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
                 "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                 "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
                 "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
    let first = CalendarDate(year: 2026, month: 12, day: 1)!
    var made = 0, index = 0
    while made < events {
        let day = first.adding(days: index % 300)
        let date = ICalendarText.date(day)
        let hour = 8 + index % 9
        let time = (hour < 10 ? "0" : "") + "\(hour)0000"
        let series = index % 10 == 0 && made + 4 <= events
        lines += ["BEGIN:VEVENT", "UID:bench-\(index)@example.org", "DTSTAMP:20261120T120000Z",
                  "DTSTART;TZID=Europe/Paris:\(date)T\(time)", "DTEND;TZID=Europe/Paris:\(date)T\(time.prefix(2))4500",
                  "SUMMARY:Atelier de coopération décentralisée n° \(index)",
                  ICalendarText.fold("DESCRIPTION:" + ICalendarText.escape(String(repeating: "Échanges entre collectivités, partenaires; bilan. ", count: 4))).dropLast(2).description,
                  "LOCATION:Salle \(index % 40)\\, Hôtel de ville\\, Lyon", "CATEGORIES:Climat,Sahel",
                  "ORGANIZER;CN=\"Pauline May\":mailto:pauline.may@example.org"]
        if series { lines.append("RRULE:FREQ=WEEKLY;COUNT=4") }
        lines.append("END:VEVENT")
        made += series ? 4 : 1
        index += 1
    }
    lines.append("END:VCALENDAR")
    return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
}
