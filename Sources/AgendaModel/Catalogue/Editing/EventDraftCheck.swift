/// The event an editor's draft makes, checked by the catalogue's own reader: what the editor
/// shows under a field is what `agenda validate` would say of the file, word for word.
public enum EventDraftCheck {
    /// Something to correct (or, as a warning, to look at) under one field of the editor.
    public struct Problem: Equatable, Sendable {
        public enum Issue: Equatable, Sendable {
            /// What the catalogue's reader says.
            case catalogue(CatalogueProblem.Issue)
            case notAWholeNumber(String)
            /// A contact written `<address>` without a name.
            case contactWithoutName
            /// A time the coordinator's zone skips (02:30 the night the clocks go forward).
            case nonexistentTime(String)
        }

        /// Nil: the problem belongs to no one field (shown above them).
        public let field: EventDraft.Field?
        public let issue: Issue
        public let isError: Bool

        public init(field: EventDraft.Field?, issue: Issue, isError: Bool) {
            self.field = field
            self.issue = issue
            self.isError = isError
        }
    }

    public struct Outcome: Equatable, Sendable {
        /// The event, when no problem is an error.
        public let event: Event?
        public let problems: [Problem]
    }

    /// The event `draft` makes with id `id`. `base`: the event edited or duplicated, whose
    /// fields the editor does not show (programme, questions, documents …) are kept as they
    /// are. `now`: its `updatedAt`, the moment of the edit.
    public static func check(_ draft: EventDraft, id: String, base: Event?, zone: LocalZone?, now: Moment?) -> Outcome {
        var problems: [Problem] = []
        var members: [String: PrettyJSON] = [:]
        if let base, case .object(let written) = EventJSON.value(base) {
            for member in written { members[member.key] = member.value }
        }
        func set(_ key: String, _ value: PrettyJSON?) { members[key] = value }
        func text(_ field: EventDraft.Field) -> String? {
            let text = draft.text(field).trimmedWhitespace
            return text.isEmpty ? nil : text
        }
        func time(_ field: EventDraft.Field, wholeDay: Bool) -> PrettyJSON? {
            guard let typed = text(field) else { return nil }
            guard let written = EditorDateText.catalogueText(typed, wholeDay: wholeDay, zone: zone) else {
                problems.append(Problem(field: field, issue: .nonexistentTime(typed), isError: true))
                return nil
            }
            return .string(written)
        }
        func list(_ field: EventDraft.Field) -> PrettyJSON? {
            let values = draft.text(field).split(separator: ",").map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
            return values.isEmpty ? nil : .array(values.map(PrettyJSON.string))
        }

        set("id", .string(id))
        // A title left empty is said by the reader ("must not be empty"), not left out.
        set("title", .string(draft.text(.title).trimmedWhitespace))
        set("kind", .string(draft.kind.rawValue))
        set("status", draft.status == .scheduled ? nil : .string(draft.status.rawValue))
        set("start", time(.start, wholeDay: draft.allDay) ?? .string(""))
        set("end", time(.end, wholeDay: draft.allDay))
        let place: [(key: String, value: PrettyJSON)] = [("mode", draft.mode.map { .string($0.rawValue) }),
            ("venue", text(.venue).map(PrettyJSON.string)), ("address", text(.address).map(PrettyJSON.string)),
            ("city", text(.city).map(PrettyJSON.string)), ("country", text(.country).map(PrettyJSON.string))]
            .compactMap { key, value in value.map { (key, $0) } }
        set("location", place.isEmpty ? nil : .object(place))
        set("summary", text(.summary).map(PrettyJSON.string))
        set("description", text(.description).map {
            .string($0.components(separatedBy: EventDraft.paragraphMark.trimmedWhitespace).map(\.trimmedWhitespace).joined(separator: "\n\n"))
        })
        set("themes", list(.themes))
        set("countryGroups", list(.countryGroups))
        if let contacts = ContactText.contacts(draft.text(.contacts), before: base?.contacts ?? []) {
            set("contacts", contacts.isEmpty ? nil : .array(contacts.map(EventJSON.contact)))
        } else {
            problems.append(Problem(field: .contacts, issue: .contactWithoutName, isError: true))
        }
        set("connection", text(.connection).map(PrettyJSON.string))
        if draft.takesRegistrations {
            var rules: [String: PrettyJSON] = [:]
            if case .object(let written)? = members["registration"] { for member in written { rules[member.key] = member.value } }
            rules["opens"] = time(.opens, wholeDay: false)
            rules["deadline"] = time(.deadline, wholeDay: false)
            rules["waitlist"] = draft.waitlist ? nil : .bool(false)
            rules["capacity"] = nil
            if let typed = text(.capacity) {
                if let number = Int(typed) { rules["capacity"] = .integer(number) } else {
                    problems.append(Problem(field: .capacity, issue: .notAWholeNumber(typed), isError: true))
                }
            }
            set("registration", .object(ordered(rules, CatalogueSchema.Registration.all.map(\.key))))
        } else {
            set("registration", nil)
        }
        if let now { set("updatedAt", .string(now.timestamp)) }

        let event = PrettyJSON.object(ordered(members, CatalogueSchema.Event.all.map(\.key)))
        let document = PrettyJSON.object([("schemaVersion", .integer(Catalogue.supportedSchemaVersion)), ("events", .array([event]))])
        let reading = CatalogueDecoder.read(Array(document.text().utf8))
        for problem in reading.problems {
            // The editor's own finding says it better than the reader's of what it put instead.
            let field = problem.field.flatMap(self.field(ofPath:))
            if let field, problems.contains(where: { $0.field == field }) { continue }
            problems.append(Problem(field: field, issue: .catalogue(problem.issue), isError: problem.isError))
        }
        let valid = !problems.contains(where: \.isError)
        return Outcome(event: valid ? reading.catalogue?.events.first : nil, problems: problems)
    }

    private static func ordered(_ members: [String: PrettyJSON], _ order: [String]) -> [(key: String, value: PrettyJSON)] {
        order.compactMap { key in members[key].map { (key, $0) } }
    }

    /// The editor's field for a member's path in the event (`registration.deadline`,
    /// `contacts[1].name`).
    static func field(ofPath path: String) -> EventDraft.Field? {
        let head = path.prefix { $0 != "[" }
        switch head {
        case "title": return .title
        case "kind": return .kind
        case "status": return .status
        case "start": return .start
        case "end": return .end
        case "summary": return .summary
        case "description": return .description
        case "themes": return .themes
        case "countryGroups": return .countryGroups
        case "contacts": return .contacts
        case "connection": return .connection
        case "location.mode": return .mode
        case "location.venue": return .venue
        case "location.address": return .address
        case "location.city": return .city
        case "location.country": return .country
        case "registration.opens": return .opens
        case "registration.deadline": return .deadline
        case "registration.capacity": return .capacity
        case "registration.waitlist": return .waitlist
        default: return nil
        }
    }
}
