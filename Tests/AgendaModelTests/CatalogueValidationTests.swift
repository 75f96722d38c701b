import AgendaModel
import AgendaWords
import Testing
import TestSupport

/// Where the first event of `catalogueJSON` starts.
private let firstEventPosition = SourcePosition(line: 4, column: 5)

@Suite("Catalogue validation: the document")
struct CatalogueDocumentValidationTests {
    @Test("a minimal catalogue is accepted with no problem")
    func minimal() throws {
        let reading = readCatalogue(catalogueJSON(eventJSON()))
        #expect(reading.problems.isEmpty)
        let catalogue = try #require(reading.catalogue)
        #expect(catalogue.events.map(\.id) == ["evenement-1"])
    }

    @Test("an empty events array is a valid, empty catalogue")
    func emptyEvents() throws {
        let reading = readCatalogue(catalogueJSON())
        #expect(reading.problems.isEmpty)
        #expect(try #require(reading.catalogue).events.isEmpty)
    }

    @Test("the publisher is read")
    func publisher() {
        let json = #"{ "schemaVersion": 1, "publisher": "Cités Unies France", "events": [] }"#
        #expect(readCatalogue(json).catalogue?.publisher == "Cités Unies France")
    }

    @Test("a top-level array is refused")
    func topLevelArray() throws {
        let reading = readCatalogue("[\(eventJSON())]")
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: "[\(eventJSON())]"))
        #expect(problem.issue == .topLevelNotObject(found: .array))
        #expect(problem.severity == .error)
        #expect(problem.offset == 0)
    }

    @Test("a top-level string is refused")
    func topLevelString() {
        #expect(problems(in: #""events""#).map(\.issue) == [.topLevelNotObject(found: .string)])
    }

    @Test("a missing schemaVersion is refused at the document's start")
    func missingSchemaVersion() throws {
        let json = #"{ "events": [] }"#
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingField)
        #expect(problem.severity == .error)
        #expect(problem.field == "schemaVersion")
        #expect(problem.eventID == nil)
        #expect(reading.position(of: problem) == SourcePosition(line: 1, column: 1))
    }

    @Test("a schemaVersion higher than 1 is refused, naming the version")
    func newerSchemaVersion() throws {
        let json = #"{ "schemaVersion": 2, "events": [] }"#
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .unsupportedSchemaVersion(2))
        #expect(problem.field == "schemaVersion")
        #expect(reading.position(of: problem) == position(of: "2", in: json))
        #expect(problem.message(.en).contains("schemaVersion 2"))
        #expect(problem.message(.fr).contains("schemaVersion 2"))
    }

    @Test("a schemaVersion of 0 is refused: versions start at 1")
    func schemaVersionZero() throws {
        let problem = try #require(onlyProblem(in: #"{ "schemaVersion": 0, "events": [] }"#))
        #expect(problem.issue == .unsupportedSchemaVersion(0))
        #expect(problem.message(.en).contains("the first version is 1"))
    }

    @Test("a wrong type is told the same way in French whatever the gender of the types")
    func frenchWrongType() throws {
        let problem = try #require(onlyProblem(in: #"{ "schemaVersion": "1", "events": [] }"#))
        #expect(problem.message(.fr) == "attendu\u{202F}: un entier\u{202F}; trouvé\u{202F}: une chaîne")
    }

    @Test("with a newer schemaVersion the rest of the file is not checked")
    func newerSchemaVersionAlone() {
        let json = #"{ "schemaVersion": 3, "events": [ { "id": "bad id" } ] }"#
        #expect(problems(in: json).map(\.issue) == [.unsupportedSchemaVersion(3)])
    }

    @Test("a schemaVersion written as a string is the wrong type")
    func schemaVersionAsString() throws {
        let problem = try #require(onlyProblem(in: #"{ "schemaVersion": "1", "events": [] }"#))
        #expect(problem.issue == .wrongType(expected: .integer, found: .string))
        #expect(problem.field == "schemaVersion")
    }

    @Test("a null schemaVersion is the wrong type: a whole number is expected")
    func nullSchemaVersion() throws {
        let problem = try #require(onlyProblem(in: #"{ "schemaVersion": null, "events": [] }"#))
        #expect(problem.issue == .wrongType(expected: .integer, found: .null))
    }

    @Test("missing events are refused at the document's start")
    func missingEvents() throws {
        let json = #"{ "schemaVersion": 1 }"#
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingField)
        #expect(problem.field == "events")
        #expect(problem.offset == 0)
    }

    @Test("events that are not an array are the wrong type, at their value")
    func eventsNotAnArray() throws {
        let json = #"{ "schemaVersion": 1, "events": { "id": "a" } }"#
        let reading = readCatalogue(json)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .array, found: .object))
        #expect(problem.field == "events")
        #expect(reading.position(of: problem) == position(of: "{ \"id\"", in: json))
    }

    @Test("null events are the wrong type: an array is expected")
    func nullEvents() throws {
        let problem = try #require(onlyProblem(in: #"{ "schemaVersion": 1, "events": null }"#))
        #expect(problem.issue == .wrongType(expected: .array, found: .null))
        #expect(problem.field == "events")
    }

    @Test("an event that is not an object is the wrong type, named by its position")
    func eventNotAnObject() throws {
        let json = catalogueJSON(eventJSON(), #""second""#)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .object, found: .string))
        #expect(problem.field == "events[1]")
        #expect(problem.eventID == nil)
        #expect(readCatalogue(json).position(of: problem) == SourcePosition(line: 5, column: 5))
    }
}

