/// The person a registration is for.
public struct Participant: Codable, Hashable, Sendable {
    public var firstName: String
    public var lastName: String
    public var email: String
    public var phone: String?
    /// The collectivité or organisation.
    public var organisation: String
    public var role: String?

    public init(firstName: String = "", lastName: String = "", email: String = "", phone: String? = nil,
                organisation: String = "", role: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.organisation = organisation
        self.role = role
    }
}
