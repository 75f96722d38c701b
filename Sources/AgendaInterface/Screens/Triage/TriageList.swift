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
        /// Erasing a registration for good, at the person's request.
        case erase(registrationID: String)
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
    /// Where each row is in `ordered`, so that a search typed further filters only the rows.
    private var rowOrder: [Int] = []
    /// The search and status filter the rows were last made with: a search that only grew
    /// (a character typed) narrows them rather than going through every inscription again.
    private var madeWith: Made?

    private struct Made: Equatable, Sendable {
        let search: String
        let status: RegistrationStatus?
    }
    /// Each inscription's folded search text, made the first time a search needs it and again
    /// only for an inscription that changed since: a decision refolds one, not twenty thousand.
    private var searchTexts = SearchTexts()

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
        // Every change of the registrations comes with a refresh of the same search: only a
        // longer one, typed over the last, can start from the rows already found.
        let narrows = madeWith.map { $0.status == statusFilter && search.count > $0.search.count && search.hasPrefix($0.search) } ?? false
        let candidates = narrows ? rowOrder : Array(ordered.indices)
        if words.isEmpty {
            rowOrder = candidates.filter { order in
                guard let position = index[ordered[order]] else { return false }
                return statusFilter.map { registrations[position].status == $0 } ?? true
            }
        } else {
            rowOrder = searchTexts.matching(candidates, of: ordered, words: words, statusFilter: statusFilter,
                                            registrations: registrations, index: index, catalogue: catalogue)
        }
        rows = rowOrder.map { ordered[$0] }
        madeWith = Made(search: search, status: statusFilter)
        if let current, let position = rows.firstIndex(of: current) { cursor = position }
        cursor = max(0, min(cursor, rows.count - 1))
    }
}

extension TriageList {
    /// From this many inscriptions, their search texts are folded on another thread as the
    /// list opens (20 000 take some 50 ms, 100 000 some 250 ms).
    static let prefoldedFrom = 2_000

    func prepareSearch(_ registrations: [Registration], index: [String: Int], catalogue: Catalogue) {
        guard ordered.count >= Self.prefoldedFrom else { return }
        searchTexts.prepare(ordered, registrations: registrations, index: index, catalogue: catalogue)
    }

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
            searchTexts = SearchTexts()
            prepareSearch(registrations, index: index, catalogue: catalogue)
        }
        madeWith = nil
        tagged = tagged.filter { index[$0] != nil }
        refresh(registrations, index: index, catalogue: catalogue)
    }
}

/// The folded search texts of a triage list's inscriptions, by their place in the list's order,
/// with what each was folded from (its `updatedAt`, which every change moves on, and its note,
/// which can change twice in a second) and where it was in the registrations: a decision
/// refolds one inscription, not twenty thousand, and a search finds each without hashing its
/// id. A cache, shared by the list's copies as they follow one another: it never changes what
/// the list means.
final class SearchTexts: @unchecked Sendable, Equatable {
    // Side by side rather than one array of structs: reading one field copies (and retains)
    // nothing else, which is most of the cost at 100 000 rows.
    private let lock = NSLock()
    private var positions: [Int] = []
    private var updatedAts: [String] = []
    private var notes: [String] = []
    private var texts: [[UInt8]] = []

    /// Those of `candidates` (places in `ordered`) shown with the status filter and every word
    /// (every one of them, with no word and no filter: `prepare`).
    func matching(_ candidates: [Int], of ordered: [String], words: [[UInt8]], statusFilter: RegistrationStatus?,
                  registrations: [Registration], index: [String: Int], catalogue: Catalogue) -> [Int] {
        lock.withLock {
            if positions.count != ordered.count {
                positions = Array(repeating: -1, count: ordered.count)
                updatedAts = Array(repeating: "", count: ordered.count)
                notes = Array(repeating: "", count: ordered.count)
                texts = Array(repeating: [], count: ordered.count)
            }
            return registrations.withUnsafeBufferPointer { stored in
                candidates.filter { order in
                    var position = positions[order]
                    // Still where it was (the usual case: the same string storage compares at once)?
                    if position < 0 || position >= stored.count || stored[position].id != ordered[order] {
                        guard let found = index[ordered[order]] else { return false }
                        position = found
                    }
                    if let statusFilter, stored[position].status != statusFilter { return false }
                    if positions[order] != position || updatedAts[order] != stored[position].updatedAt
                        || notes[order] != stored[position].note {
                        fold(stored[position], at: order, position: position, catalogue: catalogue)
                    }
                    return FoldedText.contains(texts[order], every: words)
                }
            }
        }
    }

    /// Folds every inscription's text ahead of the first search, on another thread: the first
    /// character typed then costs what the others do. A search asked for meanwhile waits for it.
    func prepare(_ ordered: [String], registrations: [Registration], index: [String: Int], catalogue: Catalogue) {
        Thread.detachNewThread { [self] in
            _ = matching(Array(ordered.indices), of: ordered, words: [], statusFilter: nil, registrations: registrations,
                         index: index, catalogue: catalogue)
        }
    }

    private func fold(_ registration: Registration, at order: Int, position: Int, catalogue: Catalogue) {
        let participant = registration.participant
        texts[order] = FoldedText.bytes([participant.firstName, participant.lastName, participant.email, participant.organisation,
                                         participant.role ?? "", registration.note,
                                         catalogue.event(id: registration.eventId)?.title ?? registration.eventId])
        positions[order] = position
        updatedAts[order] = registration.updatedAt
        notes[order] = registration.note
    }

    static func == (lhs: SearchTexts, rhs: SearchTexts) -> Bool { true }
}
