/// Reads the typed fields of one JSON object, recording a problem (at the value's own place)
/// for each missing or ill-typed field instead of stopping at the first.
struct FieldReader {
    let object: JSONObject
    let offset: Int
    let path: String
    let eventID: String?
    let problems: ProblemCollector

    init?(_ value: JSONValue, path: String, eventID: String?, problems: ProblemCollector) {
        guard case .object(let object) = value.content else {
            problems.add(CatalogueProblem(.error, .wrongType(expected: .object, found: value.typeName),
                                          offset: value.offset, eventID: eventID, field: path.isEmpty ? nil : path))
            return nil
        }
        self.object = object
        self.offset = value.offset
        self.path = path
        self.eventID = eventID
        self.problems = problems
        reportDuplicateKeys()
    }

    func fieldPath(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    func report(_ issue: CatalogueProblem.Issue, at offset: Int, field: String, severity: CatalogueProblem.Severity = .error) {
        problems.add(CatalogueProblem(severity, issue, offset: offset, eventID: eventID, field: field))
    }

    private func reportDuplicateKeys() {
        let members = object.members
        guard members.count > 1 else { return }
        // Objects are small: comparing pairs is cheaper than hashing every key of every event.
        for later in 1..<members.count {
            let key = members[later].key
            if members[..<later].contains(where: { $0.key == key }) {
                report(.duplicateKey(key), at: members[later].keyOffset, field: fieldPath(key), severity: .warning)
            }
        }
    }

    /// The value, or nil (with a problem when `required`) when absent. `null` counts as absent;
    /// a required one is reported as not being the `expected` type.
    func value(_ key: String, required: Bool = false, expected: JSONTypeName = .string) -> JSONValue? {
        if let value = object[key] {
            if case .null = value.content {
                if required { report(.wrongType(expected: expected, found: .null), at: value.offset, field: fieldPath(key)) }
                return nil
            }
            return value
        }
        if required { report(.missingField, at: offset, field: fieldPath(key)) }
        return nil
    }

    func string(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value.content else {
            report(.wrongType(expected: .string, found: value.typeName), at: value.offset, field: fieldPath(key))
            return nil
        }
        if nonEmpty, text.allSatisfy(\.isWhitespace) {
            report(.emptyString, at: value.offset, field: fieldPath(key))
            return nil
        }
        return text
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value.content else {
            report(.wrongType(expected: .boolean, found: value.typeName), at: value.offset, field: fieldPath(key))
            return nil
        }
        return flag
    }

    /// A whole number ≥ 0 (`12` or `12.0`; not `"12"`, not `-1`, not `1.5`).
    func count(_ key: String, required: Bool = false) -> Int? {
        guard let value = value(key, required: required, expected: .integer) else { return nil }
        guard case .number(let text) = value.content else {
            report(.wrongType(expected: .integer, found: value.typeName), at: value.offset, field: fieldPath(key))
            return nil
        }
        if let whole = Int(text) ?? Double(text).flatMap({ $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil }) {
            if whole < 0 {
                report(.negativeNumber(text), at: value.offset, field: fieldPath(key))
                return nil
            }
            return whole
        }
        report(.wrongType(expected: .integer, found: .number), at: value.offset, field: fieldPath(key))
        return nil
    }

    func array(_ key: String, required: Bool = false) -> [JSONValue]? {
        guard let value = value(key, required: required, expected: .array) else { return nil }
        guard case .array(let elements) = value.content else {
            report(.wrongType(expected: .array, found: value.typeName), at: value.offset, field: fieldPath(key))
            return nil
        }
        return elements
    }

    func strings(_ key: String) -> [String] {
        guard let elements = array(key) else { return [] }
        var result: [String] = []
        for (position, element) in elements.enumerated() {
            if case .string(let text) = element.content {
                result.append(text)
            } else {
                report(.wrongType(expected: .string, found: element.typeName), at: element.offset,
                       field: "\(fieldPath(key))[\(position)]")
            }
        }
        return result
    }

    /// Each element of an array of objects, read by `read` with its own path.
    func objects<T>(_ key: String, _ read: (FieldReader) -> T?) -> [T] {
        guard let elements = array(key) else { return [] }
        return elements.enumerated().compactMap { position, element in
            FieldReader(element, path: "\(fieldPath(key))[\(position)]", eventID: eventID, problems: problems).flatMap(read)
        }
    }

    func object(_ key: String) -> FieldReader? {
        guard let value = value(key) else { return nil }
        return FieldReader(value, path: fieldPath(key), eventID: eventID, problems: problems)
    }

    func eventTime(_ key: String, form: CatalogueProblem.DateForm, required: Bool = false) -> (time: EventTime, offset: Int)? {
        guard let text = string(key, required: required), let value = object[key] else { return nil }
        let parsed: EventTime?
        switch form {
        case .date: parsed = DateParsing.date(text).map(EventTime.allDay)
        case .dateTime: parsed = DateParsing.dateTime(text)
        case .dateOrDateTime: parsed = DateParsing.eventTime(text)
        case .time: parsed = nil
        }
        guard let parsed else {
            report(.invalidDate(text, expected: form), at: value.offset, field: fieldPath(key))
            return nil
        }
        return (parsed, value.offset)
    }

    func timeOfDay(_ key: String, required: Bool = false) -> TimeOfDay? {
        guard let text = string(key, required: required), let value = object[key] else { return nil }
        guard let time = DateParsing.timeOfDay(text) else {
            report(.invalidDate(text, expected: .time), at: value.offset, field: fieldPath(key))
            return nil
        }
        return time
    }

    /// A string that must be one of `allowed`; an unknown one is reported as `severity`.
    func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type,
                                                         severity: CatalogueProblem.Severity = .error) -> T? where T.RawValue == String {
        guard let text = string(key), let value = object[key] else { return nil }
        guard let parsed = T(rawValue: text) else {
            report(.unknownValue(text, allowed: T.allCases.map(\.rawValue)), at: value.offset, field: fieldPath(key), severity: severity)
            return nil
        }
        return parsed
    }
}

/// The members of `CatalogueSchema`, read with the rules it gives them (required, not blank).
extension FieldReader {
    func string(_ member: CatalogueMember) -> String? {
        string(member.key, required: member.required, nonEmpty: member.nonBlank)
    }
    func bool(_ member: CatalogueMember) -> Bool? { bool(member.key) }
    func count(_ member: CatalogueMember) -> Int? { count(member.key, required: member.required) }
    func array(_ member: CatalogueMember) -> [JSONValue]? { array(member.key, required: member.required) }
    func strings(_ member: CatalogueMember) -> [String] { strings(member.key) }
    func objects<T>(_ member: CatalogueMember, _ read: (FieldReader) -> T?) -> [T] { objects(member.key, read) }
    func object(_ member: CatalogueMember) -> FieldReader? { object(member.key) }
    func eventTime(_ member: CatalogueMember, form: CatalogueProblem.DateForm) -> (time: EventTime, offset: Int)? {
        eventTime(member.key, form: form, required: member.required)
    }
    func timeOfDay(_ member: CatalogueMember) -> TimeOfDay? { timeOfDay(member.key, required: member.required) }
    func fieldPath(_ member: CatalogueMember) -> String { fieldPath(member.key) }
    /// The member's value as it is in the JSON (for its place in messages).
    func value(_ member: CatalogueMember) -> JSONValue? { object[member.key] }
}
