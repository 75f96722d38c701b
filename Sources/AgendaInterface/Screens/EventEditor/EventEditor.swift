import AgendaModel
import AgendaWords

/// An event being written in the editor (`n`, `E`, `D` in the agenda): its fields as typed,
/// where the cursor is, and what the catalogue's rules say of it, checked at every key.
public struct EventEditor: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case new
        /// The event with this id, changed in place.
        case edit(id: String)
        /// The next edition of the event with this id.
        case duplicate(of: String)
    }

    /// One line of the editor.
    public enum Item: Equatable, Sendable {
        case text(EventDraft.Field)
        case choice(EventDraft.Field, count: Int)
        case checkbox(EventDraft.Field)

        public var field: EventDraft.Field {
            switch self {
            case .text(let field), .choice(let field, _), .checkbox(let field): return field
            }
        }
    }

    public let purpose: Purpose
    /// The event edited, or the copy a duplicate starts from: what the editor does not show
    /// (programme, questions, documents) is kept from it. Nil for a new event.
    public let base: Event?
    public let items: [Item]
    /// The kinds offered: the catalogue's known ones, and the base's own if it has another.
    public let kinds: [EventKind]
    public private(set) var draft: EventDraft
    public private(set) var inputs: [EventDraft.Field: TextInput] = [:]
    public internal(set) var focus = 0
    public internal(set) var top = 0
    /// What the rules say of the draft as it is now.
    public private(set) var check: EventDraftCheck.Outcome
    /// True once anything was changed.
    public private(set) var isChanged = false
    /// Escape was pressed with changes unsaved: a second one drops them.
    public internal(set) var awaitsLeave = false
    /// The catalogue is the built-in sample: the coordinator is asked to make it their own.
    public internal(set) var awaitsSampleCopy = false

    static let modes: [LocationMode?] = [nil] + LocationMode.allCases.map(Optional.some)

    init(purpose: Purpose, base: Event?, draft: EventDraft, zone: LocalZone?) {
        self.purpose = purpose
        self.base = base
        self.draft = draft
        var kinds = EventKind.known
        if let kind = base?.kind, !kinds.contains(kind) { kinds.append(kind) }
        self.kinds = kinds
        self.items = [
            .text(.title), .choice(.kind, count: kinds.count), .choice(.status, count: EventStatus.allCases.count),
            .text(.start), .text(.end), .checkbox(.allDay),
            .choice(.mode, count: Self.modes.count), .text(.venue), .text(.address), .text(.city), .text(.country),
            .text(.summary), .text(.description), .text(.themes), .text(.countryGroups), .text(.contacts), .text(.connection),
            .checkbox(.takesRegistrations), .text(.opens), .text(.deadline), .text(.capacity), .checkbox(.waitlist),
        ]
        for (field, text) in draft.texts { inputs[field] = TextInput(text) }
        check = EventDraftCheck.Outcome(event: nil, problems: [])
        recheck(zone: zone)
    }

    var focusedItem: Item { items[focus] }

    public func input(_ field: EventDraft.Field) -> TextInput { inputs[field] ?? TextInput() }

    /// The option chosen of a choice, by position.
    public func choice(_ field: EventDraft.Field) -> Int {
        switch field {
        case .kind: return kinds.firstIndex(of: draft.kind) ?? 0
        case .status: return EventStatus.allCases.firstIndex(of: draft.status) ?? 0
        case .mode: return Self.modes.firstIndex(of: draft.mode) ?? 0
        default: return 0
        }
    }

    public func isChecked(_ field: EventDraft.Field) -> Bool {
        switch field {
        case .allDay: return draft.allDay
        case .takesRegistrations: return draft.takesRegistrations
        case .waitlist: return draft.waitlist
        default: return false
        }
    }

    public func problems(for field: EventDraft.Field?) -> [EventDraftCheck.Problem] {
        check.problems.filter { $0.field == field }
    }

    // MARK: - Editing

    /// The id `event`, the draft checked, is saved under: its own, or a new one made from its
    /// date and title.
    func eventID(of event: Event, in catalogue: Catalogue) -> String {
        if case .edit(let id) = purpose { return id }
        return EventIdentifier.make(title: event.title, date: event.start.date) { catalogue.position(ofID: $0) != nil }
    }

    mutating func editText(_ change: (inout TextInput) -> Void, zone: LocalZone?) {
        guard case .text(let field) = focusedItem else { return }
        var input = self.input(field)
        change(&input)
        guard input != self.input(field) else { return }
        inputs[field] = input
        draft.texts[field] = input.text
        changed(zone: zone)
    }

    /// Space on a box; on a choice, the next option.
    mutating func toggle(zone: LocalZone?) {
        switch focusedItem {
        case .checkbox(.allDay): draft.allDay.toggle()
        case .checkbox(.takesRegistrations): draft.takesRegistrations.toggle()
        case .checkbox(.waitlist): draft.waitlist.toggle()
        case .choice(let field, let count): return choose(field, (choice(field) + 1) % count, zone: zone)
        default: return
        }
        changed(zone: zone)
    }

    mutating func moveChoice(by delta: Int, zone: LocalZone?) {
        guard case .choice(let field, let count) = focusedItem else { return }
        choose(field, min(max(0, choice(field) + delta), count - 1), zone: zone)
    }

    private mutating func choose(_ field: EventDraft.Field, _ option: Int, zone: LocalZone?) {
        guard option != choice(field) else { return }
        switch field {
        case .kind: draft.kind = kinds[option]
        case .status: draft.status = EventStatus.allCases[option]
        case .mode: draft.mode = Self.modes[option]
        default: return
        }
        changed(zone: zone)
    }

    mutating func moveFocus(by delta: Int) {
        focus = min(max(0, focus + delta), items.count - 1)
    }

    mutating func focus(on field: EventDraft.Field?) {
        if let field, let index = items.firstIndex(where: { $0.field == field }) { focus = index }
    }

    private mutating func changed(zone: LocalZone?) {
        isChanged = true
        awaitsLeave = false
        recheck(zone: zone)
    }

    /// The rules applied to the draft; the id and the moment are the save's, not needed here.
    mutating func recheck(zone: LocalZone?) {
        let id: String
        if case .edit(let own) = purpose { id = own } else { id = "nouvel-evenement" }
        check = EventDraftCheck.check(draft, id: id, base: base, zone: zone, now: nil)
    }
}
