import AgendaModel
import AgendaWords

/// Key handling: a pure function of the state and a key, returning the effects for the loop.
extension AgendaState {
    public mutating func handle(_ key: Key) -> [Effect] {
        if case .resize(let width, let height) = key {
            resize(width: width, height: height)
            return []
        }
        message = nil
        switch mode {
        case .searching: return handleSearchKey(key)
        case .filterMenu(let cursor): return handleFilterMenuKey(key, cursor: cursor)
        case .help(let top): return handleHelpKey(key, top: top)
        case .viewingRegistration: return handleViewingKey(key)
        case .normal: break
        }
        // A screen too small to show anything still takes every key: in a storm of resizes the
        // keys typed meanwhile may be read while the last size known is a tiny one.
        if focus == .form { return handleFormKey(key) }
        if focus == .triage { return handleTriageKey(key) }
        guard let action = keys.action(for: key, in: focus.keyContext) else { return [] }
        return perform(action)
    }

    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .help:
            mode = .help(top: 0)
        case .quit:
            if focus == .agenda { return effectsBeforeQuitting + [.quit] }
            focus = .agenda
        case .back:
            if focus != .agenda {
                focus = .agenda
            } else if !filter.search.isEmpty {
                var cleared = filter
                cleared.search = ""
                setFilter(cleared)
            }
        case .nextPane, .previousPane:
            focus = focus == .agenda ? .detail : .agenda
            clampDetailScroll()
        case .register:
            openForm()
        case .openTriage:
            if let event = selectedEvent { openTriage(scope: .event(event.id)) }
        case .openAllTriage:
            openTriage(scope: .all)
        case .exportCalendar:
            if let event = selectedEvent { return [.exportEvent(event)] }
        case .nextField, .previousField, .toggleOption, .submitForm, .leaveForm, .openExisting, .keepText, .cancelText,
             .deleteBackward, .deleteForward, .cursorLeft, .cursorRight, .cursorHome, .cursorEnd, .eraseText, .clearFilters,
             .close, .confirm, .refuse,
             .approve, .waitlist, .decline, .cancel, .tag, .bulk, .undo, .redo, .cycleStatusFilter,
             .searchInscriptions, .editNote, .showInscription:
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
            focus = .detail
            clampDetailScroll()
        case .startSearch:
            mode = .searching
        case .openFilter:
            mode = .filterMenu(cursor: 0)
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

    // MARK: - Search

    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        var edited = filter
        switch keys.action(for: key, in: .textInput) {
        case .keepText?:
            mode = .normal
            return []
        case .cancelText?:
            mode = .normal
            edited.search = ""
        case .deleteBackward?:
            if edited.search.isEmpty { mode = .normal } else { edited.search.removeLast() }
        case .eraseText?:
            edited.search = ""
        case .moveDown?:
            moveSelection(by: 1)
            return []
        case .moveUp?:
            moveSelection(by: -1)
            return []
        case .redraw?:
            return [.repaint]
        case nil:
            guard case .character(let character) = key,
                  !character.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0) }) else { return [] }
            edited.search.append(character)
        default:
            return []
        }
        setFilter(edited)
        return []
    }

    // MARK: - Filter menu

    mutating func handleFilterMenuKey(_ key: Key, cursor: Int) -> [Effect] {
        let count = filterMenu.items.count
        switch keys.action(for: key, in: .filterMenu) {
        case .moveDown?:
            mode = .filterMenu(cursor: min(cursor + 1, max(0, count - 1)))
        case .moveUp?:
            mode = .filterMenu(cursor: max(cursor - 1, 0))
        case .first?:
            mode = .filterMenu(cursor: 0)
        case .last?:
            mode = .filterMenu(cursor: max(0, count - 1))
        case .toggleOption?:
            guard cursor < count else { break }
            var edited = filter
            FilterMenu.toggle(filterMenu.items[cursor], in: &edited)
            setFilter(edited)
        case .clearFilters?:
            var cleared = filter
            cleared.kinds = []
            cleared.themes = []
            cleared.countryGroups = []
            cleared.statuses = []
            setFilter(cleared)
        case .close?:
            mode = .normal
        case .redraw?:
            return [.repaint]
        default:
            break
        }
        return []
    }

    // MARK: - Help

    mutating func handleHelpKey(_ key: Key, top: Int) -> [Effect] {
        let lines = HelpView.lines(strings: strings, keys: keys).count
        let page = max(1, height - 4)
        let maxTop = max(0, lines - page)
        switch keys.action(for: key, in: .help) {
        case .scrollDown?: mode = .help(top: min(top + 1, maxTop))
        case .scrollUp?: mode = .help(top: max(top - 1, 0))
        case .pageDown?: mode = .help(top: min(top + page, maxTop))
        case .pageUp?: mode = .help(top: max(top - page, 0))
        case .redraw?: return [.repaint]
        case .close?: mode = .normal
        default: break
        }
        return []
    }
}
