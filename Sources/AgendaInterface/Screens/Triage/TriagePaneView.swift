import AgendaModel
import AgendaWords

/// The triage list: a header with the live seat counter, column titles, one line an
/// inscription (tag, status, name, organisation, role, mode, date), and the note being edited.
enum TriagePaneView {
    static func draw(_ list: TriageList, state: AgendaState, in area: Rect, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let width = area.width - 1
        var event: Event?
        if case .event(let id) = list.scope { event = state.catalogue.event(id: id) }

        let title = event.map { strings.text(.triageTitle(TerminalSafeText.sanitize($0.title))) }
            ?? strings.text(.everyInscriptionTitle)
        grid.write(TextFitting.truncate(title, to: area.width), x: area.x, y: area.y, style: theme.focusedPaneTitle, maxWidth: area.width)
        grid.write(" " + counterLine(list, event: event, state: state), x: area.x, y: area.y + 1, style: theme.emphasis, maxWidth: area.width)
        grid.write(" " + viewLine(list, state: state), x: area.x, y: area.y + 2, style: theme.muted, maxWidth: area.width)

        let rowsTop = area.y + 4
        var rowsHeight = area.height - 4
        let noteHeight = list.noteInput.map { Self.noteHeight($0, width: area.width, state: state) } ?? 0
        rowsHeight -= noteHeight
        let visible = (list.top..<min(list.rows.count, list.top + max(0, rowsHeight))).compactMap { position in
            state.registrationIndex[list.rows[position]].map { state.registrations[$0] }
        }
        let columns = Columns(width: width, showsEvent: event == nil, visible: visible, state: state)
        var header = "  " + TextFitting.pad(strings.text(.status), to: columns.status)
        if columns.event > 0 { header += " " + TextFitting.pad(strings.text(.event), to: columns.event) }
        header += " " + TextFitting.pad(strings.text(.name), to: columns.name)
        header += " " + TextFitting.pad(strings.text(.organisation), to: columns.organisation)
        if columns.role > 0 { header += " " + TextFitting.pad(strings.text(.role), to: columns.role) }
        if columns.mode > 0 { header += " " + TextFitting.pad(strings.text(.attendance), to: columns.mode) }
        if columns.date > 0 { header += " " + TextFitting.pad(strings.text(.received), to: columns.date) }
        grid.write(header, x: area.x, y: area.y + 3, style: theme.label, maxWidth: width)

        if list.rows.isEmpty {
            let empty: String
            if !list.search.isEmpty {
                empty = strings.text(.noInscriptionMatching(TerminalSafeText.sanitize(list.search), clear: state.keyName(.back, .triage)))
            } else if let filter = list.statusFilter {
                empty = strings.text(.noInscriptionWithStatus(strings.registrationStatus(filter),
                                                              clear: state.keyName(.cycleStatusFilter, .triage)))
            } else {
                empty = strings.text(.noInscriptionYet)
            }
            grid.write(" " + empty, x: area.x, y: rowsTop, style: theme.muted, maxWidth: width)
        }
        for offset in 0..<max(0, rowsHeight) {
            let position = list.top + offset
            guard position < list.rows.count, let index = state.registrationIndex[list.rows[position]] else { break }
            let registration = state.registrations[index]
            let y = rowsTop + offset
            drawRow(registration, tagged: list.tagged.contains(registration.id), columns: columns, state: state,
                    x: area.x, y: y, into: &grid)
            if position == list.cursor {
                grid.highlight(x: area.x, y: y, width: width, with: theme.selection)
            }
        }
        if let input = list.noteInput {
            // The note's lines under its label, the cursor's line always in view.
            let label = strings.text(.noteLabel)
            let boxWidth = max(4, width - DisplayWidth.of(label) - 1)
            let laid = input.rows(width: boxWidth)
            let shown = noteHeight
            let first = max(0, min(laid.cursorRow - shown + 1, laid.rows.count - shown))
            let top = area.y + area.height - shown
            grid.fill(x: area.x, y: top, width: width, height: shown)
            grid.write(label, x: area.x, y: top, style: theme.label)
            for row in 0..<shown {
                let text = first + row < laid.rows.count ? laid.rows[first + row] : ""
                grid.write(TextFitting.pad(text, to: boxWidth), x: area.x + DisplayWidth.of(label), y: top + row, style: CellStyle(underline: true))
            }
            grid.restyle(x: area.x + DisplayWidth.of(label) + laid.cursorColumn, y: top + laid.cursorRow - first, width: 1) { $0.reverse = true }
        }
    }