@Suite("Catalogue validation: required event fields")
struct RequiredEventFieldTests {
    /// An event object with the four required fields except `missing`.
    func event(without missing: String) -> String {
        let members = [("id", "evenement-1"), ("title", "Atelier"), ("kind", "workshop"), ("start", "2026-05-19")]
            .filter { $0.0 != missing }
            .map { #""\#($0.0)": "\#($0.1)""# }
        return "{ " + members.joined(separator: ", ") + " }"
    }

    @Test("a missing title, kind or start is refused at the event, naming the event and field",
          arguments: ["title", "kind", "start"])
    func missingField(field: String) throws {
        let json = catalogueJSON(event(without: field))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingField)
        #expect(problem.severity == .error)
        #expect(problem.eventID == "evenement-1")
        #expect(problem.field == field)
        #expect(reading.position(of: problem) == firstEventPosition)
    }

    @Test("a missing id is refused at the event, which is named by its position")
    func missingID() throws {
        let json = catalogueJSON(eventJSON(), event(without: "id"))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingField)
        #expect(problem.eventID == nil)
        #expect(problem.field == "events[1].id")
        #expect(reading.position(of: problem) == SourcePosition(line: 5, column: 5))
    }

    @Test("an empty title is refused")
    func emptyTitle() throws {
        let json = catalogueJSON(eventJSON(title: ""))
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .emptyString)
        #expect(problem.field == "title")
        #expect(readCatalogue(json).position(of: problem) == position(of: #""""#, in: json))
    }

    @Test("a title of blanks only is refused as empty")
    func blankTitle() {
        #expect(problems(in: catalogueJSON(eventJSON(title: "   "))).map(\.issue) == [.emptyString])
    }

    @Test("an empty kind is refused")
    func emptyKind() {
        #expect(problems(in: catalogueJSON(eventJSON(kind: ""))).map(\.issue) == [.emptyString])
    }

    @Test("a null title is the wrong type")
    func nullTitle() throws {
        let json = catalogueJSON(#"{ "id": "a", "title": null, "kind": "workshop", "start": "2026-05-19" }"#)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .string, found: .null))
        #expect(problem.field == "title")
    }

    @Test("a null optional field counts as absent")
    func nullOptionalField() throws {
        let reading = readCatalogue(catalogueJSON(eventJSON(#""end": null"#, #""summary": null"#, #""registration": null"#)))
        #expect(reading.problems.isEmpty)
        let event = try #require(reading.catalogue?.events.first)
        #expect(event.end == nil)
        #expect(event.registration == nil)
    }

    @Test("a contact without a name is refused")
    func contactWithoutName() throws {
        let json = catalogueJSON(eventJSON(#""contacts": [ { "email": "x@example.org" } ]"#))
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .missingField)
        #expect(problem.field == "contacts[0].name")
        #expect(readCatalogue(json).position(of: problem) == position(of: #"{ "email""#, in: json))
    }

    @Test("a document without href is refused")
    func documentWithoutHref() throws {
        let problem = try #require(onlyProblem(in: catalogueJSON(eventJSON(#""documents": [ { "title": "Programme" } ]"#))))
        #expect(problem.issue == .missingField)
        #expect(problem.field == "documents[0].href")
    }
}

@Suite("Catalogue validation: types")
struct FieldTypeValidationTests {
    @Test("a title written as a number is the wrong type, at the number")
    func titleAsNumber() throws {
        let json = catalogueJSON(#"{ "id": "a", "title": 2026, "kind": "workshop", "start": "2026-05-19" }"#)
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .string, found: .number))
        #expect(problem.severity == .error)
        #expect(problem.eventID == "a")
        #expect(problem.field == "title")
        #expect(reading.position(of: problem) == position(of: "2026,", in: json))
    }

    @Test("organisers containing a number are the wrong type, at the element")
    func organiserAsNumber() throws {
        let json = catalogueJSON(eventJSON(#""organisers": ["MEAE/DAECT", 42]"#))
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .string, found: .number))
        #expect(problem.field == "organisers[1]")
        #expect(problem.eventID == "evenement-1")
        #expect(readCatalogue(json).position(of: problem) == position(of: "42", in: json))
    }

    @Test("organisers written as one string are the wrong type")
    func organisersAsString() {
        let found = problems(in: catalogueJSON(eventJSON(#""organisers": "MEAE/DAECT""#)))
        #expect(found.map(\.issue) == [.wrongType(expected: .array, found: .string)])
        #expect(found.map(\.field) == ["organisers"])
    }

    @Test("a capacity written as a string \"12\" is the wrong type")
    func capacityAsString() throws {
        let json = catalogueJSON(eventJSON(#""registration": { "capacity": "12" }"#))
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .integer, found: .string))
        #expect(problem.field == "registration.capacity")
        #expect(problem.eventID == "evenement-1")
        #expect(readCatalogue(json).position(of: problem) == position(of: #""12""#, in: json))
    }

    @Test("a negative capacity is refused")
    func negativeCapacity() throws {
        let json = catalogueJSON(eventJSON(#""registration": { "capacity": -1 }"#))
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .negativeNumber("-1"))
        #expect(problem.severity == .error)
        #expect(problem.field == "registration.capacity")
        #expect(readCatalogue(json).position(of: problem) == position(of: "-1 }", in: json))
    }

    @Test("a fractional capacity is refused: a whole number is expected")
    func fractionalCapacity() throws {
        let problem = try #require(onlyProblem(in: catalogueJSON(eventJSON(#""registration": { "capacity": 12.5 }"#))))
        #expect(problem.issue == .wrongType(expected: .integer, found: .number))
        #expect(problem.field == "registration.capacity")
    }

    @Test("a capacity written 12.0 or 1.2e1 is the whole number 12")
    func wholeCapacityWithDecimals() {
        for written in ["12.0", "1.2e1"] {
            let reading = readCatalogue(catalogueJSON(eventJSON(#""registration": { "capacity": \#(written) }"#)))
            #expect(reading.problems.isEmpty)
            #expect(reading.catalogue?.events.first?.registration?.capacity == 12)
        }
    }

    @Test("a capacity of 0 is accepted")
    func zeroCapacity() {
        let reading = readCatalogue(catalogueJSON(eventJSON(#""registration": { "capacity": 0 }"#)))
        #expect(reading.problems.isEmpty)
        #expect(reading.catalogue?.events.first?.registration?.capacity == 0)
    }

    @Test("a location that is not an object is the wrong type")
    func locationAsString() {
        let found = problems(in: catalogueJSON(eventJSON(#""location": "Paris""#)))
        #expect(found.map(\.issue) == [.wrongType(expected: .object, found: .string)])
        #expect(found.map(\.field) == ["location"])
    }

    @Test("a waitlist that is not a boolean is the wrong type")
    func waitlistAsString() {
        let found = problems(in: catalogueJSON(eventJSON(#""registration": { "waitlist": "yes" }"#)))
        #expect(found.map(\.issue) == [.wrongType(expected: .boolean, found: .string)])
        #expect(found.map(\.field) == ["registration.waitlist"])
    }

    @Test("a programme that is not an array is the wrong type")
    func programmeAsObject() {
        let found = problems(in: catalogueJSON(eventJSON(#""programme": { "start": "15:00", "title": "x" }"#)))
        #expect(found.map(\.issue) == [.wrongType(expected: .array, found: .object)])
        #expect(found.map(\.field) == ["programme"])
    }

    @Test("a programme slot that is not an object is the wrong type, named by its position")
    func programmeSlotAsString() {
        let found = problems(in: catalogueJSON(eventJSON(#""programme": ["15:00 Accueil"]"#)))
        #expect(found.map(\.issue) == [.wrongType(expected: .object, found: .string)])
        #expect(found.map(\.field) == ["programme[0]"])
    }

    @Test("an attendance mode that is not a string is the wrong type")
    func modeAsNumber() {
        let found = problems(in: catalogueJSON(eventJSON(#""registration": { "modes": ["online", 1] }"#)))
        #expect(found.map(\.issue) == [.wrongType(expected: .string, found: .number)])
        #expect(found.map(\.field) == ["registration.modes[1]"])
    }
}

@Suite("Catalogue validation: identifiers")
struct IdentifierValidationTests {
    @Test("an id with a space is refused; the event is then named by its position", arguments: [
        "atelier 2026", "atelier/2026", "journée-arménie", "",
    ])
    func invalidID(id: String) throws {
        let json = catalogueJSON(eventJSON(id: id))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .invalidIdentifier(id))
        #expect(problem.severity == .error)
        #expect(problem.eventID == nil)
        #expect(problem.field == "events[0].id")
        #expect(reading.position(of: problem) == position(of: #""\#(id)""#, in: json))
    }

    @Test("an id of 64 characters is accepted and one of 65 is refused")
    func idLength() {
        #expect(problems(in: catalogueJSON(eventJSON(id: String(repeating: "a", count: 64)))).isEmpty)
        #expect(problems(in: catalogueJSON(eventJSON(id: String(repeating: "a", count: 65)))).map(\.issue)
                == [.invalidIdentifier(String(repeating: "a", count: 65))])
    }

    @Test("an id of letters, digits, dot, underscore and hyphen is accepted")
    func allowedCharacters() {
        #expect(problems(in: catalogueJSON(eventJSON(id: "Atelier_2026.05-19"))).isEmpty)
    }

    @Test("an id written as a number is the wrong type")
    func idAsNumber() throws {
        let json = catalogueJSON(#"{ "id": 12, "title": "Atelier", "kind": "workshop", "start": "2026-05-19" }"#)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .wrongType(expected: .string, found: .number))
        #expect(problem.field == "events[0].id")
        #expect(problem.eventID == nil)
    }

    @Test("a repeated id is refused at the second event, with the first one's offset")
    func duplicateID() throws {
        let json = catalogueJSON(eventJSON(id: "atelier"), eventJSON(id: "webinaire"), eventJSON(id: "atelier", title: "Autre"))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        let firstEvent = try #require(byteOffset(of: "{", in: json, occurrence: 2))
        #expect(problem.issue == .duplicateIdentifier("atelier", firstOffset: firstEvent))
        #expect(problem.severity == .error)
        #expect(problem.eventID == "atelier")
        #expect(problem.field == "id")
        #expect(reading.position(of: problem) == SourcePosition(line: 6, column: 5))
    }

    @Test("the message of a repeated id gives the first one's line")
    func duplicateIDMessage() throws {
        let json = catalogueJSON(eventJSON(id: "atelier"), eventJSON(id: "atelier"))
        let reading = readCatalogue(json)
        let problem = try #require(reading.problems.first)
        #expect(problem.message(.en, source: reading.source) == #"duplicate id "atelier" (first at line 4)"#)
        #expect(problem.message(.fr, source: reading.source) == "l'identifiant «\u{00A0}atelier\u{00A0}» est en double (déjà ligne 4)")
    }

    @Test("a repeated id is reported even when the first event has another problem")
    func duplicateIDAfterBrokenEvent() {
        let json = catalogueJSON(eventJSON(id: "atelier", title: ""), eventJSON(id: "atelier"))
        #expect(problems(in: json).map(\.issue) == [
            .emptyString,
            .duplicateIdentifier("atelier", firstOffset: byteOffset(of: "{", in: json, occurrence: 2)!),
        ])
    }

    @Test("a repeated id is reported for every repetition")
    func threeTimes() {
        let json = catalogueJSON(eventJSON(id: "x"), eventJSON(id: "x"), eventJSON(id: "x"))
        #expect(problems(in: json).map(\.field) == ["id", "id"])
    }
}
