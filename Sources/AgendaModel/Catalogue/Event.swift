import Synchronization

/// What ordering and the first screen need of an event: all that a skim of it keeps.
struct EventHeading {
    var id: String
    var title: String
    var kind: EventKind
    var status: EventStatus
    var start: EventTime
    var end: EventTime?
}

/// One event of the catalogue: a workshop, a webinar, a country-group day, a multi-day meeting…
///
/// A value, stored behind one reference (copied on write): a national catalogue holds
/// hundreds of thousands of them, and sorting, filtering and selecting then move one pointer
/// each instead of some 600 bytes and twenty reference counts.
public struct Event: Hashable, Sendable, Identifiable {
    private var storage: Storage

    public var id: String {
        get { storage.heading.id }
        set { mutableStorage().heading.id = newValue }
    }

    public var title: String {
        get { storage.heading.title }
        set { mutableStorage().heading.title = newValue }
    }

    public var kind: EventKind {
        get { storage.heading.kind }
        set { mutableStorage().heading.kind = newValue }
    }

    public var status: EventStatus {
        get { storage.heading.status }
        set { mutableStorage().heading.status = newValue }
    }

    public var start: EventTime {
        get { storage.heading.start }
        set { mutableStorage().heading.start = newValue }
    }

    public var end: EventTime? {
        get { storage.heading.end }
        set { mutableStorage().heading.end = newValue }
    }

    public var location: EventLocation? {
        get { storage.details.location }
        set { mutableDetails().location = newValue }
    }

    public var organisers: [String] {
        get { storage.details.organisers }
        set { mutableDetails().organisers = newValue }
    }

    public var audience: String? {
        get { storage.details.audience }
        set { mutableDetails().audience = newValue }
    }

    public var summary: String? {
        get { storage.details.summary }
        set { mutableDetails().summary = newValue }
    }

    public var description: String? {
        get { storage.details.description }
        set { mutableDetails().description = newValue }
    }

    public var objectives: [String] {
        get { storage.details.objectives }
        set { mutableDetails().objectives = newValue }
    }

    public var programme: [ProgrammeSlot] {
        get { storage.details.programme }
        set { mutableDetails().programme = newValue }
    }

    public var themes: [String] {
        get { storage.details.themes }
        set { mutableDetails().themes = newValue }
    }

    public var countryGroups: [String] {
        get { storage.details.countryGroups }
        set { mutableDetails().countryGroups = newValue }
    }

    public var contacts: [Contact] {
        get { storage.details.contacts }
        set { mutableDetails().contacts = newValue }
    }

    /// Nil: the event takes no registrations.
    public var registration: RegistrationRules? {
        get { storage.details.registration }
        set { mutableDetails().registration = newValue }
    }

    public var documents: [EventDocument] {
        get { storage.details.documents }
        set { mutableDetails().documents = newValue }
    }

    public var updatedAt: EventTime? {
        get { storage.details.updatedAt }
        set { mutableDetails().updatedAt = newValue }
    }

    /// How to join an online or hybrid event (a link, a meeting number, a passcode, what to do):
    /// shown to the coordinator, sent only to approved participants, never exported or searched.
    public var connection: String? {
        get { storage.details.connection }
        set { mutableDetails().connection = newValue }
    }

    /// The event's own message texts, by template name (`connection.fr`, or `connection` for
    /// every language), checked when the catalogue is read: they come before the user's and the
    /// built-in ones.
    public var messages: [String: String] {
        get { storage.details.messages }
        set { mutableDetails().messages = newValue }
    }

    /// The iCalendar `UID` the event was imported from: importing the same calendar again
    /// updates it rather than adding it twice.
    public var uid: String? {
        get { storage.details.uid }
        set { mutableDetails().uid = newValue }
    }

    public init(id: String, title: String, kind: EventKind, status: EventStatus = .scheduled,
                start: EventTime, end: EventTime? = nil, location: EventLocation? = nil,
                organisers: [String] = [], audience: String? = nil, summary: String? = nil,
                description: String? = nil, objectives: [String] = [], programme: [ProgrammeSlot] = [],
                themes: [String] = [], countryGroups: [String] = [], contacts: [Contact] = [],
                registration: RegistrationRules? = nil, documents: [EventDocument] = [], updatedAt: EventTime? = nil,
                connection: String? = nil, messages: [String: String] = [:], uid: String? = nil) {
        let details = Details()
        details.uid = uid
        details.connection = connection
        details.messages = messages
        details.location = location
        details.organisers = organisers
        details.audience = audience
        details.summary = summary
        details.description = description
        details.objectives = objectives
        details.programme = programme
        details.themes = themes
        details.countryGroups = countryGroups
        details.contacts = contacts
        details.registration = registration
        details.documents = documents
        details.updatedAt = updatedAt
        storage = Storage(EventHeading(id: id, title: title, kind: kind, status: status, start: start, end: end), details: details)
    }

