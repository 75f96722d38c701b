import Foundation
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
    /// Each inscription's folded search text, made the first time a search needs it and again
    /// only for an inscription that changed since: a decision refolds one, not twenty thousand.
    private let searchTexts = SearchTexts()

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
        let words = FoldedText.words(search)
        if words.isEmpty {
            rows = ordered.filter { id in
                guard let position = index[id] else { return false }
                return statusFilter.map { registrations[position].status == $0 } ?? true
            }
        } else {
            rows = searchTexts.matching(ordered, words: words, statusFilter: statusFilter, registrations: registrations,
                                        index: index, catalogue: catalogue)
        }
        if let current, let position = rows.firstIndex(of: current) { cursor = position }
        cursor = max(0, min(cursor, rows.count - 1))
    }
}

extension TriageList {
    /// The store changed under the list (another program's changes): the inscriptions of the
    /// scope as they are now, with the cursor on the same one, the search and the tags of those
    /// still there. Sorted again only when some came or went: a decision elsewhere moves none.
    mutating func follow(_ registrations: [Registration], index: [String: Int], catalogue: Catalogue) {
        let inScope: Int
        if case .event(let id) = scope {
            inScope = registrations.reduce(0) { $1.eventId == id ? $0 + 1 : $0 }
        } else {
            inScope = registrations.count
        }
        if inScope != ordered.count || !ordered.allSatisfy({ index[$0] != nil }) {
            ordered = TriageList(scope: scope, registrations: registrations).ordered
        }
        tagged = tagged.filter { index[$0] != nil }
        refresh(registrations, index: index, catalogue: catalogue)
    }
}

/// The folded search texts of a triage list's inscriptions, by id, with what each was folded
/// from (its `updatedAt`, which every change moves on, and its note, which can change twice in a
/// second): a decision refolds one inscription, not twenty thousand. A cache, shared by the
/// list's copies as they follow one another: it never changes what the list means.
final class SearchTexts: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var texts: [String: (updatedAt: String, note: String, bytes: [UInt8])] = [:]

    /// The ids of `ordered` shown with the status filter and every word of the search.
    func matching(_ ordered: [String], words: [[UInt8]], statusFilter: RegistrationStatus?, registrations: [Registration],
                  index: [String: Int], catalogue: Catalogue) -> [String] {
        lock.withLock {
            ordered.filter { id in
                guard let position = index[id] else { return false }
                let registration = registrations[position]
                if let statusFilter, registration.status != statusFilter { return false }
                return FoldedText.contains(text(of: registration, catalogue: catalogue), every: words)
            }
        }
    }

    private func text(of registration: Registration, catalogue: Catalogue) -> [UInt8] {
        if let kept = texts[registration.id], kept.updatedAt == registration.updatedAt, kept.note == registration.note {
            return kept.bytes
        }
        let participant = registration.participant
        let bytes = FoldedText.bytes([participant.firstName, participant.lastName, participant.email, participant.organisation,
                                      participant.role ?? "", registration.note,
                                      catalogue.event(id: registration.eventId)?.title ?? registration.eventId])
        texts[registration.id] = (registration.updatedAt, registration.note, bytes)
        return bytes
    }

    static func == (lhs: SearchTexts, rhs: SearchTexts) -> Bool { true }
}
