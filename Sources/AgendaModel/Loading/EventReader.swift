/// The catalogue's members, as `Schema.Event.title` names them.
private typealias Schema = CatalogueSchema

/// Reads one event object, recording every problem in it.
enum EventReader {
    static func read(_ value: JSONValue, position: Int, problems: ProblemCollector) -> Event? {
        // The id names the event in every later message, so read it first.
        let eventID = identifier(of: value)
        guard let fields = FieldReader(value, path: eventID == nil ? "events[\(position)]" : "",
                                       eventID: eventID, problems: problems) else { return nil }
        let errorsBefore = problems.errorCount

        let id = fields.string(Schema.Event.id)
        if let id, !isValidIdentifier(id), let idValue = fields.value(Schema.Event.id) {
            fields.report(.invalidIdentifier(id), at: idValue.offset, field: fields.fieldPath(Schema.Event.id))
        }
        let title = fields.string(Schema.Event.title)
        let kind = fields.string(Schema.Event.kind).map(EventKind.init(rawValue:))
        let status = fields.enumeration(Schema.Event.status.key, EventStatus.self, severity: .warning) ?? .scheduled
        let start = fields.eventTime(Schema.Event.start, form: .dateOrDateTime)
        let end = fields.eventTime(Schema.Event.end, form: .dateOrDateTime)
        if let start, let end, endsBeforeStart(start.time, end.time) {
            fields.report(.endBeforeStart(start: start.time.description, end: end.time.description), at: end.offset,
                          field: fields.fieldPath(Schema.Event.end))
        }
        let location = fields.object(Schema.Event.location).map(readLocation)
        let organisers = fields.strings(Schema.Event.organisers)
        let audience = fields.string(Schema.Event.audience)
        let summary = fields.string(Schema.Event.summary)
        let description = fields.string(Schema.Event.description)
        let objectives = fields.strings(Schema.Event.objectives)
        let programme = fields.objects(Schema.Event.programme, readSlot)
        let themes = fields.strings(Schema.Event.themes)
        let countryGroups = fields.strings(Schema.Event.countryGroups)
        let contacts = fields.objects(Schema.Event.contacts, readContact)
        let registration = fields.object(Schema.Event.registration).map(readRegistration)
        let documents = fields.objects(Schema.Event.documents, readDocument)
        let updatedAt = fields.eventTime(Schema.Event.updatedAt, form: .dateTime)
        let connection = fields.string(Schema.Event.connection)
        let messages = fields.object(Schema.Event.messages).map(readMessages) ?? [:]
        let uid = fields.string(Schema.Event.uid)

        let errorsAfter = problems.errorCount
        guard errorsAfter == errorsBefore, let id, let title, let kind, let start else { return nil }
        return Event(id: id, title: title, kind: kind, status: status, start: start.time, end: end?.time,
                     location: location, organisers: organisers, audience: audience, summary: summary,
                     description: description, objectives: objectives, programme: programme, themes: themes,
                     countryGroups: countryGroups, contacts: contacts, registration: registration,
                     documents: documents, updatedAt: updatedAt?.time, connection: connection,
                     messages: messages, uid: uid)
    }

    /// The event's id when it has a valid one, whatever else is wrong with it.
    static func identifier(of value: JSONValue) -> String? {
        guard case .object(let object) = value.content, let idValue = object["id"], case .string(let text) = idValue.content,
              isValidIdentifier(text) else { return nil }
        return text
    }

    static func isValidIdentifier(_ id: String) -> Bool {
        let utf8 = id.utf8
        guard (1...64).contains(utf8.count) else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
    }

    /// Whole days compare as days; two times compare as instants; a day against a time compares
    /// the local days (an all-day start with a same-day timed end is fine).
    static func endsBeforeStart(_ start: EventTime, _ end: EventTime) -> Bool {
        switch (start, end) {
        case (.timed, .timed): return end.instant() < start.instant()
        default: return end.date < start.date
        }
    }

    private static func readMessages(_ fields: FieldReader) -> [String: String] {
        var messages: [String: String] = [:]
        for member in fields.object.members {
            guard let text = fields.string(member.key) else { continue }
            if let problem = EventMessages.problem(name: member.key, text: text) {
                fields.report(.messageTemplate(problem), at: member.value.offset, field: fields.fieldPath(member.key))
            } else {
                messages[member.key] = text
            }
        }
        return messages
    }

    private static func readLocation(_ fields: FieldReader) -> EventLocation {
        EventLocation(mode: fields.enumeration(Schema.Location.mode.key, LocationMode.self, severity: .warning),
                      venue: fields.string(Schema.Location.venue), address: fields.string(Schema.Location.address),
                      city: fields.string(Schema.Location.city), country: fields.string(Schema.Location.country))
    }