    /// An event skimmed from a catalogue (`FastEventReader.skim`): its other fields are read
    /// from `source` when first asked for.
    init(skimmed: EventHeading, detailsIn source: CatalogueText, at range: Range<Int>) {
        storage = Storage(skimmed, pending: PendingDetails(source: source, range: range))
    }

    /// Whether the fields beyond the skimmed ones are still to be read.
    var detailsPending: Bool { !storage.detailsLoaded }

    /// Reads the fields left in the catalogue's bytes now, sharing texts through `pool`.
    func loadDetails(pool: StringPool? = nil) { storage.loadDetails(pool: pool) }

    private mutating func mutableStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    private mutating func mutableDetails() -> Details {
        let storage = mutableStorage()
        _ = storage.details
        if !isKnownUniquelyReferenced(&storage.loadedDetails!) { storage.loadedDetails = storage.loadedDetails!.copy() }
        return storage.loadedDetails!
    }

    public static func == (a: Event, b: Event) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// The heading, read with the catalogue; the rest in `details`, read then or, for an event
    /// skimmed from a catalogue, when first asked for.
    private final class Storage: @unchecked Sendable {
        var heading: EventHeading
        /// Nil until read. It is set once, before `loaded` with release ordering: a reader that
        /// sees `loaded` sees it. Until then `pending` says where it is, under its lock.
        var loadedDetails: Details?
        private let loaded: Atomic<Bool>
        private let pending: Mutex<PendingDetails?>

        init(_ heading: EventHeading, details: Details) {
            self.heading = heading
            loadedDetails = details
            loaded = Atomic(true)
            pending = Mutex(nil)
        }

        init(_ heading: EventHeading, pending: PendingDetails) {
            self.heading = heading
            loaded = Atomic(false)
            self.pending = Mutex(pending)
        }

        var detailsLoaded: Bool { loaded.load(ordering: .acquiring) }

        var details: Details {
            if !loaded.load(ordering: .acquiring) { loadDetails(pool: nil) }
            return loadedDetails!
        }

        func loadDetails(pool: StringPool?) {
            if loaded.load(ordering: .acquiring) { return }
            // The last event to read its details lets the catalogue's bytes go.
            pending.withLock { pending in
                guard let source = pending else { return }
                pending = nil
                // Empty if the bytes no longer read as the skim saw them, which the tests rule out.
                loadedDetails = source.source.event(at: source.range, pool: pool)?.storage.details ?? Details()
                loaded.store(true, ordering: .releasing)
            }
        }

        func copy() -> Storage {
            Storage(heading, details: details)
        }

        /// Every field, for equality and hashing.
        var fields: Fields {
            let details = self.details
            return Fields(id: heading.id, title: heading.title, kind: heading.kind, status: heading.status,
                          start: heading.start, end: heading.end, location: details.location, organisers: details.organisers, audience: details.audience, summary: details.summary, description: details.description, objectives: details.objectives, programme: details.programme, themes: details.themes, countryGroups: details.countryGroups, contacts: details.contacts, registration: details.registration, documents: details.documents, updatedAt: details.updatedAt, connection: details.connection, messages: details.messages, uid: details.uid)
        }
    }

    /// The fields beyond those of `Storage`, shared between copies until one changes.
    private final class Details: @unchecked Sendable {
        var location: EventLocation?
        var organisers: [String] = []
        var audience: String?
        var summary: String?
        var description: String?
        var objectives: [String] = []
        var programme: [ProgrammeSlot] = []
        var themes: [String] = []
        var countryGroups: [String] = []
        var contacts: [Contact] = []
        var registration: RegistrationRules?
        var documents: [EventDocument] = []
        var updatedAt: EventTime?
        var connection: String?
        var messages: [String: String] = [:]
        var uid: String?

        func copy() -> Details {
            let copy = Details()
            copy.uid = uid
            copy.connection = connection
            copy.messages = messages
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
    }

    private struct PendingDetails {
        let source: CatalogueText
        let range: Range<Int>
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
        let connection: String?
        let messages: [String: String]
        let uid: String?
    }
}