    /// "Places : 8/12 approuvées · 3 en attente · 2 en liste d'attente · filtre : en attente".
    static func counterLine(_ list: TriageList, event: Event?, state: AgendaState) -> String {
        let strings = state.strings
        var counts = RegistrationCounts()
        for registration in state.registrations {
            if case .event(let id) = list.scope, registration.eventId != id { continue }
            counts.add(registration.status)
        }
        var parts: [String] = []
        if let capacity = event?.registration?.capacity {
            parts.append(strings.text(.seatsApproved(approved: counts.approved, capacity: capacity)))
        } else {
            parts.append(strings.text(.approvedCount(counts.approved)))
        }
        parts.append(strings.text(.pendingCount(counts.pending)))
        parts.append(strings.text(.waitlistedCount(counts.waitlisted)))
        return parts.joined(separator: " · ")
    }

    /// Where the list stands: position, tags, the status filter and the search in force.
    static func viewLine(_ list: TriageList, state: AgendaState) -> String {
        let strings = state.strings
        var parts = ["\(list.rows.isEmpty ? 0 : list.cursor + 1)/\(list.rows.count)"]
        if !list.tagged.isEmpty { parts.append(strings.text(.taggedCount(list.tagged.count))) }
        if let filter = list.statusFilter { parts.append(strings.text(.triageFilter(strings.registrationStatus(filter)))) }
        // The legend of the mark in the organisation column, while an inscription of the list has it.
        var toComplete = 0
        for registration in state.registrations where registration.source == .email && !registration.fieldsToComplete.isEmpty {
            if case .event(let id) = list.scope, registration.eventId != id { continue }
            toComplete += 1
        }
        if toComplete > 0 { parts.append(strings.text(.toCompleteCount(toComplete, correct: state.keyName(.correctDetails, .triage)))) }
        if !list.search.isEmpty || list.isTypingSearch {
            parts.append("/" + TerminalSafeText.sanitize(list.searchInput?.withCursor ?? list.search))
        }
        return parts.joined(separator: " · ")
    }

    /// Column widths from what the rows on screen hold: each column as wide as its widest cell
    /// (and its heading), a column none of them fills left out, and when the width runs short
    /// the widest text column gives way first.
    struct Columns {
        var status: Int
        var event = 0
        var name: Int
        var organisation: Int
        var role = 0
        var mode = 0
        var date = 0

        init(width: Int, showsEvent: Bool, visible: [Registration], state: AgendaState) {
            let strings = state.strings
            func widest(_ heading: String, _ cells: [String], cap: Int) -> Int {
                min(cap, ([heading] + cells).map { DisplayWidth.of(TerminalSafeText.sanitize($0)) }.max() ?? 0)
            }
            status = widest(strings.text(.status), RegistrationStatus.allCases.map(strings.registrationStatus), cap: 18)
            name = widest(strings.text(.name), visible.map { $0.participant.fullName }, cap: 32)
            organisation = widest(strings.text(.organisation), visible.map {
                TriagePaneView.toCompleteMark($0, strings: strings) ?? $0.participant.organisation
            }, cap: 36)
            if showsEvent {
                event = widest(strings.text(.event), visible.map { registration in
                    state.catalogue.event(id: registration.eventId)?.title ?? strings.text(.orphan(registration.eventId))
                }, cap: 44)
            }
            if visible.contains(where: { !($0.participant.role ?? "").isEmpty }) {
                role = widest(strings.text(.role), visible.map { $0.participant.role ?? "" }, cap: 24)
            }
            if visible.contains(where: { $0.mode != nil }) {
                mode = widest(strings.text(.attendance), visible.map { $0.mode.map(strings.attendanceMode) ?? "" }, cap: 12)
            }
            date = 10
            // Short of room: the optional columns go first (role, mode, date), then the widest
            // of the texts gives a column at a time, down to a readable minimum.
            let roleWanted = role
            for drop in [\Columns.role, \.mode, \.date] where total > width { self[keyPath: drop] = 0 }
            // The role comes back cut rather than not at all when some room is left.
            if role == 0, roleWanted > 0, width - total >= 9 { role = min(roleWanted, width - total - 1) }
            // The event's title gives way last: its end tells two country days apart.
            let stages: [[(WritableKeyPath<Columns, Int>, Int)]] = [[(\.organisation, 10), (\.name, 12)], [(\.event, 12)],
                                                                   [(\.organisation, 6), (\.name, 8)]]
            for minimums in stages {
                while total > width {
                    let candidates = minimums.filter { self[keyPath: $0.0] > $0.1 }
                    guard let widest = candidates.max(by: { self[keyPath: $0.0] < self[keyPath: $1.0] }) else { break }
                    self[keyPath: widest.0] -= 1
                }
            }
        }

