import AgendaModel
import AgendaWords

/// A registration form being filled for one event: its items, what was typed, where the
/// cursor is, and the problems found at the last submit.
public struct RegistrationForm: Equatable, Sendable {
    public let event: Event
    public let items: [FormItem]
    public private(set) var texts: [FormField: TextInput] = [:]
    /// Chosen option indices of single and multiple items.
    public private(set) var selections: [FormField: Set<Int>] = [:]
    public private(set) var checks: [FormField: Bool] = [:]
    /// The focused item.
    public internal(set) var focus = 0
    /// The highlighted option of the focused single/multiple item.
    public internal(set) var optionCursor = 0
    public internal(set) var problems: [FormProblem] = []
    /// The form is complete but the event's rules refuse it: the coordinator is asked once
    /// whether to record it all the same (`RegistrationRefusal.override`).
    public internal(set) var awaitsOverride: RegistrationRefusal?
    /// The first form line shown.
    public internal(set) var top = 0
    /// The registration whose details are being corrected, as it was when the form opened;
    /// nil for a new registration. A correction keeps no draft and asks no consent again.
    public let correcting: Registration?

    public init(event: Event, strings: Strings, draft: RegistrationDraft? = nil) {
        self.event = event
        self.items = FormItem.items(for: event, strings: strings)
        self.correcting = nil
        if let draft { restore(draft) }
    }

    /// `typed`: a correction made over an older version, put back over this one.
    public init(correcting registration: Registration, event: Event, strings: Strings, typed: Registration? = nil) {
        self.event = event
        self.items = FormItem.items(for: event, strings: strings).filter { $0.field != .consent }
        self.correcting = registration
        restore(RegistrationDraft(correcting: typed ?? registration, event: event))
    }

    var focusedItem: FormItem { items[focus] }

    public func text(_ field: FormField) -> TextInput { texts[field] ?? TextInput() }
    public func isChecked(_ field: FormField) -> Bool { checks[field] ?? false }
    public func isSelected(_ field: FormField, option: Int) -> Bool { selections[field]?.contains(option) ?? false }

    public func problem(for field: FormField) -> FormProblem? { problems.first { $0.field == field } }

    // MARK: - Editing

    mutating func editText(_ change: (inout TextInput) -> Void) {
        guard case .text(let field, _, _, _) = focusedItem else { return }
        var input = text(field)
        change(&input)
        texts[field] = input
    }

    /// Space on a box or an option.
    mutating func toggle() {
        let field = focusedItem.field
        switch focusedItem {
        case .checkbox:
            checks[field] = !isChecked(field)
        case .single:
            selections[field] = isSelected(field, option: optionCursor) ? [] : [optionCursor]
        case .multiple:
            var chosen = selections[field] ?? []
            if chosen.contains(optionCursor) { chosen.remove(optionCursor) } else { chosen.insert(optionCursor) }
            selections[field] = chosen
        case .text:
            break
        }
    }

    mutating func moveFocus(by delta: Int) {
        focus = min(max(0, focus + delta), items.count - 1)
        optionCursor = selections[focusedItem.field]?.min() ?? 0
    }

    mutating func moveOption(by delta: Int) {
        let count = focusedItem.options.count
        guard count > 0 else { return }
        optionCursor = min(max(0, optionCursor + delta), count - 1)
    }

    mutating func focus(on field: FormField) {
        if let index = items.firstIndex(where: { $0.field == field }) {
            focus = index
            optionCursor = selections[field]?.min() ?? 0
        }
    }

    // MARK: - Draft

    /// What was typed, as the store keeps it (text as typed, even a number not yet valid).
    public var draft: RegistrationDraft {
        func value(_ field: FormField) -> String { text(field).text }
        let optional = { (field: FormField) -> String? in value(field).isEmpty ? nil : value(field) }
        let participant = Participant(firstName: value(.firstName), lastName: value(.lastName), email: value(.email),
                                      phone: optional(.phone), organisation: value(.organisation), role: optional(.role))
        let modes = event.registration?.modes ?? []
        let mode = selections[.mode]?.min().flatMap { $0 < modes.count ? modes[$0] : nil }
        var answers: [String: Answer] = [:]
        for question in event.registration?.questions ?? [] {
            let field = FormField.question(question.id)
            switch question.kind {
            case .text, .number:
                if !value(field).isEmpty { answers[question.id] = .text(value(field)) }
            case .choice, .multi:
                let chosen = (selections[field] ?? []).sorted().compactMap { $0 < question.options.count ? question.options[$0] : nil }
                if !chosen.isEmpty { answers[question.id] = .choices(chosen) }
            case .boolean:
                if let flag = checks[field] { answers[question.id] = .flag(flag) }
            }
        }
        return RegistrationDraft(participant: participant, mode: mode, answers: answers, consent: isChecked(.consent))
    }

    /// True when nothing was typed or ticked: such a form leaves no draft behind.
    public var isBlank: Bool {
        texts.values.allSatisfy { $0.text.isEmpty } && selections.values.allSatisfy(\.isEmpty) && checks.values.allSatisfy { !$0 }
    }

    private mutating func restore(_ draft: RegistrationDraft) {
        let participant = draft.participant
        let pairs: [(FormField, String?)] = [(.firstName, participant.firstName), (.lastName, participant.lastName),
                                             (.email, participant.email), (.phone, participant.phone),
                                             (.organisation, participant.organisation), (.role, participant.role)]
        for (field, value) in pairs where !(value ?? "").isEmpty { texts[field] = TextInput(value ?? "") }
        let modes = event.registration?.modes ?? []
        if let mode = draft.mode, let index = modes.firstIndex(of: mode) { selections[.mode] = [index] }
        for question in event.registration?.questions ?? [] {
            let field = FormField.question(question.id)
            switch draft.answers[question.id] {
            case .text(let text)?:
                if question.kind == .choice, let index = question.options.firstIndex(of: text) {
                    selections[field] = [index]
                } else {
                    texts[field] = TextInput(text)
                }
            case .number(let number)?:
                texts[field] = TextInput(number.rounded() == number ? String(Int(number)) : String(number))
            case .choices(let chosen)?:
                selections[field] = Set(chosen.compactMap { question.options.firstIndex(of: $0) })
            case .flag(let flag)?:
                checks[field] = flag
            case nil:
                break
            }
        }
        checks[.consent] = draft.consent
    }
}
