import AgendaModel
import Testing
import TestSupport

/// An event's own message texts: `messages` in the catalogue, checked as it is read.
@Suite struct EventMessagesTests {
    static let connectionFR = #"Subject: Lien pour {event}\n\nBonjour {first-name},\n\n{connection}\n"#
    static let reminder = #"Subject: {event} demain\n\n{name}, à demain.\n"#

    @Test func theEventsOwnTextsAreReadAndComeByLanguageThenForBoth() throws {
        let json = catalogueJSON(eventJSON(#""messages": { "connection.fr": "\#(Self.connectionFR)", "reminder": "\#(Self.reminder)" }"#))
        let reading = readCatalogue(json)
        #expect(reading.problems.isEmpty)
        let event = try #require(reading.catalogue?.events.first)
        #expect(event.messages.keys.sorted() == ["connection.fr", "reminder"])
        let french = try #require(event.messageTemplate(.connection, .fr))
        #expect(french.render { $0 == .eventTitle ? "Atelier" : "X" }.subject == "Lien pour Atelier")
        // No English connection text: the user's or the built-in one is used.
        #expect(event.messageTemplate(.connection, .en) == nil)
        // A name without a language serves both.
        #expect(event.messageTemplate(.reminder, .en) == event.messageTemplate(.reminder, .fr))
        #expect(event.messageTemplate(.reminder, .en) != nil)
        #expect(event.messageTemplate(.confirmation, .fr) == nil)
    }

    @Test func anEventWithoutTextsHasNone() throws {
        let event = try #require(readCatalogue(catalogueJSON(eventJSON())).catalogue?.events.first)
        #expect(event.messages.isEmpty)
        #expect(event.messageTemplate(.confirmation, .fr) == nil)
    }

    @Test func anUnknownNameIsRefusedWhereItIs() throws {
        let json = catalogueJSON(eventJSON(#""messages": { "confirmation.de": "\#(Self.reminder)" }"#))
        let reading = readCatalogue(json)
        #expect(reading.catalogue == nil)
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .messageTemplate(.unknownName("confirmation.de")))
        #expect(problem.field == "messages.confirmation.de")
        #expect(problem.eventID == "evenement-1")
    }

    @Test func aTemplateThatDoesNotReadIsRefusedWithItsLine() throws {
        let text = #"Subject: {event}\n\nBonjour {prénom},\n"#
        let json = catalogueJSON(eventJSON(#""messages": { "confirmation": "\#(text)" }"#))
        let problem = try #require(onlyProblem(in: json))
        #expect(problem.issue == .messageTemplate(.template(MessageTemplate.Problem(line: 3, reason: .unknownPlaceholder("prénom")))))
        #expect(problem.severity == .error)
    }

    @Test func aTextThatIsNotAStringIsATypeError() throws {
        let json = catalogueJSON(eventJSON(#""messages": { "confirmation": 3 }"#))
        #expect(onlyProblem(in: json)?.issue == .wrongType(expected: .string, found: .number))
    }

    @Test func everyKindAndLanguageIsANameAndTheKindAlone() {
        #expect(EventMessages.names.count == MessageKind.allCases.count * (Language.allCases.count + 1))
        #expect(EventMessages.problem(name: "cancellation.en", text: "Subject: x\n\ny") == nil)
        #expect(EventMessages.problem(name: "cancellation", text: "Subject: x\n\ny") == nil)
        #expect(EventMessages.problem(name: "cancellation.en", text: "Objet: x\n\ny") == .template(MessageTemplate.Problem(line: 1, reason: .missingSubject)))
    }
}
