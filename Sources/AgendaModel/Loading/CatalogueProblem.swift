/// One thing wrong (or doubtful) in a catalogue file, with where it is.
public struct CatalogueProblem: Sendable, Equatable {
    public enum Severity: Sendable, Equatable {
        /// The catalogue is refused.
        case error
        /// Accepted, but probably not what the author meant.
        case warning
    }

    /// What the problem is. Kept as data so that tests check the rule, and messages can be
    /// written in either language.
    public enum Issue: Sendable, Equatable {
        case syntax(JSONParser.SyntaxError.Reason)
        case topLevelNotObject(found: JSONTypeName)
        case missingField
        case wrongType(expected: JSONTypeName, found: JSONTypeName)
        case emptyString
        case invalidIdentifier(String)
        case duplicateIdentifier(String, firstOffset: Int)
        case invalidDate(String, expected: DateForm)
        case endBeforeStart(start: String, end: String)
        case missingOptions
        case unsupportedSchemaVersion(Int)
        case negativeNumber(String)
        case unknownValue(String, allowed: [String])
        case duplicateKey(String)
        case deadlineBeforeOpens
        /// A member of an event's `messages` that cannot be used: its name, or its text at a
        /// line of the template.
        case messageTemplate(EventMessages.Problem)
    }

    public enum DateForm: Sendable, Equatable {
        case date, dateTime, dateOrDateTime, time
    }

    public let severity: Severity
    public let issue: Issue
    /// Byte offset in the file; nil for problems with no place (an unreadable file).
    public let offset: Int?
    /// The id of the event the problem is in, when it is in one and the id is known.
    public let eventID: String?
    /// The field's path inside the event or the document: `registration.deadline`, `programme[2].start`.
    public let field: String?

    public init(_ severity: Severity, _ issue: Issue, offset: Int?, eventID: String? = nil, field: String? = nil) {
        self.severity = severity
        self.issue = issue
        self.offset = offset
        self.eventID = eventID
        self.field = field
    }

    public var isError: Bool { severity == .error }
}
