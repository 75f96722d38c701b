import AgendaModel
import Testing
import TestSupport

@Suite("Catalogue warnings: accepted, but reported")
struct CatalogueWarningTests {
    @Test("an unknown status is a warning and the event counts as scheduled")
    func unknownStatus() throws {
        let json = catalogueJSON(eventJSON(#""status": "tentative""#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .unknownValue("tentative", allowed: ["scheduled", "cancelled", "postponed"]))
        #expect(problem.severity == .warning)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "status")
        #expect(reading.position(of: problem) == position(of: #""tentative""#, in: json))
        #expect(reading.catalogue?.events.first?.status == .scheduled)
    }

    @Test("an unknown location mode is a warning and the mode is left unknown")
    func unknownLocationMode() throws {
        let json = catalogueJSON(eventJSON(#""location": { "mode": "virtual", "city": "Paris" }"#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .unknownValue("virtual", allowed: ["onsite", "online", "hybrid"]))
        #expect(problem.severity == .warning)
        #expect(problem.field == "location.mode")
        #expect(reading.catalogue?.events.first?.location == EventLocation(city: "Paris"))
    }

    @Test("an unknown attendance mode is a warning and is left out")
    func unknownAttendanceMode() throws {
        let json = catalogueJSON(eventJSON(#""registration": { "modes": ["online", "phone"] }"#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .unknownValue("phone", allowed: ["onsite", "online"]))
        #expect(problem.severity == .warning)
        #expect(problem.field == "registration.modes[1]")
        #expect(reading.catalogue?.events.first?.registration?.modes == [.online])
    }

    @Test("an unknown question type is a warning and the question is asked as text")
    func unknownQuestionType() throws {
        let json = catalogueJSON(eventJSON(#""registration": { "questions": [ { "id": "jour", "label": "Jour", "type": "date" } ] }"#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .unknownValue("date", allowed: ["text", "choice", "multi", "boolean", "number"]))
        #expect(problem.severity == .warning)
        #expect(problem.field == "registration.questions[0].type")
        #expect(reading.catalogue?.events.first?.registration?.questions.first?.kind == .text)
    }

    @Test("a repeated JSON key is a warning at the second key, and its last value is used")
    func duplicateKey() throws {
        let json = catalogueJSON(eventJSON(title: "Premier", #""title": "Second""#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .duplicateKey("title"))
        #expect(problem.severity == .warning)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "title")
        #expect(reading.position(of: problem) == position(of: #""title""#, in: json, occurrence: 2))
        #expect(reading.catalogue?.events.first?.title == "Second")
    }

    @Test("a repeated top-level key is a warning with no event")
    func duplicateTopLevelKey() throws {
        let json = #"{ "schemaVersion": 1, "publisher": "A", "publisher": "B", "events": [] }"#
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .duplicateKey("publisher"))
        #expect(problem.eventID == nil)
        #expect(problem.field == "publisher")
        #expect(reading.catalogue?.publisher == "B")
    }

    @Test("a deadline before the opening is a warning at the deadline")
    func deadlineBeforeOpens() throws {
        let json = catalogueJSON(eventJSON(#""registration": { "opens": "2026-05-10", "deadline": "2026-05-01" }"#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .deadlineBeforeOpens)
        #expect(problem.severity == .warning)
        #expect(problem.field == "registration.deadline")
        #expect(reading.position(of: problem) == position(of: #""2026-05-01""#, in: json))
    }

    @Test("warnings do not refuse the catalogue")
    func warningsAccepted() throws {
        let json = catalogueJSON(eventJSON(
            #""status": "tentative""#, #""location": { "mode": "virtual" }"#,
            #""registration": { "opens": "2026-05-10", "deadline": "2026-05-01", "modes": ["phone"], "questions": [ { "id": "q", "label": "Q", "type": "date" } ] }"#,
            #""summary": "a", "summary": "b""#))
        let reading = readCatalogue(json)
        #expect(reading.errors.isEmpty)
        #expect(reading.warnings.count == 6)
        #expect(reading.problems.allSatisfy { $0.severity == .warning })
        let catalogue = try #require(reading.catalogue)
        #expect(catalogue.events.count == 1)
    }
}

@Suite("Catalogue reading: what is accepted")
struct CatalogueAcceptanceTests {
    @Test("unknown fields are ignored at every level")
    func unknownFieldsIgnored() throws {
        let json = """
        {
          "schemaVersion": 1,
          "generatedBy": "export 3.2",
          "events": [
            { "id": "a", "title": "Atelier", "kind": "workshop", "start": "2026-05-19", "colour": "#ff0000",
              "location": { "mode": "onsite", "floor": 3 },
              "programme": [ { "start": "10:00", "title": "Accueil", "room": { "name": "B" } } ],
              "contacts": [ { "name": "N", "linkedin": "n" } ],
              "documents": [ { "title": "T", "href": "t.pdf", "size": 12 } ],
              "registration": { "fee": 0, "questions": [ { "id": "q", "label": "Q", "type": "text", "placeholder": "…" } ] } }
          ],
          "signature": null
        }
        """
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        #expect(reading.catalogue?.events.count == 1)
    }

    @Test("an unknown kind is kept as written")
    func unknownKind() throws {
        let reading = readCatalogue(catalogueJSON(eventJSON(kind: "hackathon")))
        #expect(reading.problems.isEmpty)
        let event = try #require(reading.catalogue?.events.first)
        #expect(event.kind == .unknown("hackathon"))
        #expect(event.kind.rawValue == "hackathon")
    }

    @Test("known kinds are read, country-day included", arguments: [
        ("workshop", EventKind.workshop), ("webinar", .webinar), ("conference", .conference), ("meeting", .meeting),
        ("country-day", .countryDay), ("training", .training), ("other", .other),
    ])
    func knownKinds(raw: String, kind: EventKind) {
        #expect(readCatalogue(catalogueJSON(eventJSON(kind: raw))).catalogue?.events.first?.kind == kind)
        #expect(kind.rawValue == raw)
    }

    @Test("a missing status means scheduled")
    func defaultStatus() {
        #expect(readCatalogue(catalogueJSON(eventJSON())).catalogue?.events.first?.status == .scheduled)
    }

    @Test("an event reads every optional field")
    func everyField() throws {
        let json = catalogueJSON(eventJSON(
            #""end": "2026-05-19T17:30:00+02:00", "status": "cancelled""#,
            #""location": { "mode": "hybrid", "venue": "CUF", "address": "9 rue Christiani", "city": "Paris", "country": "France" }"#,
            #""organisers": ["MEAE/DAECT"], "audience": "Élus", "summary": "Résumé", "description": "Texte""#,
            #""objectives": ["Un"], "themes": ["Sahel"], "countryGroups": ["Mali"]"#,
            #""contacts": [ { "name": "Pauline May", "role": "Chargée", "email": "p@example.org", "phone": "01" } ]"#,
            #""documents": [ { "title": "Programme", "href": "https://example.org/p.pdf" } ], "updatedAt": "2026-05-01T09:00:00Z""#))
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        let event = try #require(reading.catalogue?.events.first)
        #expect(event.end == eventTime("2026-05-19T17:30:00+02:00"))
        #expect(event.status == .cancelled)
        #expect(event.location == EventLocation(mode: .hybrid, venue: "CUF", address: "9 rue Christiani", city: "Paris", country: "France"))
        #expect(event.organisers == ["MEAE/DAECT"])
        #expect(event.audience == "Élus")
        #expect(event.summary == "Résumé")
        #expect(event.description == "Texte")
        #expect(event.objectives == ["Un"])
        #expect(event.themes == ["Sahel"])
        #expect(event.countryGroups == ["Mali"])
        #expect(event.contacts == [Contact(name: "Pauline May", role: "Chargée", email: "p@example.org", phone: "01")])
        #expect(event.documents == [EventDocument(title: "Programme", href: "https://example.org/p.pdf")])
        #expect(event.updatedAt == eventTime("2026-05-01T09:00:00Z"))
        #expect(event.registration == nil)
    }

    @Test("text in any script is kept as written")
    func unicodeText() {
        let reading = readCatalogue(catalogueJSON(eventJSON(title: "Séminaire : 地方創生 🎌 Փարիզ")))
        #expect(reading.catalogue?.events.first?.title == "Séminaire : 地方創生 🎌 Փարիզ")
    }
}

@Suite("Catalogue validation: several problems")
struct SeveralProblemsTests {
    @Test("every problem of a file is reported, not only the first, sorted by position")
    func allReportedInOrder() {
        let json = """
        {
          "events": [
            { "id": "a", "title": 12, "kind": "workshop", "start": "2026-02-30" },
            { "id": "b c", "title": "B", "kind": "webinar", "start": "2026-05-19", "status": "maybe" },
            { "id": "d", "title": "D", "kind": "meeting", "start": "2026-05-19T10:00:00+02:00", "end": "2026-05-19T09:00:00+02:00",
              "registration": { "capacity": -3, "questions": [ { "id": "q", "label": "Q", "type": "choice" } ] } }
          ]
        }
        """
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        #expect(reading.problems.map(\.issue) == [
            .missingField,
            .wrongType(expected: .string, found: .number),
            .invalidDate("2026-02-30", expected: .dateOrDateTime),
            .invalidIdentifier("b c"),
            .unknownValue("maybe", allowed: ["scheduled", "cancelled", "postponed"]),
            .endBeforeStart(start: "2026-05-19T10:00+02:00", end: "2026-05-19T09:00+02:00"),
            .negativeNumber("-3"),
            .missingOptions,
        ])
        #expect(reading.problems.map(\.field) == [
            "schemaVersion", "title", "start", "events[1].id", "events[1].status", "end", "registration.capacity",
            "registration.questions[0].options",
        ])
        #expect(reading.problems.map(\.eventID) == [nil, "a", "a", nil, nil, "d", "d", "d"])
        let lines = reading.problems.compactMap { reading.position(of: $0)?.line }
        #expect(lines == [1, 3, 3, 4, 4, 5, 6, 6])
        let offsets = reading.problems.compactMap(\.offset)
        #expect(offsets == offsets.sorted())
    }

    @Test("one event with several problems reports each of them")
    func severalInOneEvent() {
        let json = catalogueJSON(#"{ "id": "a", "title": "", "kind": 3, "start": "tomorrow", "organisers": [1, 2] }"#)
        #expect(problems(in: json).map(\.field) == ["title", "kind", "start", "organisers[0]", "organisers[1]"])
    }

    @Test("errors and warnings are told apart")
    func errorsAndWarnings() {
        let reading = readCatalogue(catalogueJSON(eventJSON(title: "", #""status": "maybe""#)))
        #expect(reading.errors.map(\.issue) == [.emptyString])
        #expect(reading.warnings.map(\.issue) == [.unknownValue("maybe", allowed: ["scheduled", "cancelled", "postponed"])])
    }

    @Test("a valid event next to a broken one does not make the catalogue accepted")
    func refusedAsAWhole() {
        #expect(readCatalogue(catalogueJSON(eventJSON(id: "ok"), eventJSON(id: "ko", start: "2026-13-01"))).catalogue == nil)
    }
}
