import AgendaModel
import Testing
import TestSupport

@Suite("Catalogue validation: dates and times")
struct CatalogueDateValidationTests {
    @Test("an impossible start date is refused at its value", arguments: ["2026-02-30", "2026-13-01"])
    func impossibleDate(text: String) throws {
        let json = catalogueJSON(eventJSON(start: text))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .invalidDate(text, expected: .dateOrDateTime))
        #expect(problem.severity == .error)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "start")
        #expect(reading.position(of: problem) == position(of: #""\#(text)""#, in: json))
    }

    @Test("a date-time with no offset is refused")
    func noOffset() throws {
        let problem = try #require(onlyProblem(in: catalogueJSON(eventJSON(start: "2026-05-19T14:00:00"))))
        #expect(problem.issue == .invalidDate("2026-05-19T14:00:00", expected: .dateOrDateTime))
        #expect(problem.field == "start")
    }

    @Test("a date-time with a malformed offset is refused", arguments: [
        "2026-05-19T14:00+2:00", "2026-05-19T14:00+0200", "2026-05-19T14:00+25:00", "2026-05-19T14:00 CET",
    ])
    func badOffset(text: String) {
        #expect(problems(in: catalogueJSON(eventJSON(start: text))).map(\.issue) == [.invalidDate(text, expected: .dateOrDateTime)])
    }

    @Test("an invalid end is refused as the end")
    func invalidEnd() {
        let found = problems(in: catalogueJSON(eventJSON(#""end": "2026-05-19T25:00:00+02:00""#)))
        #expect(found.map(\.issue) == [.invalidDate("2026-05-19T25:00:00+02:00", expected: .dateOrDateTime)])
        #expect(found.map(\.field) == ["end"])
    }

    @Test("a start that is not a string is the wrong type")
    func startAsNumber() {
        let json = catalogueJSON(#"{ "id": "a", "title": "Atelier", "kind": "workshop", "start": 20260519 }"#)
        #expect(problems(in: json).map(\.issue) == [.wrongType(expected: .string, found: .number)])
    }

    @Test("a timed end before its start is refused at the end")
    func timedEndBeforeStart() throws {
        let json = catalogueJSON(eventJSON(start: "2026-05-19T14:00:00+02:00", #""end": "2026-05-19T13:00:00+02:00""#))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .endBeforeStart(start: "2026-05-19T14:00+02:00", end: "2026-05-19T13:00+02:00"))
        #expect(problem.severity == .error)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "end")
        #expect(reading.position(of: problem) == position(of: #""2026-05-19T13:00"#, in: json))
    }

    @Test("an all-day end before its start is refused")
    func allDayEndBeforeStart() {
        let found = problems(in: catalogueJSON(eventJSON(start: "2024-11-21", #""end": "2024-11-18""#)))
        #expect(found.map(\.issue) == [.endBeforeStart(start: "2024-11-21", end: "2024-11-18")])
        #expect(found.map(\.field) == ["end"])
    }

    @Test("a timed end on a day before an all-day start is refused")
    func timedEndBeforeAllDayStart() {
        let found = problems(in: catalogueJSON(eventJSON(start: "2026-05-19", #""end": "2026-05-18T17:00:00+02:00""#)))
        #expect(found.map(\.issue) == [.endBeforeStart(start: "2026-05-19", end: "2026-05-18T17:00+02:00")])
    }

    @Test("an all-day end on a day before a timed start is refused")
    func allDayEndBeforeTimedStart() {
        let found = problems(in: catalogueJSON(eventJSON(start: "2026-05-19T09:00:00+02:00", #""end": "2026-05-18""#)))
        #expect(found.map(\.issue) == [.endBeforeStart(start: "2026-05-19T09:00+02:00", end: "2026-05-18")])
    }

    @Test("an end on the start's day is accepted when one of them is a whole day")
    func mixedSameDay() {
        #expect(problems(in: catalogueJSON(eventJSON(start: "2026-05-19", #""end": "2026-05-19T12:00:00+02:00""#))).isEmpty)
        #expect(problems(in: catalogueJSON(eventJSON(start: "2026-05-19T09:00:00+02:00", #""end": "2026-05-19""#))).isEmpty)
    }

    @Test("an end equal to the start is accepted")
    func endEqualsStart() {
        #expect(problems(in: catalogueJSON(eventJSON(start: "2026-05-19T14:00:00+02:00", #""end": "2026-05-19T14:00:00+02:00""#))).isEmpty)
    }

    @Test("an end written in another offset is compared as an instant")
    func endInAnotherOffset() {
        // 13:30+01:00 is 12:30Z, after 14:00+02:00 = 12:00Z, although 13:30 < 14:00 on the clock.
        #expect(problems(in: catalogueJSON(eventJSON(start: "2026-05-19T14:00:00+02:00", #""end": "2026-05-19T13:30:00+01:00""#))).isEmpty)
        // 14:30+03:00 is 11:30Z, before 12:00Z, although 14:30 > 14:00 on the clock.
        #expect(problems(in: catalogueJSON(eventJSON(start: "2026-05-19T14:00:00+02:00", #""end": "2026-05-19T14:30:00+03:00""#))).map(\.issue)
                == [.endBeforeStart(start: "2026-05-19T14:00+02:00", end: "2026-05-19T14:30+03:00")])
    }

    @Test("updatedAt must be a date-time, not a bare date")
    func updatedAtDateOnly() {
        let found = problems(in: catalogueJSON(eventJSON(#""updatedAt": "2026-05-01""#)))
        #expect(found.map(\.issue) == [.invalidDate("2026-05-01", expected: .dateTime)])
        #expect(found.map(\.field) == ["updatedAt"])
    }

    @Test("an invalid registration opening date is refused with its path")
    func invalidOpens() {
        let found = problems(in: catalogueJSON(eventJSON(#""registration": { "opens": "2026-04-31" }"#)))
        #expect(found.map(\.issue) == [.invalidDate("2026-04-31", expected: .dateOrDateTime)])
        #expect(found.map(\.field) == ["registration.opens"])
    }

    @Test("an invalid registration deadline is refused with its path")
    func invalidDeadline() {
        let found = problems(in: catalogueJSON(eventJSON(#""registration": { "deadline": "18/05/2020" }"#)))
        #expect(found.map(\.issue) == [.invalidDate("18/05/2020", expected: .dateOrDateTime)])
        #expect(found.map(\.field) == ["registration.deadline"])
    }
}

@Suite("Catalogue validation: programme")
struct ProgrammeValidationTests {
    @Test("a programme is read in the event's local times")
    func validProgramme() throws {
        let json = catalogueJSON(eventJSON(#""programme": [ { "date": "2026-05-19", "start": "14:00", "end": "15:00", "title": "Accueil", "speakers": ["A. B."] } ]"#))
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        let slot = try #require(reading.catalogue?.events.first?.programme.first)
        #expect(slot == ProgrammeSlot(date: day("2026-05-19"), start: TimeOfDay(hour: 14, minute: 0)!,
                                      end: TimeOfDay(hour: 15, minute: 0)!, title: "Accueil", speakers: ["A. B."]))
    }

    @Test("a slot start that is not hh:mm is refused at its value", arguments: ["9:00", "25:00", "14h00", "14:00:00"])
    func badSlotTime(text: String) throws {
        let json = catalogueJSON(eventJSON(#""programme": [ { "start": "\#(text)", "title": "Accueil" } ]"#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .invalidDate(text, expected: .time))
        #expect(problem.severity == .error)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "programme[0].start")
        #expect(reading.position(of: problem) == position(of: #""\#(text)""#, in: json))
    }

    @Test("a slot ending before it starts is refused at its end")
    func slotEndBeforeStart() throws {
        let json = catalogueJSON(eventJSON(#""programme": [ { "start": "15:00", "end": "16:00", "title": "A" }, { "start": "16:00", "end": "15:30", "title": "B" } ]"#))
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .endBeforeStart(start: "16:00", end: "15:30"))
        #expect(problem.field == "programme[1].end")
        #expect(reading.position(of: problem) == position(of: #""15:30""#, in: json))
    }

    @Test("a slot without start or title is refused for each missing field")
    func slotMissingFields() {
        let found = problems(in: catalogueJSON(eventJSON(#""programme": [ { "end": "15:00" } ]"#)))
        #expect(found.map(\.issue) == [.missingField, .missingField])
        #expect(found.map(\.field) == ["programme[0].start", "programme[0].title"])
    }

    @Test("a slot with an impossible date is refused")
    func slotBadDate() {
        let found = problems(in: catalogueJSON(eventJSON(#""programme": [ { "date": "2026-05-32", "start": "15:00", "title": "A" } ]"#)))
        #expect(found.map(\.issue) == [.invalidDate("2026-05-32", expected: .date)])
        #expect(found.map(\.field) == ["programme[0].date"])
    }
}
