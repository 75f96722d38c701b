/// One event of the catalogue: a workshop, a webinar, a country-group day, a multi-day meeting…
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var kind: EventKind
    public var status: EventStatus
    public var start: EventTime
    public var end: EventTime?
    public var location: EventLocation?
    public var organisers: [String]
    public var audience: String?
    public var summary: String?
    public var description: String?
    public var objectives: [String]
    public var programme: [ProgrammeSlot]
    public var themes: [String]
    public var countryGroups: [String]
    public var contacts: [Contact]
    /// Nil: the event takes no registrations.
    public var registration: RegistrationRules?
    public var documents: [EventDocument]
    public var updatedAt: EventTime?

    public init(id: String, title: String, kind: EventKind, status: EventStatus = .scheduled,
                start: EventTime, end: EventTime? = nil, location: EventLocation? = nil,
                organisers: [String] = [], audience: String? = nil, summary: String? = nil,
                description: String? = nil, objectives: [String] = [], programme: [ProgrammeSlot] = [],
                themes: [String] = [], countryGroups: [String] = [], contacts: [Contact] = [],
                registration: RegistrationRules? = nil, documents: [EventDocument] = [], updatedAt: EventTime? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.status = status
        self.start = start
        self.end = end
        self.location = location
        self.organisers = organisers
        self.audience = audience
        self.summary = summary
        self.description = description
        self.objectives = objectives
        self.programme = programme
        self.themes = themes
        self.countryGroups = countryGroups
        self.contacts = contacts
        self.registration = registration
        self.documents = documents
        self.updatedAt = updatedAt
    }
}
