import AgendaModel
import AgendaWords

/// The registration form: a label column, boxes for text, `( )`/`[ ]` lines for options,
/// each problem under its field, the event's rules on top.
enum FormPaneView {
    static func draw(_ form: RegistrationForm, state: AgendaState, in area: Rect, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let header = form.correcting.map {
            strings.text(.correctionTitle(name: TerminalSafeText.sanitize($0.participant.fullName), event: TerminalSafeText.sanitize(form.event.title)))
        } ?? strings.text(.registrationTitle(TerminalSafeText.sanitize(form.event.title)))
        grid.write(TextFitting.truncate(header, to: area.width), x: area.x, y: area.y, style: theme.focusedPaneTitle, maxWidth: area.width)
        drawScrolled(self.lines(form, state: state, width: area.width - 2), focus: form.focus, top: form.top, in: area, into: &grid)
    }

    /// A form's lines under its title line, scrolled so that the focused item is in view.
    static func drawScrolled(_ lines: [Line], focus: Int, top: Int, in area: Rect, into grid: inout Grid) {
        let contentHeight = max(0, area.height - 1)
        // Keep the focused item's first line in view.
        let focusLine = lines.firstIndex { $0.item == focus } ?? 0
        let focusEnd = lines.lastIndex { $0.item == focus } ?? focusLine
        var top = top
        if focusEnd >= top + contentHeight { top = focusEnd - contentHeight + 1 }
        if focusLine < top { top = focusLine }
        top = max(0, min(top, max(0, lines.count - contentHeight)))
        for (offset, line) in lines.dropFirst(top).prefix(contentHeight).enumerated() {
            grid.write(line.spans, x: area.x + 1, y: area.y + 1 + offset, maxWidth: area.width - 2)
        }
    }

    struct Line {
        var spans: [(String, CellStyle)]
        /// The item this line belongs to, if any.
        var item: Int?
    }

    static func lines(_ form: RegistrationForm, state: AgendaState, width: Int) -> [Line] {
        let theme = state.theme
        let strings = state.strings
        var lines: [Line] = []
        let admission = RegistrationDesk.admission(for: form.event, registrations: state.registrations, at: state.now())
        if form.correcting == nil, let notice = strings.admissionNotice(admission, openExisting: state.keyName(.openExisting, .form)) {
            // A rule the coordinator may set aside is information, not an obstacle.
            let settable = if case .failure(let refusal) = admission { refusal.override != nil } else { false }
            for text in TextFitting.wrap(notice, width: width) { lines.append(Line(spans: [(text, settable ? theme.label : theme.warning)])) }
        }
        lines.append(Line(spans: [(strings.text(.requiredMark), theme.muted)]))
        lines.append(Line(spans: []))
        let labelWidth = min(22, max(12, width / 3))
        let boxWidth = max(4, width - labelWidth - 3)
        for (index, item) in form.items.enumerated() {
            let focused = index == form.focus
            let fullLabel = item.label + (item.isRequired ? " *" : "")
            let labelStyle = focused ? theme.emphasis : theme.label
            let indent = String(repeating: " ", count: labelWidth + 1)
            var labelText = TextFitting.pad(fullLabel, to: labelWidth)
            if case .checkbox = item {
                // A box's label follows it.
            } else if DisplayWidth.of(fullLabel) > labelWidth {
                // A question is often a sentence: it gets its own lines above its field.
                for part in TextFitting.wrap(fullLabel, width: width) {
                    lines.append(Line(spans: [(part, labelStyle)], item: index))
                }
                labelText = String(repeating: " ", count: labelWidth)
            }
            switch item {
            case .text(let field, _, _, _):
                let spans = [(labelText + " ", labelStyle)] + TextBox.spans(form.text(field), width: boxWidth, focused: focused, theme: theme)
                lines.append(Line(spans: spans, item: index))
            case .single(let field, _, _, let options, _), .multiple(let field, _, _, let options, _):
                let isSingle: Bool
                if case .single = item { isSingle = true } else { isSingle = false }
                for (optionIndex, option) in options.enumerated() {
                    let selected = form.isSelected(field, option: optionIndex)
                    let mark = isSingle ? (selected ? "(•) " : "( ) ") : (selected ? "[x] " : "[ ] ")
                    var style = CellStyle()
                    if focused && optionIndex == form.optionCursor { style = theme.selection }
                    let head = optionIndex == 0 ? labelText + " " : indent
                    lines.append(Line(spans: [(head, labelStyle), (mark + option, style)], item: index))
                }
            case .checkbox(let field, let label, let required, _):
                let mark = form.isChecked(field) ? "[x] " : "[ ] "
                let style = focused ? theme.selection : CellStyle()
                // The label can be a sentence: it follows the box and wraps under it.
                let text = label + (required ? " *" : "")
                let wrapped = TextFitting.wrap(text, width: max(4, width - 4))
                for (lineIndex, part) in wrapped.enumerated() {
                    let spans: [(String, CellStyle)] = lineIndex == 0
                        ? [(mark, style), (part, focused ? theme.emphasis : theme.label)]
                        : [("    ", CellStyle()), (part, focused ? theme.emphasis : theme.label)]
                    lines.append(Line(spans: spans, item: index))
                }
            }
            if let help = item.help {
                for part in TextFitting.wrap(help, width: max(4, width - labelWidth - 1)) {
                    lines.append(Line(spans: [(indent, CellStyle()), (part, theme.muted)], item: index))
                }
            }
            if let problem = form.problem(for: item.field) {
                lines.append(Line(spans: [(indent, CellStyle()), ("↳ " + strings.formProblem(problem.issue), theme.warning)], item: index))
            }
        }
        lines.append(Line(spans: []))
        lines.append(Line(spans: [(strings.text(.formFooter(submit: state.keyName(.submitForm, .form), leave: state.keyName(.leaveForm, .form))), theme.muted)]))
        return lines
    }
}
