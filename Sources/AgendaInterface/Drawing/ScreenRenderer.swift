import AgendaModel
import AgendaWords

/// Draws a whole frame of the interface into a grid.
public enum ScreenRenderer {
    public static func render(_ state: AgendaState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(state, into: &grid)
            return grid
        }
        BarsView.drawTitleBar(state, into: &grid)
        // Bottom to top: each screen over the ones it was opened from.
        for screen in state.screens { drawScreen(screen, state: state, layout: layout, into: &grid) }
        BarsView.drawStatusBar(state, into: &grid)
        return grid
    }

    /// The one place where screens are drawn: a line for each (`Screen`).
    static func drawScreen(_ screen: Screen, state: AgendaState, layout: ScreenLayout, into grid: inout Grid) {
        switch screen {
        case .agenda: drawAgenda(state, layout: layout, into: &grid)
        case .form(let form): if state.focus == .form, let area = layout.panel { FormPaneView.draw(form, state: state, in: area, into: &grid) }
        case .eventEditor(let editor): if state.focus == .form, let area = layout.panel { EventEditorView.draw(editor, state: state, in: area, into: &grid) }
        case .triage(let list): if state.focus == .triage, let area = layout.panel { TriagePaneView.draw(list, state: state, in: area, into: &grid) }
        case .filterMenu(let cursor): FilterMenuView.draw(state, cursor: cursor, into: &grid)
        case .help(let top): HelpView.draw(state, top: top, into: &grid)
        case .message(let preview): MessagePreviewView.draw(preview, state: state, into: &grid)
        case .outbox(let list): OutboxView.draw(list, state: state, into: &grid)
        case .inscription(let id):
            // Over the form it is the existing registration a duplicate points at.
            let overForm = state.screens.contains { if case .form = $0 { return true } else { return false } }
                && !state.screens.contains { if case .triage = $0 { return true } else { return false } }
            if let index = state.registrationIndex[id] {
                InscriptionView.draw(state.registrations[index], state: state, existing: overForm, into: &grid)
            }
        }
    }

    /// The agenda and the detail pane, side by side or one at a time.
    static func drawAgenda(_ state: AgendaState, layout: ScreenLayout, into grid: inout Grid) {
        if let agenda = layout.agenda {
            AgendaPaneView.draw(state, in: agenda, focused: state.focus == .agenda || !layout.isTwoPane, into: &grid)
        }
        if let separatorX = layout.separatorX {
            for y in 1..<(grid.height - 1) { grid.write("│", x: separatorX, y: y, style: state.theme.paneBorder) }
        }
        if let detail = layout.detail {
            DetailPaneView.draw(state, in: detail, focused: state.focus == .detail || !layout.isTwoPane, into: &grid)
        }
    }

    static func drawTooSmall(_ state: AgendaState, into grid: inout Grid) {
        let message = state.strings.text(.terminalTooSmall(width: grid.width, height: grid.height,
                                                           minimumWidth: ScreenLayout.minimumWidth, minimumHeight: ScreenLayout.minimumHeight,
                                                           quit: state.keyName(.quit, .everywhere)))
        let lines = TextFitting.wrap(message, width: max(1, grid.width - 2))
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < grid.height {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.write(line, x: x, y: top + offset, style: CellStyle(bold: true))
        }
    }
}
