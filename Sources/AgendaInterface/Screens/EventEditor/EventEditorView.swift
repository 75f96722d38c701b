import AgendaModel
import AgendaWords

/// The event editor, in the right-hand pane: a label column, a box for each text, `‹ … ›` for
/// a choice, `[x]` for a box, and under each field what the catalogue's rules say of it.
enum EventEditorView {
    static func draw(_ editor: EventEditor, state: AgendaState, in area: Rect, into grid: inout Grid) {
        let strings = state.strings
        let title: String
        switch editor.purpose {
        case .new: title = strings.text(.newEventTitle)
        case .edit: title = strings.text(.editEventTitle(TerminalSafeText.sanitize(editor.base?.title ?? "")))
        case .duplicate: title = strings.text(.duplicateEventTitle(TerminalSafeText.sanitize(editor.base?.title ?? "")))
        }
        grid.write(TextFitting.truncate(title, to: area.width), x: area.x, y: area.y, style: state.theme.focusedPaneTitle, maxWidth: area.width)
        FormPaneView.drawScrolled(lines(editor, state: state, width: area.width - 2), focus: editor.focus, top: editor.top,
                                  in: area, into: &grid)
    }

    typealias Line = FormPaneView.Line

    static func lines(_ editor: EventEditor, state: AgendaState, width: Int) -> [Line] {
        let theme = state.theme
        let strings = state.strings
        var lines: [Line] = []
        let labelWidth = min(22, max(12, width / 3))
        let indent = String(repeating: " ", count: labelWidth + 1)
        let boxWidth = max(4, width - labelWidth - 3)
        func problemLines(_ field: EventDraft.Field?, item: Int?) {
            for problem in editor.problems(for: field) {
                let text = "↳ " + strings.text(.eventProblem(problem.issue))
                for (position, part) in TextFitting.wrap(text, width: max(4, width - (field == nil ? 0 : labelWidth + 1))).enumerated() {
                    let lead = field == nil ? "" : indent + (position == 0 ? "" : "  ")
                    lines.append(Line(spans: [(lead, CellStyle()), (part, problem.isError ? theme.warning : theme.muted)], item: item))
                }
            }
        }
        problemLines(nil, item: nil)
        for (index, item) in editor.items.enumerated() {
            let focused = index == editor.focus
            let labelStyle = focused ? theme.emphasis : theme.label
            let label = TextFitting.pad(TextFitting.truncate(strings.text(.eventField(item.field)), to: labelWidth), to: labelWidth)
            switch item {
            case .text(let field):
                lines.append(Line(spans: [(label + " ", labelStyle)] + TextBox.spans(editor.input(field), width: boxWidth, focused: focused, theme: theme),
                                  item: index))
            case .choice(let field, _):
                let chosen = optionName(field, editor.choice(field), editor: editor, strings: strings)
                lines.append(Line(spans: [(label + " ", labelStyle), ("‹ " + chosen + " ›", focused ? theme.selection : CellStyle())], item: index))
            case .checkbox(let field):
                let mark = editor.isChecked(field) ? "[x]" : "[ ]"
                lines.append(Line(spans: [(label + " ", labelStyle), (mark, focused ? theme.selection : CellStyle())], item: index))
            }
            if focused, let help = help(item, state: state) {
                for part in TextFitting.wrap(help, width: max(4, width - labelWidth - 1)) {
                    lines.append(Line(spans: [(indent, CellStyle()), (part, theme.muted)], item: index))
                }
            }
            problemLines(item.field, item: index)
        }
        lines.append(Line(spans: []))
        lines.append(Line(spans: [(strings.text(.editorFooter(save: state.keyName(.submitForm, .form), leave: state.keyName(.leaveForm, .form))), theme.muted)]))
        return lines
    }

    static func optionName(_ field: EventDraft.Field, _ option: Int, editor: EventEditor, strings: Strings) -> String {
        switch field {
        case .kind: return TerminalSafeText.sanitize(strings.kind(editor.kinds[option]))
        case .status: return strings.status(EventStatus.allCases[option])
        case .mode: return EventEditor.modes[option].map(strings.locationMode) ?? strings.text(.noPlaceGiven)
        default: return ""
        }
    }

    private static func help(_ item: EventEditor.Item, state: AgendaState) -> String? {
        let strings = state.strings
        switch item {
        case .text(.start), .text(.end), .text(.opens), .text(.deadline):
            return strings.text(.eventTimeHelp(zone: state.localZone?.placeName))
        case .text(.themes), .text(.countryGroups): return strings.text(.listHelp)
        case .text(.contacts): return strings.text(.contactsHelp)
        case .text(.description), .text(.summary), .text(.connection):
            return strings.text(.editOutsideHelp(key: state.keyName(.editInEditor, .form)))
        case .choice:
            let keys = state.keyName(.cursorLeft, .textInput) + "/" + state.keyName(.cursorRight, .textInput)
            return strings.text(.choiceHelp(keys: keys))
        default: return nil
        }
    }
}
