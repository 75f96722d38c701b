import AgendaModel
import SampleCatalogue
import Testing
import TestSupport

@Suite("ICalendarImport: mapping")
struct ICalendarImportMappingTests {
    private func entry(_ lines: String...) throws -> CalendarEntry {
        try #require(try importCalendar(vevent(lines: lines)).entries.first)
    }

    @Test("a one-day event DTSTART 20260519 DTEND 20260520 is the single day 2026-05-19")
    func allDayExclusiveEnd() throws {
        let single = try entry("DTSTART;VALUE=DATE:20260519", "DTEND;VALUE=DATE:20260520")
        #expect(single.start == .allDay(CalendarDate(year: 2026, month: 5, day: 19)!))
        #expect(single.end == nil)
        let three = try entry("DTSTART;VALUE=DATE:20261118", "DTEND;VALUE=DATE:20261121")
        #expect(three.end == .allDay(CalendarDate(year: 2026, month: 11, day: 20)!))
        #expect(try entry("DTSTART;VALUE=DATE:20261118", "DURATION:P2D").end == .allDay(CalendarDate(year: 2026, month: 11, day: 19)!))
    }

    @Test("whole-day events exported by our writer come back as written", arguments: [
        (#""start": "2026-05-19""#, ""), (#""start": "2026-11-18""#, #", "end": "2026-11-21""#),
    ])
    func allDayInverse(start: String, end: String) throws {
        let json = catalogueJSON("{ \"id\": \"a\", \"title\": \"A\", \"kind\": \"meeting\", \(start)\(end) }")
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let bytes = ICalendarWriter(fallbackStamp: 0).bytes([event])
        let imported = ICalendarImport(try ICalendarParser.parse(bytes), window: .yearFrom(event.start.date), localZone: parisZone)
        let back = try #require(imported.entries.first)
        #expect(back.start == event.start)
        #expect(back.end == event.end)
    }

    @Test("DURATION gives the end of a timed event")
    func duration() throws {
        #expect(try entry("DTSTART:20261208T090000Z", "DURATION:PT1H30M").end?.description == "2026-12-08T11:30+01:00")
    }

    @Test("an end before the start skips the event")
    func endBeforeStart() throws {
        let result = try importCalendar(vevent("DTSTART:20261208T090000Z", "DTEND:20261208T080000Z"))
        #expect(result.skipped.map(\.reason) == [.endBeforeStart])
    }

    @Test("an end beyond the year 9999 skips the event")
    func endBeyondCalendar() throws {
        let result = try importCalendar(vevent("DTSTART:20261208T090000Z", "DURATION:P9999999D"))
        #expect(result.skipped.map(\.reason) == [.endBeyondCalendar])
    }

    @Test("no SUMMARY, or no DTSTART: skipped with the reason and the line of the VEVENT")
    func missing() throws {
        let result = try importCalendar(["BEGIN:VEVENT", "UID:a", "DTSTART:20261208T090000Z", "END:VEVENT"]
            + ["BEGIN:VEVENT", "UID:b", "SUMMARY:B", "END:VEVENT"])
        #expect(result.skipped == [ICalendarSkip(.missingSummary, line: 3), ICalendarSkip(.missingStart, line: 7)])
    }

    @Test("text fields: title, description, themes, status")
    func textFields() throws {
        let mapped = try entry("DTSTART:20261208T090000Z", #"DESCRIPTION:Ligne 1\nLigne 2\, suite"#, "CATEGORIES:Climat,Sahel",
                               "CATEGORIES:Eau", "STATUS:CANCELLED")
        #expect(mapped.fields.title == "Atelier")
        #expect(mapped.fields.description == "Ligne 1\nLigne 2, suite")
        #expect(mapped.fields.themes == ["Climat", "Sahel", "Eau"])
        #expect(mapped.fields.status == .cancelled)
        #expect(try entry("DTSTART:20261208T090000Z", "STATUS:TENTATIVE").fields.status == .tentative)
    }

    @Test("a meeting link in LOCATION makes the event online, its link the connection details")
    func onlineLocation() throws {
        let zoom = try entry("DTSTART:20261208T090000Z", "LOCATION:https://us02web.zoom.us/j/812345")
        #expect(zoom.fields.location == EventLocation(mode: .online))
        #expect(zoom.fields.connection == "https://us02web.zoom.us/j/812345")
        let hybrid = try entry("DTSTART:20261208T090000Z", #"LOCATION:Salle du conseil\, Lyon / https://meet.google.com/abc-defg-hij"#)
        #expect(hybrid.fields.location == EventLocation(mode: .hybrid, venue: "Salle du conseil, Lyon"))
        let place = try entry("DTSTART:20261208T090000Z", #"LOCATION:9 rue Christiani\, Paris"#)
        #expect(place.fields.location == EventLocation(mode: .onsite, venue: "9 rue Christiani, Paris"))
        #expect(place.fields.connection == nil)
        let google = try entry("DTSTART:20261208T090000Z", "X-GOOGLE-CONFERENCE:https://meet.google.com/xyz")
        #expect(google.fields.location == EventLocation(mode: .online))
        #expect(google.fields.connection == "https://meet.google.com/xyz")
    }

    @Test("ORGANIZER and CONTACT become contacts; URL a document")
    func contactsAndURL() throws {
        let mapped = try entry("DTSTART:20261208T090000Z", #"ORGANIZER;CN="Pauline May":mailto:pauline.may@example.org"#,
                               "CONTACT:Jean Martin", "URL:https://cites-unies-france.org/agenda/climat")
        #expect(mapped.fields.contacts == [Contact(name: "Pauline May", email: "pauline.may@example.org"), Contact(name: "Jean Martin")])
        let merged = CatalogueMerge([mapped], into: [])
        #expect(merged.added.first?.documents == [EventDocument(title: "cites-unies-france.org", href: "https://cites-unies-france.org/agenda/climat")])
    }

    @Test("the kind comes from a category naming one, else meeting")
    func kind() throws {
        #expect(try entry("DTSTART:20261208T090000Z", "CATEGORIES:Climat,Webinaire").fields.kind == .webinar)
        #expect(try entry("DTSTART:20261208T090000Z", "CATEGORIES:Formation").fields.kind == .training)
        #expect(try entry("DTSTART:20261208T090000Z", "CATEGORIES:Climat").fields.kind == .meeting)
    }

    @Test("a second VEVENT with the same UID and no RECURRENCE-ID is skipped, naming the first")
    func repeatedUID() throws {
        let result = try importCalendar(vevent("DTSTART:20261208T090000Z") + vevent("DTSTART:20261209T090000Z"))
        #expect(result.entries.count == 1)
        #expect(result.skipped == [ICalendarSkip(.repeatedUID("evt-1@example.org", firstLine: 3), line: 8)])
    }
}

/// `vevent` with its lines as an array.
func vevent(lines: [String], uid: String = "evt-1@example.org", summary: String = "Atelier") -> [String] {
    ["BEGIN:VEVENT", "UID:" + uid, "SUMMARY:" + summary] + lines + ["END:VEVENT"]
}

@Suite("ICalendarImport: merge")
struct ICalendarImportMergeTests {
    private func entries(_ lines: [String]) throws -> [CalendarEntry] {
        try importCalendar(lines).entries
    }

    @Test("new events get a readable id: day and title, accents folded, made unique")
    func readableIDs() {
        let day = CalendarDate(year: 2026, month: 12, day: 8)!
        let taken: Set = ["2026-12-08-atelier", "2026-12-08-atelier-2"]
        #expect(EventIdentifier.make(title: "Coopération & Climat : l'été", date: day) { _ in false } == "2026-12-08-cooperation-climat-l-ete")
        #expect(EventIdentifier.make(title: "Atelier", date: day) { taken.contains($0) } == "2026-12-08-atelier-3")
        #expect(EventIdentifier.make(title: "日本", date: day) { _ in false } == "2026-12-08")
        let long = EventIdentifier.make(title: String(repeating: "atelier ", count: 20), date: day) { _ in false }
        #expect(long.count <= 61)
        #expect(!long.hasSuffix("-"))
    }

    /// The sample catalogue, and what our own export of it gives back once imported.
    private func exportedSampleImported() throws -> (Catalogue, ICalendarImport) {
        let catalogue = try #require(CatalogueDecoder.read(sampleCatalogueBytes).catalogue)
        let bytes = ICalendarWriter(calendarName: catalogue.publisher, fallbackStamp: 0).bytes(catalogue.events)
        let imported = ICalendarImport(try ICalendarParser.parse(bytes), window: .yearFrom(CalendarDate(year: 2026, month: 11, day: 23)!),
                                       localZone: parisZone)
        return (catalogue, imported)
    }

    @Test("the sample catalogue exported then imported into itself: every event unchanged")
    func roundTrip() throws {
        let (catalogue, imported) = try exportedSampleImported()
        #expect(imported.skipped.isEmpty)
        let merge = CatalogueMerge(imported.entries, into: catalogue.events)
        #expect(merge.added.isEmpty)
        #expect(merge.updated.map(\.id) == [])
        #expect(merge.unchanged.count == catalogue.events.count)
    }

    @Test("our own export imported into an empty catalogue gives back each event's id, kind and status")
    func roundTripIntoNothing() throws {
        let (catalogue, imported) = try exportedSampleImported()
        let merge = CatalogueMerge(imported.entries, into: [])
        #expect(merge.added.map(\.id).sorted() == catalogue.events.map(\.id).sorted())
        for event in merge.added {
            #expect(event.status == catalogue.events.first { $0.id == event.id }?.status, "\(event.id)")
        }
        // The postponed day comes back postponed, not merely tentative.
        #expect(merge.added.first { $0.id == "journee-haiti-2027-05-20" }?.status == .postponed)
        #expect(merge.tentative == 0)
    }

    @Test("a re-import of the same calendar changes nothing")
    func reimport() throws {
        let lines = vevent(lines: ["DTSTART;TZID=Europe/Paris:20261208T100000", "RRULE:FREQ=WEEKLY;COUNT=3",
                                   #"ORGANIZER;CN=Anne:mailto:anne@example.org"#, "LOCATION:https://zoom.us/j/1", "URL:https://example.org/a"])
        let first = CatalogueMerge(try entries(lines), into: [])
        #expect(first.added.count == 3)
        let second = CatalogueMerge(try entries(lines), into: first.events)
        #expect(second.added.isEmpty)
        #expect(second.updated.isEmpty)
        #expect(second.unchanged.count == 3)
        #expect(second.events == first.events)
    }

    @Test("an update changes what the calendar carries and keeps everything else")
    func updateKeepsTheRest() throws {
        let json = catalogueJSON(#"{ "id": "atelier-climat", "title": "Atelier", "kind": "workshop", "start": "2026-12-08T10:00:00+01:00", "uid": "evt-1@example.org", "summary": "Résumé", "programme": [ { "start": "10:00", "title": "Ouverture" } ], "registration": { "capacity": 20, "questions": [ { "id": "q", "label": "Q", "type": "text" } ] }, "connection": "Code 1234", "countryGroups": ["Japon"], "messages": { "connection.fr": "Subject: S\n\nB" }, "documents": [ { "title": "Plan", "href": "plan.pdf" } ] }"#)
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let lines = vevent(lines: ["DTSTART;TZID=Europe/Paris:20261208T140000", "DESCRIPTION:Nouveau texte", "CATEGORIES:Climat",
                                   "LOCATION:https://zoom.us/j/9"], summary: "Atelier climat")
        let merge = CatalogueMerge(try entries(lines), into: [event])
        let updated = try #require(merge.updated.first)
        #expect(updated.id == "atelier-climat")
        #expect(updated.title == "Atelier climat")
        #expect(updated.start.description == "2026-12-08T14:00+01:00")
        #expect(updated.description == "Nouveau texte")
        #expect(updated.themes == ["Climat"])
        #expect(updated.kind == .workshop)
        #expect(updated.summary == event.summary)
        #expect(updated.programme == event.programme)
        #expect(updated.registration == event.registration)
        #expect(updated.connection == "Code 1234")
        #expect(updated.countryGroups == event.countryGroups)
        #expect(updated.messages == event.messages)
        #expect(updated.documents == event.documents)
        // And once updated, the same calendar leaves it alone.
        #expect(CatalogueMerge(try entries(lines), into: merge.events).unchanged.count == 1)
    }

    @Test("the same instant in another offset, or TENTATIVE for a postponed event, is no change")
    func equivalentValues() throws {
        let json = catalogueJSON(#"{ "id": "a", "title": "Atelier", "kind": "workshop", "start": "2026-12-08T18:00:00+09:00", "status": "postponed", "uid": "evt-1@example.org" }"#)
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let merge = CatalogueMerge(try entries(vevent(lines: ["DTSTART:20261208T090000Z", "STATUS:TENTATIVE"])), into: [event])
        #expect(merge.unchanged.count == 1)
        #expect(merge.events.first?.start.description == "2026-12-08T18:00+09:00")
    }

    @Test("a cancelled calendar event cancels the catalogue's")
    func cancels() throws {
        let json = catalogueJSON(#"{ "id": "a", "title": "Atelier", "kind": "workshop", "start": "2026-12-08T10:00:00+01:00", "uid": "evt-1@example.org" }"#)
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let merge = CatalogueMerge(try entries(vevent(lines: ["DTSTART:20261208T090000Z", "STATUS:CANCELLED"])), into: [event])
        #expect(merge.updated.first?.status == .cancelled)
    }

    @Test("our own UID matches the event of that id, and a new one keeps the id")
    func ownUIDs() throws {
        let json = catalogueJSON(#"{ "id": "a", "title": "Atelier", "kind": "workshop", "start": "2026-12-08T10:00:00+01:00" }"#)
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let lines = vevent(lines: ["DTSTART:20261208T090000Z"], uid: "a@agenda.cites-unies-france.invalid")
            + vevent(lines: ["DTSTART:20261209T090000Z"], uid: "b@agenda.cites-unies-france.invalid")
        let merge = CatalogueMerge(try entries(lines), into: [event])
        #expect(merge.unchanged.map(\.id) == ["a"])
        #expect(merge.added.map(\.id) == ["b"])
        #expect(merge.added.first?.uid == nil)
    }

    @Test("contacts from the calendar are added to the event's, never replace them")
    func contacts() throws {
        let json = catalogueJSON(#"{ "id": "a", "title": "Atelier", "kind": "workshop", "start": "2026-12-08T10:00:00+01:00", "uid": "evt-1@example.org", "contacts": [ { "name": "Anne Dupont", "email": "ANNE@example.org", "phone": "01" } ] }"#)
        let event = try #require(readCatalogue(json).catalogue?.events.first)
        let same = CatalogueMerge(try entries(vevent(lines: ["DTSTART:20261208T090000Z", "ORGANIZER;CN=Anne:mailto:anne@example.org"])), into: [event])
        #expect(same.unchanged.count == 1)
        let other = CatalogueMerge(try entries(vevent(lines: ["DTSTART:20261208T090000Z", "ORGANIZER;CN=Jean:mailto:jean@example.org"])), into: [event])
        #expect(other.updated.first?.contacts.map(\.name) == ["Anne Dupont", "Jean"])
    }
}
