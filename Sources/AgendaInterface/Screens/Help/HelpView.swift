import AgendaModel
import AgendaWords

/// The `?` screen, generated from the key table so that it never disagrees with the keys.
public enum HelpView {
    public static func lines(strings: Strings, keys: KeyTable = .standard) -> [StyledLine] {
        var lines: [StyledLine] = []
        let sections = KeyContext.allCases.map { ($0, strings.text(.helpSection($0))) }
        let keyWidth = keys.bindings.map { DisplayWidth.of($0.keys(strings.language)) }.max() ?? 8
        for (context, title) in sections {
            if !lines.isEmpty { lines.append(StyledLine([])) }
            lines.append(StyledLine([TextSpan(title, .heading)]))
            for binding in keys.bindings where binding.context == context {
                lines.append(StyledLine([
                    TextSpan("  " + TextFitting.pad(binding.keys(strings.language), to: keyWidth) + "  ", .emphasis),
                    TextSpan(binding.description(strings, in: keys), .body),
                ]))
            }
        }
        lines.append(StyledLine([]))
        lines.append(StyledLine([TextSpan(strings.text(.helpSearchRule), .muted)]))
        return lines
    }

    /// The line of `context`'s section: `?` opens help there, at the keys of the screen one is on.
    static func firstLine(of context: KeyContext, strings: Strings, keys: KeyTable) -> Int {
        let title = strings.text(.helpSection(context))
        return lines(strings: strings, keys: keys).firstIndex { $0.spans.first?.text == title } ?? 0
    }

    static func draw(_ state: AgendaState, top: Int, into grid: inout Grid) {
        let theme = state.theme
        let area = Rect(x: 0, y: 1, width: grid.width, height: grid.height - 2)
        grid.fill(x: area.x, y: area.y, width: area.width, height: area.height, style: theme.popup)
        let title = state.strings.text(.helpTitle)
        grid.write(title, x: 1, y: area.y, style: theme.popupTitle, maxWidth: area.width - 2)
        let lines = self.lines(strings: state.strings, keys: state.keys)
        for (offset, line) in lines.dropFirst(top).prefix(area.height - 1).enumerated() {
            grid.write(line.spans.map { ($0.text, merge(theme.role($0.role), over: theme.popup)) },
                       x: 2, y: area.y + 1 + offset, maxWidth: area.width - 3)
        }
    }
}

/// A role's style painted on a popup's background.
func merge(_ style: CellStyle, over background: CellStyle) -> CellStyle {
    var merged = style
    if merged.background == nil { merged.background = background.background }
    if merged.foreground == nil { merged.foreground = background.foreground }
    return merged
}
