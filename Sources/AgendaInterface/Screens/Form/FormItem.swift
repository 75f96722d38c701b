import AgendaModel
import AgendaWords

/// One line of the registration form, in order: the participant's fields, the attendance
/// mode, the event's questions, the consent box.
public enum FormItem: Equatable, Sendable {
    case text(FormField, label: String, required: Bool, help: String?)
    /// One choice among options (the attendance mode, or a `choice` question).
    case single(FormField, label: String, required: Bool, options: [String], help: String?)
    case multiple(FormField, label: String, required: Bool, options: [String], help: String?)
    case checkbox(FormField, label: String, required: Bool, help: String?)

    public var field: FormField {
        switch self {
        case .text(let field, _, _, _), .single(let field, _, _, _, _), .multiple(let field, _, _, _, _),
             .checkbox(let field, _, _, _):
            return field
        }
    }

    public var label: String {
        switch self {
        case .text(_, let label, _, _), .single(_, let label, _, _, _), .multiple(_, let label, _, _, _),
             .checkbox(_, let label, _, _):
            return label
        }
    }

    public var isRequired: Bool {
        switch self {
        case .text(_, _, let required, _), .single(_, _, let required, _, _), .multiple(_, _, let required, _, _),
             .checkbox(_, _, let required, _):
            return required
        }
    }

    public var help: String? {
        switch self {
        case .text(_, _, _, let help), .single(_, _, _, _, let help), .multiple(_, _, _, _, let help),
             .checkbox(_, _, _, let help):
            return help
        }
    }

    public var options: [String] {
        switch self {
        case .single(_, _, _, let options, _), .multiple(_, _, _, let options, _): return options
        default: return []
        }
    }

    /// The form of `event`, labelled in the interface's language.
    static func items(for event: Event, strings: Strings) -> [FormItem] {
        var items: [FormItem] = [
            .text(.firstName, label: strings.text(.firstName), required: true, help: nil),
            .text(.lastName, label: strings.text(.lastName), required: true, help: nil),
            .text(.email, label: strings.text(.email), required: true, help: nil),
            .text(.phone, label: strings.text(.phone), required: false, help: nil),
            .text(.organisation, label: strings.text(.organisation), required: true,
                  help: strings.text(.organisationHelp)),
            .text(.role, label: strings.text(.role), required: false, help: nil),
        ]
        let modes = event.registration?.modes ?? []
        if modes.count > 1 {
            items.append(.single(.mode, label: strings.modes, required: true, options: modes.map(strings.attendanceMode), help: nil))
        }
        for question in event.registration?.questions ?? [] {
            let field = FormField.question(question.id)
            let label = TerminalSafeText.sanitize(question.label)
            let help = question.help.map { TerminalSafeText.sanitize($0) }
            switch question.kind {
            case .text: items.append(.text(field, label: label, required: question.required, help: help))
            case .number:
                items.append(.text(field, label: label, required: question.required, help: help ?? strings.text(.numberHelp)))
            case .choice:
                items.append(.single(field, label: label, required: question.required,
                                     options: question.options.map { TerminalSafeText.sanitize($0) }, help: help))
            case .multi:
                items.append(.multiple(field, label: label, required: question.required,
                                       options: question.options.map { TerminalSafeText.sanitize($0) }, help: help))
            case .boolean: items.append(.checkbox(field, label: label, required: false, help: help))
            }
        }
        items.append(.checkbox(.consent, label: strings.text(.consent),
                               required: true, help: nil))
        return items
    }
}
