/// One event of the catalogue: a workshop, a webinar, a country-group day, a multi-day meeting…
///
/// A value, stored behind one reference (copied on write): a national catalogue holds
/// hundreds of thousands of them, and sorting, filtering and selecting then move one pointer
/// each instead of some 600 bytes and twenty reference counts.
public struct Event: Hashable, Sendable, Identifiable {
    private var storage: Storage

    public var id: String {
        get { storage.id }
        set { mutableStorage().id = newValue }
    }

    public var title: String {
        get { storage.title }
        set { mutableStorage().title = newValue }
    }

    public var kind: EventKind {
        get { storage.kind }
        set { mutableStorage().kind = newValue }
    }

    public var status: EventStatus {
        get { storage.status }
        set { mutableStorage().status = newValue }
    }

    public var start: EventTime {
        get { storage.start }
        set { mutableStorage().start = newValue }
    }

    public var end: EventTime? {
        get { storage.end }
        set { mutableStorage().end = newValue }
    }

    public var location: EventLocation? {
        get { storage.location }
        set { mutableStorage().location = newValue }
    }

    public var organisers: [String] {
        get { storage.organisers }
        set { mutableStorage().organisers = newValue }
    }

    public var audience: String? {
        get { storage.audience }
        set { mutableStorage().audience = newValue }
    }

    public var summary: String? {
        get { storage.summary }
        set { mutableStorage().summary = newValue }
    }

    public var description: String? {
        get { storage.description }
        set { mutableStorage().description = newValue }
    }

    public var objectives: [String] {
        get { storage.objectives }
        set { mutableStorage().objectives = newValue }
    }

    public var programme: [ProgrammeSlot] {
        get { storage.programme }
        set { mutableStorage().programme = newValue }
    }

    public var themes: [String] {
        get { storage.themes }
        set { mutableStorage().themes = newValue }
    }

    public var countryGroups: [String] {
        get { storage.countryGroups }
        set { mutableStorage().countryGroups = newValue }
    }

    public var contacts: [Contact] {
        get { storage.contacts }
        set { mutableStorage().contacts = newValue }
    }

    /// Nil: the event takes no registrations.
    public var registration: RegistrationRules? {
        get { storage.registration }
        set { mutableStorage().registration = newValue }
    }

    public var documents: [EventDocument] {
        get { storage.documents }
        set { mutableStorage().documents = newValue }
    }

    public var updatedAt: EventTime? {
        get { storage.updatedAt }
        set { mutableStorage().updatedAt = newValue }
    }

    public init(id: String, title: String, kind: EventKind, status: EventStatus = .scheduled,
                start: EventTime, end: EventTime? = nil, location: EventLocation? = nil,
                organisers: [String] = [], audience: String? = nil, summary: String? = nil,
                description: String? = nil, objectives: [String] = [], programme: [ProgrammeSlot] = [],
                themes: [String] = [], countryGroups: [String] = [], contacts: [Contact] = [],
                registration: RegistrationRules? = nil, documents: [EventDocument] = [], updatedAt: EventTime? = nil) {
        storage = Storage(id: id, title: title, kind: kind, start: start)
        storage.status = status
        storage.end = end
        storage.location = location
        storage.organisers = organisers
        storage.audience = audience
        storage.summary = summary
        storage.description = description
        storage.objectives = objectives
        storage.programme = programme
        storage.themes = themes
        storage.countryGroups = countryGroups
        storage.contacts = contacts
        storage.registration = registration
        storage.documents = documents
        storage.updatedAt = updatedAt
    }

    private mutating func mutableStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public static func == (a: Event, b: Event) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    private final class Storage: @unchecked Sendable {
        var id: String
        var title: String
        var kind: EventKind
        var status: EventStatus
        var start: EventTime
        var end: EventTime?
        var location: EventLocation?
        var organisers: [String]
        var audience: String?
        var summary: String?
        var description: String?
        var objectives: [String]
        var programme: [ProgrammeSlot]
        var themes: [String]
        var countryGroups: [String]
        var contacts: [Contact]
        var registration: RegistrationRules?
        var documents: [EventDocument]
        var updatedAt: EventTime?

        init(id: String, title: String, kind: EventKind, start: EventTime) {
            self.id = id
            self.title = title
            self.kind = kind
            self.start = start
            status = .scheduled
            organisers = []
            objectives = []
            programme = []
            themes = []
            countryGroups = []
            contacts = []
            documents = []
        }

        func copy() -> Storage {
            let copy = Storage(id: id, title: title, kind: kind, start: start)
            copy.status = status
            copy.end = end
            copy.location = location
            copy.organisers = organisers
            copy.audience = audience
            copy.summary = summary
            copy.description = description
            copy.objectives = objectives
            copy.programme = programme
            copy.themes = themes
            copy.countryGroups = countryGroups
            copy.contacts = contacts
            copy.registration = registration
            copy.documents = documents
            copy.updatedAt = updatedAt
            return copy
        }

        /// Every field, for equality and hashing.
        var fields: Fields {
            Fields(id: id, title: title, kind: kind, status: status, start: start, end: end, location: location, organisers: organisers, audience: audience, summary: summary, description: description, objectives: objectives, programme: programme, themes: themes, countryGroups: countryGroups, contacts: contacts, registration: registration, documents: documents, updatedAt: updatedAt)
        }
    }

    private struct Fields: Hashable {
        let id: String
        let title: String
        let kind: EventKind
        let status: EventStatus
        let start: EventTime
        let end: EventTime?
        let location: EventLocation?
        let organisers: [String]
        let audience: String?
        let summary: String?
        let description: String?
        let objectives: [String]
        let programme: [ProgrammeSlot]
        let themes: [String]
        let countryGroups: [String]
        let contacts: [Contact]
        let registration: RegistrationRules?
        let documents: [EventDocument]
        let updatedAt: EventTime?
    }
}
