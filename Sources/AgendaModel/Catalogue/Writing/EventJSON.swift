/// An event as the catalogue writes it (docs/catalogue.md): members in the schema's order, and
/// only those that say something (no `"status": "scheduled"`, no empty list), so that the same
/// event always gives the same text and reads back as the same event.
enum EventJSON {
    static func value(_ event: Event) -> PrettyJSON {
        var members: [(key: String, value: PrettyJSON)] = [
            ("id", .string(event.id)),
            ("title", .string(event.title)),
            ("kind", .string(event.kind.rawValue)),
        ]
        func add(_ key: String, _ value: PrettyJSON?) {
            if let value { members.append((key, value)) }
        }
        add("status", event.status == .scheduled ? nil : .string(event.status.rawValue))
        add("start", .string(event.start.description))
        add("end", event.end.map { .string($0.description) })
        add("location", event.location.map(location))
        add("organisers", strings(event.organisers))
        add("audience", event.audience.map(PrettyJSON.string))
        add("summary", event.summary.map(PrettyJSON.string))
        add("description", event.description.map(PrettyJSON.string))
        add("objectives", strings(event.objectives))
        add("programme", list(event.programme, slot))
        add("themes", strings(event.themes))
        add("countryGroups", strings(event.countryGroups))
        add("contacts", list(event.contacts, contact))
        add("registration", event.registration.map(registration))
        add("documents", list(event.documents) { .object([("title", .string($0.title)), ("href", .string($0.href))]) })
        add("updatedAt", event.updatedAt.map { .string($0.description) })
        add("connection", event.connection.map(PrettyJSON.string))
        add("messages", event.messages.isEmpty ? nil
            : .object(event.messages.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        add("uid", event.uid.map(PrettyJSON.string))
        return .object(members)
    }

    private static func strings(_ values: [String]) -> PrettyJSON? {
        values.isEmpty ? nil : .array(values.map(PrettyJSON.string))
    }

    private static func list<Element>(_ values: [Element], _ transform: (Element) -> PrettyJSON) -> PrettyJSON? {
        values.isEmpty ? nil : .array(values.map(transform))
    }

    private static func object(_ members: [(String, PrettyJSON?)]) -> PrettyJSON {
        .object(members.compactMap { key, value in value.map { (key, $0) } })
    }

    private static func location(_ location: EventLocation) -> PrettyJSON {
        object([("mode", location.mode.map { .string($0.rawValue) }), ("venue", location.venue.map(PrettyJSON.string)),
                ("address", location.address.map(PrettyJSON.string)), ("city", location.city.map(PrettyJSON.string)),
                ("country", location.country.map(PrettyJSON.string))])
    }

    private static func slot(_ slot: ProgrammeSlot) -> PrettyJSON {
        object([("date", slot.date.map { .string($0.description) }), ("start", .string(slot.start.description)),
                ("end", slot.end.map { .string($0.description) }), ("title", .string(slot.title)),
                ("speakers", strings(slot.speakers))])
    }

    static func contact(_ contact: Contact) -> PrettyJSON {
        object([("name", .string(contact.name)), ("role", contact.role.map(PrettyJSON.string)),
                ("email", contact.email.map(PrettyJSON.string)), ("phone", contact.phone.map(PrettyJSON.string))])
    }

    private static func registration(_ rules: RegistrationRules) -> PrettyJSON {
        object([("opens", rules.opens.map { .string($0.description) }),
                ("deadline", rules.deadline.map { .string($0.description) }),
                ("capacity", rules.capacity.map(PrettyJSON.integer)),
                // Written only when it differs from the default (true).
                ("waitlist", rules.waitlist ? nil : .bool(false)),
                ("modes", rules.modes.isEmpty ? nil : .array(rules.modes.map { .string($0.rawValue) })),
                ("questions", list(rules.questions, question))])
    }

    private static func question(_ question: RegistrationQuestion) -> PrettyJSON {
        object([("id", .string(question.id)), ("label", .string(question.label)), ("type", .string(question.kind.rawValue)),
                ("required", question.required ? .bool(true) : nil),
                ("options", strings(question.options)), ("help", question.help.map(PrettyJSON.string))])
    }
}
