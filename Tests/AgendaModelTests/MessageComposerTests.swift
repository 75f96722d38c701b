import AgendaModel
import AgendaWords
import SampleCatalogue
import Testing

@Suite struct MessageComposerTests {
    static let catalogue = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!
    static let sender = MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
    static let moment = Moment.startOf(CalendarDate(year: 2026, month: 11, day: 23)!, utcOffset: 3600)

    func registration(_ status: RegistrationStatus, event: String = "formation-montage-projet-2027-01-14",
                      email: String = "e.martin@example.org", id: String = "r1") -> Registration {
        Registration(id: id, eventId: event, status: status, createdAt: "2026-11-20T10:00:00+01:00", updatedAt: "2026-11-20T10:00:00+01:00",
                     source: .form, participant: Participant(firstName: "Élodie", lastName: "Martin", email: email, organisation: "Ville de Lyon"),
                     consent: true, history: [.init(at: "2026-11-20T10:00:00+01:00", from: nil, to: status)])
    }

    @Test("every kind has a template in both languages that parses and fills every placeholder", arguments: Language.allCases)
    func everyKindInEveryLanguage(language: Language) throws {
        let composer = MessageComposer(strings: Strings(language), sender: Self.sender)
        let event = try #require(Self.catalogue.event(id: "formation-montage-projet-2027-01-14"))
        for kind in MessageKind.allCases {
            let status: RegistrationStatus = switch kind {
            case .waitlist: .waitlisted
            case .decline: .declined
            case .cancellation: .pending
            default: .approved
            }
            let message = try composer.compose(kind, for: registration(status), event: event, registrations: [registration(status)],
                                               connection: "https://visio.example.org/formation — code 1234", at: Self.moment,
                                               messageID: "<1@x.invalid>").get()
            #expect(!message.subject.isEmpty && message.subject.contains("Formation"), "\(kind) \(language)")
            #expect(message.body.hasPrefix(language == .fr ? "Bonjour Élodie," : "Dear Élodie,"), "\(kind) \(language)")
            #expect(!message.body.contains("{") && !message.subject.contains("{"), "\(kind) \(language): a placeholder left")
            #expect(message.body.hasSuffix("Cités Unies France\n"), "\(kind) \(language)")
            #expect(message.rfc5322.contains("X-Agenda-Kind: \(kind.rawValue)"))
        }
    }

    @Test("an online event's connection details come from the catalogue, in the message and the detail")
    func connectionDetails() throws {
        let event = try #require(Self.catalogue.event(id: "webinaire-climat-2026-12-08"))
        let connection = try #require(event.connection)
        #expect(connection.hasPrefix("https://visio.example.org/cuf-climat"))
        let composer = MessageComposer(strings: Strings(.fr), sender: Self.sender)
        let message = try composer.compose(.connection, for: registration(.approved, event: event.id), event: event, registrations: [],
                                           connection: event.connection, at: Self.moment, messageID: "<4@x.invalid>").get()
        #expect(message.subject == "Informations de connexion\u{202F}: Coopération décentralisée et adaptation au changement climatique")
        #expect(message.body.contains(connection))
        #expect(message.body.contains("le mar. 8 décembre 2026, 10:00–12:00 (UTC+01:00)\u{202F}:"))
    }

    @Test("the rank is the place among the waitlisted, oldest first; dates are in the event's offset")
    func rankAndDates() throws {
        let event = try #require(Self.catalogue.event(id: "formation-montage-projet-2027-01-14"))
        var first = registration(.waitlisted, email: "a@example.org", id: "a")
        first.createdAt = "2026-11-01T10:00:00+01:00"
        let second = registration(.waitlisted, email: "b@example.org", id: "b")
        let composer = MessageComposer(strings: Strings(.fr), sender: Self.sender)
        let message = try composer.compose(.waitlist, for: second, event: event, registrations: [second, first], at: Self.moment,
                                           messageID: "<2@x.invalid>").get()
        #expect(message.body.contains("en position 2."))
        #expect(message.body.contains("(jeu. 14 janvier 2027)") || message.body.contains("du jeu. 14 janvier 2027"), "\(message.body)")
    }

    @Test("no message to an inscription without a valid e-mail, of another status, or without connection details")
    func refusals() throws {
        let event = try #require(Self.catalogue.event(id: "formation-montage-projet-2027-01-14"))
        let composer = MessageComposer(strings: Strings(.fr), sender: Self.sender)
        func refusal(_ kind: MessageKind, _ registration: Registration) -> MessageRefusal? {
            if case .failure(let refusal) = composer.compose(kind, for: registration, event: event, registrations: [], at: Self.moment,
                                                              messageID: "<3@x.invalid>") { return refusal }
            return nil
        }
        #expect(refusal(.confirmation, registration(.approved, email: "")) == .noEmail)
        #expect(refusal(.confirmation, registration(.approved, email: "pas-un-email")) == .undeliverable("pas-un-email"))
        #expect(refusal(.confirmation, registration(.pending)) == .wrongStatus(.pending))
        #expect(refusal(.cancellation, registration(.declined)) == .wrongStatus(.declined))
        #expect(refusal(.connection, registration(.approved)) == .noConnectionDetails)
        #expect(refusal(.cancellation, registration(.waitlisted)) == nil)
    }
}
