/// A person to write to or call about an event.
public struct Contact: Hashable, Sendable {
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?

    public init(name: String, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }
}
