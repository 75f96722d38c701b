import AgendaModel
import Testing
import TestSupport

/// A catalogue with one event whose registration asks `questions` (JSON array text).
private func catalogue(questions: String) -> String {
    catalogueJSON(eventJSON(#""registration": { "questions": \#(questions) }"#))
}

@Suite("Catalogue validation: registration")
struct RegistrationValidationTests {
    @Test("registration rules are read with their defaults")
    func rulesRead() throws {
        let json = catalogueJSON(eventJSON(#""registration": { "opens": "2026-04-01", "deadline": "2026-05-18T12:00:00+02:00", "capacity": 30, "modes": ["onsite", "online", "online"] }"#))
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        let rules = try #require(reading.catalogue?.events.first?.registration)
        #expect(rules.opens == .allDay(day("2026-04-01")))
        #expect(rules.deadline == eventTime("2026-05-18T12:00:00+02:00"))
        #expect(rules.capacity == 30)
        #expect(rules.waitlist)
        #expect(rules.modes == [.onsite, .online])
        #expect(rules.questions.isEmpty)
    }

    @Test("questions are read with their type, options and help")
    func questionsRead() throws {
        let json = catalogue(questions: #"[ { "id": "repas", "label": "Repas ?", "type": "choice", "required": true, "options": ["Oui", "Non"], "help": "Midi" } ]"#)
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        let question = try #require(reading.catalogue?.events.first?.registration?.questions.first)
        #expect(question == RegistrationQuestion(id: "repas", label: "Repas ?", kind: .choice, required: true, options: ["Oui", "Non"], help: "Midi"))
    }

    @Test("a choice question without options is refused at the question", arguments: ["choice", "multi"])
    func choiceWithoutOptions(type: String) throws {
        let json = catalogue(questions: #"[ { "id": "q", "label": "Q", "type": "\#(type)" } ]"#)
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingOptions)
        #expect(problem.severity == .error)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "registration.questions[0].options")
        #expect(reading.position(of: problem) == position(of: #"{ "id": "q""#, in: json))
    }

    @Test("a multi question with an empty options array is refused at the array")
    func emptyOptions() throws {
        let json = catalogue(questions: #"[ { "id": "q", "label": "Q", "type": "multi", "options": [] } ]"#)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingOptions)
        #expect(readCatalogue(json).position(of: problem) == position(of: "[]", in: json))
    }

    @Test("a text question needs no options")
    func textWithoutOptions() {
        #expect(problems(in: catalogue(questions: #"[ { "id": "q", "label": "Q", "type": "text" } ]"#)).isEmpty)
    }

    @Test("a repeated question id is refused at the second question")
    func duplicateQuestionID() throws {
        let json = catalogue(questions: #"[ { "id": "q", "label": "A", "type": "text" }, { "id": "q", "label": "B", "type": "boolean" } ]"#)
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        let first = try #require(byteOffset(of: #"{ "id": "q""#, in: json))
        #expect(problem.issue == .duplicateIdentifier("q", firstOffset: first))
        #expect(problem.severity == .error)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == "registration.questions")
        #expect(reading.position(of: problem) == position(of: #"{ "id": "q""#, in: json, occurrence: 2))
    }

    @Test("a repeated question id is reported at the repeated question even after an invalid question")
    func duplicateQuestionIDAfterInvalidQuestion() throws {
        let json = catalogue(questions: #"[ { "id": "q", "label": "A", "type": "text" }, { "id": "r", "type": "text" }, { "id": "q", "label": "B", "type": "text" } ]"#)
        let found = problems(in: json)
        let first = try #require(byteOffset(of: #"{ "id": "q""#, in: json))
        #expect(found.map(\.issue) == [.missingField, .duplicateIdentifier("q", firstOffset: first)])
        #expect(found.last?.offset == byteOffset(of: #"{ "id": "q""#, in: json, occurrence: 2))
    }

    @Test("a question without id, label or type is refused for each")
    func questionMissingFields() {
        let found = problems(in: catalogue(questions: #"[ { "help": "?" } ]"#))
        #expect(found.map(\.issue) == [.missingField, .missingField, .missingField])
        #expect(found.map(\.field) == ["registration.questions[0].id", "registration.questions[0].label", "registration.questions[0].type"])
    }

    @Test("a question type that is not a string is reported once")
    func questionTypeAsNumber() {
        let found = problems(in: catalogue(questions: #"[ { "id": "q", "label": "Q", "type": 3 } ]"#))
        #expect(found.map(\.issue) == [.wrongType(expected: .string, found: .number)])
        #expect(found.map(\.field) == ["registration.questions[0].type"])
    }

    @Test("questions that are not an array are reported once")
    func questionsNotAnArray() {
        let found = problems(in: catalogue(questions: #""Votre fonction ?""#))
        #expect(found.map(\.issue) == [.wrongType(expected: .array, found: .string)])
        #expect(found.map(\.field) == ["registration.questions"])
    }
}

@Suite struct ParticipantNameTests {
    @Test("a name is written given name first, except in Chinese, Japanese or Korean script", arguments: [
        ("Élodie", "Martin", "Élodie Martin"), ("花子", "田中", "田中 花子"), ("ハナコ", "タナカ", "タナカ ハナコ"),
        ("지민", "김", "김 지민"), ("Hélène", "山田", "Hélène 山田"), ("Anahit", "Պետրոսյան", "Anahit Պետրոսյան"),
        ("", "Dupont", "Dupont"), (" Jean ", "", "Jean"),
    ])
    func fullName(first: String, last: String, expected: String) {
        #expect(Participant(firstName: first, lastName: last).fullName == expected)
    }
}
