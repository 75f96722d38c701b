/// An extra field of an event's registration form.
public struct RegistrationQuestion: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case text, choice, multi, boolean, number
    }

    public var id: String
    public var label: String
    public var kind: Kind
    public var required: Bool
    /// The choices of a `choice` or `multi` question (never empty for those).
    public var options: [String]
    public var help: String?

    public init(id: String, label: String, kind: Kind, required: Bool = false, options: [String] = [], help: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
        self.options = options
        self.help = help
    }
}
