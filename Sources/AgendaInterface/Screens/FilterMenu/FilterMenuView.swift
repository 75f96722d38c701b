import AgendaModel
import AgendaWords

/// The `f` menu: a box of check lines grouped by section, over the agenda.
enum FilterMenuView {
    static func draw(_ state: AgendaState, cursor: Int, into grid: inout Grid) {
        let theme = state.theme
        let items = state.filterMenu.items
        let width = min(grid.width - 4, 52)
        let height = min(grid.height - 4, items.count + 8)
        let x = (grid.width - width) / 2
        let y = 2
        grid.popupBox(x: x, y: y, width: width, height: height, title: state.strings.text(.filterTitle), style: theme.popup,
                      titleStyle: theme.popupTitle)

        // Lines: section headings interleaved with items; keep the cursor's item in view.
        var lines: [(text: String, style: CellStyle, item: Int?)] = []
        var section: FilterMenu.Section?
        for (index, item) in items.enumerated() {
            if item.section != section {
                section = item.section
                lines.append((sectionTitle(item.section, strings: state.strings), merge(theme.heading, over: theme.popup), nil))
            }
            let mark = FilterMenu.isSelected(item, in: state.filter) ? "[x] " : "[ ] "
            lines.append(("  " + mark + TerminalSafeText.sanitize(item.label), theme.popup, index))
        }
        let visible = height - 2
        let cursorLine = lines.firstIndex { $0.item == cursor } ?? 0
        let top = max(0, min(cursorLine - visible / 2, lines.count - visible))
        for (offset, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            let rowY = y + 1 + offset
            grid.write(line.text, x: x + 1, y: rowY, style: line.style, maxWidth: width - 2)
            if line.item == cursor {
                grid.restyle(x: x + 1, y: rowY, width: width - 2) { $0 = theme.selection }
            }
        }
    }

    static func sectionTitle(_ section: FilterMenu.Section, strings: Strings) -> String {
        switch section {
        case .kind: return strings.text(.filterKind)
        case .theme: return strings.text(.filterTheme)
        case .countryGroup: return strings.text(.filterCountryGroup)
        case .status: return strings.text(.filterStatus)
        }
    }
}
