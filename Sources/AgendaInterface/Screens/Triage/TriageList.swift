import AgendaModel
import AgendaWords

/// The inscriptions being triaged: of one event (`i`) or of all (`I`), filtered by status and
/// search, with the cursor, the tags and what the keyboard is in the middle of.
public struct TriageList: Equatable, Sendable {
    public enum Scope: Hashable, Sendable {
        case event(String)
        case all
    }

    /// A question the coordinator must answer before the change is made (o/y or n).
    public enum Confirmation: Hashable, Sendable {
        case approveBeyondCapacity(ids: [String], excess: Int, bulk: Bool)
        case promote(registrationID: String)
    }

    public let scope: Scope
    /// Nil: every status.
    public internal(set) var statusFilter: RegistrationStatus?
    public internal(set) var search = ""
    /// The search being typed (`/`), if one is.
    public internal(set) var searchInput: TextInput?
    public var isTypingSearch: Bool { searchInput != nil }
    /// Ids shown, oldest submission first.
    public private(set) var rows: [String] = []
    public internal(set) var cursor = 0
    public internal(set) var top = 0
    public internal(set) var tagged: Set<String> = []
    /// `;` was pressed: the next status key applies to every tagged inscription.
    public internal(set) var awaitsBulkStatus = false
    public internal(set) var confirmation: Confirmation?
    /// The note being edited (`n`), for the inscription under the cursor.
    public internal(set) var noteInput: TextInput?

    /// Every inscription of the scope, oldest first: sorted once, filtered on each change.
    private var ordered: [String] = []

    init(scope: Scope, registrations: [Registration]) {
        self.scope = scope
        let inScope = registrations.filter { registration in
            if case .event(let id) = scope { return registration.eventId == id }
            return true
        }
        // Parse each date once: sorting thousands must not parse in every comparison.
        let keyed = inScope.map { (DateParsing.dateTime($0.createdAt)?.instant() ?? Int.max, $0.id) }
        ordered = keyed.sorted { $0 < $1 }.map(\.1)
    }

    public var cursorID: String? { cursor < rows.count ? rows[cursor] : nil }

    /// Recomputes the rows shown, keeping the cursor on the same inscription when it is still
    /// shown, else at the same place.
    mutating func refresh(_ registrations: [Registration], index: [String: Int], catalogue: Catalogue) {
        let current = cursorID
        let words = SearchFolding.queryWords(search)
        rows = ordered.filter { id in
            guard let position = index[id] else { return false }
            let registration = registrations[position]
            if let statusFilter, registration.status != statusFilter { return false }
            if words.isEmpty { return true }
            let participant = registration.participant
            let text = SearchFolding.fold([participant.firstName, participant.lastName, participant.email,
                                           participant.organisation, participant.role ?? "", registration.note,
                                           catalogue.event(id: registration.eventId)?.title ?? registration.eventId]
                .joined(separator: " \u{1F} "))
            return words.allSatisfy { text.contains($0) }
        }
        if let current, let position = rows.firstIndex(of: current) { cursor = position }
        cursor = max(0, min(cursor, rows.count - 1))
    }
}
