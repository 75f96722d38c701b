import AgendaModel
import Foundation
import SampleCatalogue
import Testing

/// Inputs the fuzzers of Fuzz/ (or their review) found to crash the program, kept so that the
/// crash never comes back. Each test names the target and what the input did.
@Suite struct FuzzRegressionTests {
    private static let now = Moment.startOf(DateParsing.date("2027-01-10")!, utcOffset: 3600)

    private static func importPlan(_ text: String) throws -> ImportPlan {
        let catalogue = try #require(CatalogueDecoder.read(sampleCatalogueBytes).catalogue)
        let reading = try RegistrationImport.parse(bytes: Array(text.utf8), fileName: "fuzz.json")
        var counter = 0
        return RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: now) {
            counter += 1
            return "id-\(counter)"
        }
    }

    /// Calendar target: a UID ending with our export's domain but with no id before it
    /// (`abc@google…@agenda.cites-unies-france.invalid`) was taken for ours, so the event kept
    /// no UID and the next import of the same calendar added it a second time.
    @Test func aUIDThatOnlyLooksLikeOursIsKept() throws {
        let uid = "abc123@google.com@" + ICalendarWriter.uidDomain
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:\(uid)\r\nSUMMARY:Webinaire\r\n"
            + "DTSTART:20270611T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let calendar = ICalendarImport(try ICalendarParser.parse(Array(text.utf8)), window: .yearFrom(DateParsing.date("2027-01-10")!),
                                       localZone: .system(TimeZone(identifier: "Europe/Paris")!))
        let first = CatalogueMerge(calendar.entries, into: [])
        #expect(first.added.first?.uid == uid)
        let again = CatalogueMerge(calendar.entries, into: first.events)
        #expect(again.added.isEmpty)
        #expect(again.unchanged.count == 1)
    }

    /// Calendar target: a VEVENT of 1601 in Europe/Paris took the zone's local mean time,
    /// +00:09:21, which the catalogue cannot write (its offsets are in minutes): the event
    /// written and read back started 21 seconds later, and a re-import would have "updated" it.
    @Test func anOffsetWithSecondsIsToldInWholeMinutesAndTheInstantKept() throws {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:vieux@example.org\r\nSUMMARY:Ancien\r\n"
            + "DTSTART;TZID=Europe/Paris:16011028T030000\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let calendar = ICalendarImport(try ICalendarParser.parse(Array(text.utf8)), window: .yearFrom(DateParsing.date("2027-01-10")!),
                                       localZone: .system(TimeZone(identifier: "Europe/Paris")!))
        let merged = CatalogueMerge(calendar.entries, into: [])
        let event = try #require(merged.added.first)
        guard case .timed(_, _, let offset) = event.start else {
            Issue.record("\(event.start)")
            return
        }
        #expect(offset % 60 == 0)
        // 03:00 local mean time is 02:50:39 UTC.
        #expect(event.start.instant() == DateParsing.dateTime("1601-10-28T02:50:39Z")!.instant())
        let written = CatalogueWriter.newCatalogue(publisher: nil, events: merged.events)
        #expect(CatalogueDecoder.read(written).catalogue?.events == merged.events)
        #expect(CatalogueMerge(calendar.entries, into: merged.events).updated.isEmpty)
    }

    /// Import target: a JSON answer too large for a Double became `.number(+infinity)`, accepted,
    /// and the store's encoder (JSON has no infinity) stopped the program on the write:
    /// `agenda registrations import` died with "Fatal error: store values are always encodable".
    @Test(arguments: ["1e400", "-1e400", "1E+999", "123456789e999"])
    func aNumberTooLargeForADoubleIsKeptAsWrittenAndStored(number: String) throws {
        let plan = try Self.importPlan("""
            [{"firstName": "A", "lastName": "B", "email": "a@example.org", "organisation": "O",
              "eventId": "formation-montage-projet-2027-01-14", "answers": {"anciennete": \(number), "autre": 1e-400}}]
            """)
        let added = try #require(plan.added.first)
        #expect(added.answers["anciennete"] == .text(number))
        #expect(added.answers["autre"] == .number(0))
        // What crashed: the store's encoding, and the write.
        let encoded = RegistrationStore.encode(plan.added)
        #expect(try JSONDecoder().decode([Registration].self, from: Data(encoded)) == plan.added)
        let directory = NSTemporaryDirectory() + "agenda-fuzz-regression-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = RegistrationStore(directory: directory)
        try store.append(added)
        #expect(try RegistrationStore(directory: directory).load() == [added])
        // The exports take it too.
        #expect(!RegistrationExport.csv(plan.added).isEmpty)
        #expect(!RegistrationExport.json(plan.added).isEmpty)
    }

    /// The same number in a registrations.json edited by hand: reading it must not give a value
    /// the next write cannot encode (the store would then stop the program on every change).
    @Test func aStoreHoldingANumberTooLargeIsNeverAFatalWrite() throws {
        let directory = NSTemporaryDirectory() + "agenda-fuzz-regression-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = RegistrationStore(directory: directory)
        let original = Array("""
            {"schemaVersion": 1, "registrations": [{"id": "1", "eventId": "e", "status": "pending",
              "createdAt": "2026-11-23T10:15:00+01:00", "updatedAt": "2026-11-23T10:15:00+01:00", "source": "import",
              "participant": {"firstName": "A", "lastName": "B", "email": "a@example.org", "organisation": "O"},
              "answers": {"n": 1e400}, "consent": true, "note": "", "history": []}]}
            """.utf8)
        try Data(original).write(to: URL(fileURLWithPath: store.registrationsPath))
        let duplicate = Registration(id: "2", eventId: "e", status: .pending, createdAt: "2026-11-23T10:15:00+01:00",
                                     updatedAt: "2026-11-23T10:15:00+01:00", source: .form,
                                     participant: Participant(firstName: "C", lastName: "D", email: "c@example.org", organisation: "O"),
                                     consent: true, history: [])
        do {
            let loaded = try store.load()
            // Read: then every answer is one the store can write again.
            for case .number(let value) in loaded.flatMap({ $0.answers.values }) { #expect(value.isFinite) }
            try store.append(duplicate)
        } catch {
            // Refused as corrupt: then it is left as it was.
            guard case .corrupt = error else { Issue.record("unexpected \(error)"); return }
            #expect(FileManager.default.contents(atPath: store.registrationsPath).map(Array.init) == original)
        }
    }
}
