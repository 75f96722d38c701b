import AgendaModel
import AgendaWords

/// The agenda's keys (and its detail pane's): moving, paging, opening the other screens.
extension AgendaState {
    mutating func handleAgendaKey(_ key: Key) -> [Effect] {
        guard let action = keys.action(for: key, in: focus.keyContext) else {
            sayKeyDoesNothing(key)
            return []
        }
        return perform(action)
    }

    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .help:
            // The agenda's keys follow the ones of everywhere, at the top; the detail's are further.
            open(.help(top: focus == .detail ? HelpView.firstLine(of: .detail, strings: strings, keys: keys) : 0))
        case .quit:
            if focus == .agenda { return effectsBeforeQuitting + [.quit] }
            agendaScreen.focus = .agenda
        case .back:
            if focus != .agenda {
                agendaScreen.focus = .agenda
            } else if !filter.search.isEmpty {
                var cleared = filter
                cleared.search = ""
                setFilter(cleared)
            }
        case .nextPane, .previousPane:
            agendaScreen.focus = focus == .agenda ? .detail : .agenda
            clampDetailScroll()
        case .register:
            openForm()
        case .openTriage:
            if let event = selectedEvent { openTriage(scope: .event(event.id)) }
        case .openAllTriage:
            openTriage(scope: .all)
        case .openOutbox:
            return [.loadOutbox]
        case .exportCalendar:
            if let event = selectedEvent { return [.exportEvent(event)] }
        case .newEvent: openNewEvent()
        case .editEvent: openEventEdit()
        case .duplicateEvent: openEventDuplicate()
        case .nextField, .previousField, .toggleOption, .submitForm, .leaveForm, .openExisting, .keepText, .cancelText,
             .deleteBackward, .deleteForward, .cursorLeft, .cursorRight, .cursorHome, .cursorEnd, .eraseText, .clearFilters,
             .close, .confirm, .refuse,
             .approve, .waitlist, .decline, .cancel, .tag, .tagAll, .untagAll, .bulk, .undo, .redo, .cycleStatusFilter,
             .searchInscriptions, .editNote, .showInscription, .exportInscriptions, .correctDetails, .eraseInscription, .newLine, .keepNote, .composeMessage, .queueMessages, .nextMessage, .editMessage, .sendOutbox, .editInEditor:
            break
        case .redraw:
            return [.repaint]
        case .moveDown: moveSelection(by: 1)
        case .moveUp: moveSelection(by: -1)
        case .pageDown:
            if focus == .detail { scrollDetail(by: detailPageSize - 1) } else { moveSelection(byRows: agendaPageSize) }
        case .pageUp:
            if focus == .detail { scrollDetail(by: -(detailPageSize - 1)) } else { moveSelection(byRows: -agendaPageSize) }
        case .first:
            if focus == .detail { detailTop = 0 } else { select(0) }
        case .last:
            if focus == .detail { scrollDetail(by: Int.max / 2) } else { select(events.count - 1) }
        case .today:
            if filter.timeframe == .past {
                var upcoming = filter
                upcoming.timeframe = .upcoming
                setFilter(upcoming)
            }
            selectToday()
        case .openDetail:
            guard selectedEvent != nil else { break }
            agendaScreen.focus = .detail
            clampDetailScroll()
        case .startSearch:
            // The search is typed in the agenda's pane, whichever pane had the keys.
            agendaScreen.focus = .agenda
            startSearch()
        case .openFilter:
            open(.filterMenu(cursor: 0))
        case .togglePast:
            var toggled = filter
            toggled.timeframe = filter.timeframe == .past ? .upcoming : .past
            setFilter(toggled)
            if selectedIndex == nil || filter.timeframe == .upcoming { selectToday() }
        case .scrollDown: scrollDetail(by: 1)
        case .scrollUp: scrollDetail(by: -1)
        }
        return []
    }

    mutating func moveSelection(by delta: Int) {
        guard let selectedIndex else { return select(events.isEmpty ? nil : 0) }
        select(min(max(0, selectedIndex + delta), events.count - 1))
    }

    /// Moves by a page of rows (headings count), landing on the nearest event.
    mutating func moveSelection(byRows delta: Int) {
        guard let selectedIndex, !rows.isEmpty else { return }
        let target = min(max(0, row(ofEvent: selectedIndex) + delta), rows.count - 1)
        var index = selectedIndex
        // Rows grow with events: binary searches, not a walk through a national catalogue.
        if delta > 0 {
            index = max(selectedIndex, firstEvent(withRowAbove: target) - 1)
            if index == selectedIndex, selectedIndex < events.count - 1 { index += 1 }
        } else {
            index = min(selectedIndex, firstEvent(withRowAbove: target - 1))
            if index == selectedIndex, selectedIndex > 0 { index -= 1 }
        }
        select(index)
        // A page moves the view by a page too, as in every pager.
        agendaTop = max(0, min(agendaTop + delta, max(0, rows.count - agendaPageSize)))
        scrollAgendaToSelection()
    }

    /// The first event whose row is after `row` (`events.count` when none is).
    func firstEvent(withRowAbove row: Int) -> Int {
        var low = 0, high = events.count
        while low < high {
            let middle = (low + high) / 2
            if self.row(ofEvent: middle) <= row { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
