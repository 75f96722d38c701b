/// A field of the registration form.
public enum FormField: Hashable, Sendable {
    case firstName, lastName, email, phone, organisation, role, mode
    /// One of the event's own questions, by id.
    case question(String)
    case consent
}

/// Something to correct in a form before it can be submitted, shown beside its field.
public struct FormProblem: Hashable, Sendable {
    public enum Issue: Hashable, Sendable {
        case required
        case invalidEmail
        case invalidNumber
        case unknownOption
        case consentNeeded
    }

    public let field: FormField
    public let issue: Issue

    public init(_ field: FormField, _ issue: Issue) {
        self.field = field
        self.issue = issue
    }
}