        /// The width the row takes: the tag mark, then each column and the gap after it.
        var total: Int {
            2 + [status, event, name, organisation, role, mode, date].filter { $0 > 0 }.map { $0 + 1 }.reduce(0, +)
        }
    }

    static func drawRow(_ registration: Registration, tagged: Bool, columns: Columns, state: AgendaState,
                        x: Int, y: Int, into grid: inout Grid) {
        let strings = state.strings
        let theme = state.theme
        let participant = registration.participant
        var column = x
        grid.write(tagged ? "* " : "  ", x: column, y: y, style: theme.emphasis)
        column += 2
        grid.write(TextFitting.pad(strings.registrationStatus(registration.status), to: columns.status), x: column, y: y,
                   style: statusStyle(registration.status, theme: theme))
        column += columns.status + 1
        func cell(_ text: String, _ width: Int, _ style: CellStyle = CellStyle()) {
            guard width > 0 else { return }
            grid.write(TextFitting.pad(TerminalSafeText.sanitize(text), to: width), x: column, y: y, style: style, maxWidth: width)
            column += width + 1
        }
        if columns.event > 0 {
            if let event = state.catalogue.event(id: registration.eventId) {
                cell(event.title, columns.event, theme.muted)
            } else {
                // Never dropped: an inscription whose event left the catalogue says so.
                cell(strings.text(.orphan(registration.eventId)), columns.event, theme.warning)
            }
        }
        cell(participant.fullName, columns.name)
        if let mark = toCompleteMark(registration, strings: strings) {
            cell(mark, columns.organisation, theme.warning)
        } else {
            cell(participant.organisation, columns.organisation)
        }
        cell(participant.role ?? "", columns.role, theme.muted)
        cell(registration.mode.map(strings.attendanceMode) ?? "", columns.mode, theme.muted)
        let day = DateParsing.dateTime(registration.createdAt)?.date
        let date = day.map { strings.text(.shortDate($0)) } ?? ""
        cell(date, columns.date, theme.muted)
    }

    /// "⚠ à compléter" where an e-mail inscription still lacks its organisation (or a name).
    static func toCompleteMark(_ registration: Registration, strings: Strings) -> String? {
        guard !registration.fieldsToComplete.isEmpty, registration.participant.organisation.trimmedWhitespace.isEmpty else { return nil }
        return strings.text(.toComplete)
    }

    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Lines the note editor takes: its text's, at least one and at most five, and never more
    /// than a third of the pane.
    static func noteHeight(_ input: TextInput, width: Int, state: AgendaState) -> Int {
        let boxWidth = max(4, width - DisplayWidth.of(state.strings.text(.noteLabel)) - 1)
        let layout = ScreenLayout(width: state.width, height: state.height, focus: .triage)
        let limit = max(1, min(5, ((layout.panel?.height ?? 6) - 5) / 3))
        return min(limit, max(1, input.rows(width: boxWidth).rows.count))
    }

    static func statusStyle(_ status: RegistrationStatus, theme: Theme) -> CellStyle {
        if theme.isMonochrome {
            switch status {
            case .pending: return CellStyle(bold: true)
            case .approved: return CellStyle()
            case .waitlisted: return CellStyle(underline: true)
            case .declined, .cancelled: return CellStyle(dim: true)
            }
        }
        switch status {
        case .pending: return CellStyle(foreground: .yellow, bold: true)
        case .approved: return CellStyle(foreground: .green)
        case .waitlisted: return CellStyle(foreground: .cyan)
        case .declined: return CellStyle(foreground: .red)
        case .cancelled: return CellStyle(dim: true)
        }
    }
}