    private static func readSlot(_ fields: FieldReader) -> ProgrammeSlot? {
        let date = fields.eventTime(Schema.Slot.date, form: .date)?.time.date
        let start = fields.timeOfDay(Schema.Slot.start)
        let end = fields.timeOfDay(Schema.Slot.end)
        let title = fields.string(Schema.Slot.title)
        let speakers = fields.strings(Schema.Slot.speakers)
        if let start, let end, end < start, let value = fields.value(Schema.Slot.end) {
            fields.report(.endBeforeStart(start: start.description, end: end.description), at: value.offset,
                          field: fields.fieldPath(Schema.Slot.end))
        }
        guard let start, let title else { return nil }
        return ProgrammeSlot(date: date, start: start, end: end, title: title, speakers: speakers)
    }

    private static func readContact(_ fields: FieldReader) -> Contact? {
        let name = fields.string(Schema.Contact.name)
        let contact = Contact(name: name ?? "", role: fields.string(Schema.Contact.role), email: fields.string(Schema.Contact.email),
                              phone: fields.string(Schema.Contact.phone))
        return name == nil ? nil : contact
    }

    private static func readDocument(_ fields: FieldReader) -> EventDocument? {
        let title = fields.string(Schema.Document.title)
        let href = fields.string(Schema.Document.href)
        guard let title, let href else { return nil }
        return EventDocument(title: title, href: href)
    }

    private static func readRegistration(_ fields: FieldReader) -> RegistrationRules {
        let opens = fields.eventTime(Schema.Registration.opens, form: .dateOrDateTime)
        let deadline = fields.eventTime(Schema.Registration.deadline, form: .dateOrDateTime)
        if let opens, let deadline, endsBeforeStart(opens.time, deadline.time) {
            fields.report(.deadlineBeforeOpens, at: deadline.offset, field: fields.fieldPath(Schema.Registration.deadline), severity: .warning)
        }
        var modes: [AttendanceMode] = []
        if let elements = fields.array(Schema.Registration.modes) {
            for (position, element) in elements.enumerated() {
                let path = "\(fields.fieldPath(Schema.Registration.modes))[\(position)]"
                guard case .string(let text) = element.content else {
                    fields.report(.wrongType(expected: .string, found: element.typeName), at: element.offset, field: path)
                    continue
                }
                if let mode = AttendanceMode(rawValue: text) {
                    if !modes.contains(mode) { modes.append(mode) }
                } else {
                    fields.report(.unknownValue(text, allowed: AttendanceMode.allCases.map(\.rawValue)), at: element.offset,
                                  field: path, severity: .warning)
                }
            }
        }
        let questions = fields.objects(Schema.Registration.questions, readQuestion)
        // Ids are taken from the JSON itself: `questions` leaves out the questions that could not
        // be read, so it does not line up with the array's elements.
        var seenQuestionIDs: [String: Int] = [:]
        if case .array(let elements)? = fields.value(Schema.Registration.questions)?.content {
            for element in elements {
                guard case .object(let object) = element.content, case .string(let id)? = object["id"]?.content else { continue }
                if let first = seenQuestionIDs[id] {
                    fields.report(.duplicateIdentifier(id, firstOffset: first), at: element.offset,
                                  field: fields.fieldPath(Schema.Registration.questions))
                } else {
                    seenQuestionIDs[id] = element.offset
                }
            }
        }
        return RegistrationRules(opens: opens?.time, deadline: deadline?.time, capacity: fields.count(Schema.Registration.capacity),
                                 waitlist: fields.bool(Schema.Registration.waitlist) ?? true, modes: modes, questions: questions)
    }

    private static func readQuestion(_ fields: FieldReader) -> RegistrationQuestion? {
        let id = fields.string(Schema.Question.id)
        let label = fields.string(Schema.Question.label)
        let typeText = fields.string(Schema.Question.type)
        // A type this version does not know is asked as free text rather than refusing the file.
        let kind: RegistrationQuestion.Kind = typeText == nil ? .text  // missing or not a string: already reported
            : fields.enumeration(Schema.Question.type.key, RegistrationQuestion.Kind.self, severity: .warning) ?? .text
        let required = fields.bool(Schema.Question.required) ?? false
        let options = fields.strings(Schema.Question.options)
        let help = fields.string(Schema.Question.help)
        if kind == .choice || kind == .multi, options.isEmpty {
            fields.report(.missingOptions, at: fields.value(Schema.Question.options)?.offset ?? fields.offset, field: fields.fieldPath(Schema.Question.options))
        }
        guard let id, let label, typeText != nil else { return nil }
        return RegistrationQuestion(id: id, label: label, kind: kind, required: required, options: options, help: help)
    }
}
