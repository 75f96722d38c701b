import AgendaModel
import AgendaWords

/// The agenda list: month headings, then one line an event with its day, time, kind, title
/// and registration state.
enum AgendaPaneView {
    static func draw(_ state: AgendaState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let count = state.events.count
        let header = strings.text(state.filter.timeframe == .past ? .past : .upcoming) + " — " + strings.text(.eventCount(count))
        grid.fill(x: area.x, y: area.y, width: area.width, height: 1)
        grid.write(" " + header, x: area.x, y: area.y, style: focused ? theme.focusedPaneTitle : theme.paneTitle, maxWidth: area.width)

        let contentTop = area.y + 1
        let contentHeight = area.height - 1
        guard contentHeight > 0 else { return }
        if state.events.isEmpty {
            let empty = state.filter.isEmpty
                ? strings.text(.noEvents)
                : strings.text(.noEventMatches(clearSearch: state.keyName(.back, .everywhere), filter: state.keyName(.openFilter, .agenda)))
            for (offset, line) in TextFitting.wrap(empty, width: area.width - 2).prefix(contentHeight).enumerated() {
                grid.write(line, x: area.x + 1, y: contentTop + offset, style: theme.muted, maxWidth: area.width - 2)
            }
            return
        }
        let columns = Columns(width: area.width, state: state,
                              rows: state.agendaTop..<min(state.rows.count, state.agendaTop + contentHeight))
        for offset in 0..<contentHeight {
            let rowIndex = state.agendaTop + offset
            guard rowIndex < state.rows.count else { break }
            let y = contentTop + offset
            switch state.rows[rowIndex] {
            case .month(let month):
                grid.write(" " + strings.dates.monthHeading(month), x: area.x, y: y, style: theme.monthHeading, maxWidth: area.width)
            case .event(let index):
                let event = state.events[index]
                drawEvent(event, state: state, columns: columns, x: area.x, y: y, into: &grid)
                if index == state.selectedIndex {
                    // A marker as well as the highlight: it survives monochrome and screen readers.
                    grid.write("▸", x: area.x, y: y, style: focused ? theme.selection : theme.inactiveSelection)
                    let style = focused ? theme.selection : theme.inactiveSelection
                    grid.highlight(x: area.x, y: y, width: area.width, with: style)
                }
            }
        }
    }

    /// Column widths for a pane width, from what the rows on screen hold: the kind, the
    /// inscriptions waiting and the registration state as wide as their widest cell (none when
    /// every cell is empty), the title taking the rest.
    struct Columns {
        static let day = 8
        static let time = 8
        let day = Columns.day
        let time = Columns.time
        let kind: Int
        let pending: Int
        let state: Int
        let title: Int

        init(width: Int, state: AgendaState, rows: Range<Int>) {
            let content = Content(state, rows: rows)
            kind = width >= 76 ? content.kind : 0
            self.state = width >= 50 ? content.state : 0
            pending = width >= 56 ? content.pending : 0
            title = max(4, width - Self.fixed(kind: kind, pending: pending, state: self.state))
        }

        /// Columns other than the title, with the gaps between them.
        static func fixed(kind: Int, pending: Int, state: Int) -> Int {
            let gaps = 1 + 1 + 1 + (kind > 0 ? 1 : 0) + (state > 0 ? 1 : 0) + (pending > 0 ? 1 : 0)
            return day + time + kind + state + pending + gaps
        }

        /// The pane width that shows the rows on screen with no title cut.
        static func needed(for state: AgendaState, rows: Range<Int>) -> Int {
            let content = Content(state, rows: rows)
            return fixed(kind: content.kind, pending: content.pending, state: content.state) + content.title
        }

        /// The widest cell of each column among the rows on screen.
        struct Content {
            var kind = 0, pending = 0, state = 0, title = 0

            init(_ agenda: AgendaState, rows: Range<Int>) {
                let strings = agenda.strings
                for row in rows {
                    guard case .event(let index) = agenda.rows[row] else { continue }
                    let event = agenda.events[index]
                    kind = max(kind, DisplayWidth.of(strings.kind(event.kind)))
                    pending = max(pending, DisplayWidth.of(AgendaPaneView.marks(of: event, state: agenda)))
                    state = max(state, DisplayWidth.of(strings.availabilityShort(agenda.availability(of: event))))
                    title = max(title, DisplayWidth.of(AgendaPaneView.title(of: event, strings: strings)))
                }
                kind = min(kind, 13)
                state = min(state, 16)
            }
        }
    }

    /// What waits for the coordinator on this event: approved participants of an online event
    /// today or tomorrow without its connection details, or inscriptions of a cancelled event not
    /// told (! and how many), a registration begun
    /// (✎), inscriptions to decide (✉ and how many).
    static func marks(of event: Event, state: AgendaState) -> String {
        let pending = state.counts(of: event).pending
        let unsent = (state.missingConnectionDetails(of: event) ?? state.missingCancellationMessages(of: event)).map { "!\($0)" } ?? ""
        return unsent + (state.drafts[event.id] != nil ? "✎" : "") + (pending > 0 ? "✉\(pending)" : "")
    }

    /// The title as the row shows it: with its status when it is not the usual one.
    static func title(of event: Event, strings: Strings) -> String {
        let title = TerminalSafeText.sanitize(event.title)
        return event.status == .scheduled ? title : "[\(strings.status(event.status))] " + title
    }

    static func drawEvent(_ event: Event, state: AgendaState, columns: Columns, x: Int, y: Int, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let dates = strings.dates
        let isPast = !event.isUpcoming(today: state.moment.today)
        let base = isPast ? theme.pastEvent : CellStyle()
        var column = x + 1
        let day = "\(dates.weekday(event.firstDay)) \(pad2(event.firstDay.day))"
        grid.write(TextFitting.pad(day, to: columns.day), x: column, y: y, style: base, maxWidth: columns.day)
        column += columns.day
        let time: String
        if event.isMultiDay {
            let last = event.lastDay
            time = strings.text(.multiDayUntil(last))
        } else {
            time = event.start.time?.description ?? strings.allDay
        }
        grid.write(TextFitting.pad(time, to: columns.time), x: column, y: y, style: base, maxWidth: columns.time)
        column += columns.time + 1
        if columns.kind > 0 {
            var style = theme.kind(event.kind)
            style.dim = isPast
            grid.write(TextFitting.pad(strings.kind(event.kind), to: columns.kind), x: column, y: y, style: style, maxWidth: columns.kind)
            column += columns.kind + 1
        }
        let title = Self.title(of: event, strings: strings)
        var titleStyle = base
        titleStyle.bold = event.status == .scheduled && !isPast && !theme.isMonochrome ? false : titleStyle.bold
        grid.write(TextFitting.pad(title, to: columns.title), x: column, y: y, style: titleStyle, maxWidth: columns.title)
        column += columns.title + 1
        if columns.pending > 0 {
            // A form begun, inscriptions waiting for a decision: the work to do.
            let text = TextFitting.truncate(Self.marks(of: event, state: state), to: columns.pending)
            grid.write(text, x: column + columns.pending - DisplayWidth.of(text), y: y, style: theme.emphasis)
            column += columns.pending + 1
        }
        if columns.state > 0 {
            let availability = state.availability(of: event)
            let text = strings.availabilityShort(availability)
            let padded = String(repeating: " ", count: max(0, columns.state - DisplayWidth.of(TextFitting.truncate(text, to: columns.state))))
                + TextFitting.truncate(text, to: columns.state)
            grid.write(padded, x: column, y: y, style: theme.availability(availability), maxWidth: columns.state)
        }
    }

    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

