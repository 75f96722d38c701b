import AgendaModel
import AgendaWords

/// The title bar (publisher, today, filter in force) and the status bar (keys and messages).
enum BarsView {
    static func drawTitleBar(_ state: AgendaState, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: theme.titleBar)
        let name = " agenda"
        var left = name
        if let publisher = state.catalogue.publisher { left += " — " + TerminalSafeText.sanitize(publisher) }
        if state.storeIsReadOnly { left += strings.text(.readOnlyStore) }
        // The program's name and the publisher first, then today (short when it must be), then
        // the filter in force in what is left.
        var today = strings.text(.today(strings.dates.fullDate(state.moment.today))) + " "
        if DisplayWidth.of(name) + 1 + DisplayWidth.of(today) > grid.width {
            today = strings.text(.shortDate(state.moment.today)) + " "
        }
        let filters = filterSummary(state)
        // Messages waiting in the outbox: the coordinator sees there is mail to send.
        if state.queuedMessageCount > 0 {
            let waiting = "✉ " + strings.text(.messagesWaiting(state.queuedMessageCount)) + " · "
            if DisplayWidth.of(left) + DisplayWidth.of(waiting + today) + 2 <= grid.width { today = waiting + today }
        }
        let room = grid.width - DisplayWidth.of(today)
        var right = today
        if !filters.isEmpty {
            // Only in the room the name and the publisher leave whole.
            let free = room - DisplayWidth.of(left) - 4
            if free >= 8 { right = TextFitting.truncate(filters, to: free) + " · " + today }
        }
        let rightWidth = DisplayWidth.of(right)
        grid.write(TextFitting.truncate(left, to: max(0, grid.width - rightWidth - 1)), x: 0, y: 0, style: theme.titleBar)
        if rightWidth < grid.width {
            grid.write(right, x: grid.width - rightWidth, y: 0, style: theme.titleBar)
        }
    }

    /// "recherche « armenie » · type : webinaire, atelier · thème : Sahel".
    static func filterSummary(_ state: AgendaState) -> String {
        let strings = state.strings
        let filter = state.filter
        var parts: [String] = []
        if !filter.search.isEmpty { parts.append(strings.text(.filterSummary(.search(TerminalSafeText.sanitize(filter.search))))) }
        if !filter.kinds.isEmpty {
            parts.append(strings.text(.filterSummary(.kinds(filter.kinds.sorted().map { strings.kind(EventKind(rawValue: $0)) }.joined(separator: ", ")))))
        }
        if !filter.themes.isEmpty { parts.append(strings.text(.filterSummary(.themes(filter.themes.sorted().joined(separator: ", "))))) }
        if !filter.countryGroups.isEmpty {
            parts.append(strings.text(.filterSummary(.countryGroups(filter.countryGroups.sorted().joined(separator: ", ")))))
        }
        if !filter.statuses.isEmpty {
            parts.append(strings.text(.filterSummary(.statuses(filter.statuses.map { strings.status($0) }.sorted().joined(separator: ", ")))))
        }
        return TerminalSafeText.sanitize(parts.joined(separator: " · "))
    }

    static func drawStatusBar(_ state: AgendaState, into grid: inout Grid) {
        let theme = state.theme
        let y = grid.height - 1
        let strings = state.strings
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: theme.statusBar)
        switch state.mode {
        case .searching:
            let typed = state.agendaScreen.search ?? TextInput(state.filter.search)
            let prompt = "/" + TerminalSafeText.sanitize(typed.withCursor)
            let hint = strings.text(.searchHint(keep: state.keyName(.keepText, .textInput), clear: state.keyName(.cancelText, .textInput)))
            // A visible cursor drawn in the grid (the block): the terminal cursor stays hidden.
            let used = grid.write(" " + prompt, x: 0, y: y, style: theme.statusBar, maxWidth: grid.width)
            grid.write(hint, x: used, y: y, style: theme.statusBar, maxWidth: max(0, grid.width - used))
            return
        case .filterMenu:
            let text = strings.text(.filterMenuHint(toggle: state.keyName(.toggleOption, .filterMenu),
                                                     clear: state.keyName(.clearFilters, .filterMenu),
                                                     close: state.eitherKey(.close, .filterMenu, count: 2)))
            grid.write(text, x: 0, y: y, style: theme.statusBar, maxWidth: grid.width)
            return
        case .help:
            let scroll = state.keyName(.scrollDown, .help) + "/" + state.keyName(.scrollUp, .help)
            let text = strings.text(.helpHint(scroll: scroll, close: state.eitherKey(.close, .help, count: 3)))
            grid.write(text, x: 0, y: y, style: theme.statusBar, maxWidth: grid.width)
            return
        case .viewingOutbox, .previewingMessage:
            // What the last key did (sent, edited), else the keys of the window.
            let hint = state.mode == .viewingOutbox
                ? strings.text(.outboxHint(send: state.keyName(.sendOutbox, .outbox), close: state.keyName(.close, .outbox)))
                : strings.text(.messageHint(queue: state.keyName(.queueMessages, .message), drop: state.keyName(.close, .message),
                                            next: state.keyName(.nextMessage, .message), edit: state.keyName(.editMessage, .message)))
            grid.write(state.message.map { " " + TerminalSafeText.sanitize($0) } ?? hint, x: 0, y: y, style: theme.statusBar,
                       maxWidth: grid.width)
            return
        case .viewingRegistration:
            grid.write(strings.text(.popupHint(close: state.keyName(.close, .popup))), x: 0, y: y, style: theme.statusBar, maxWidth: grid.width)
            return
        case .normal:
            break
        }
        if let message = state.message {
            grid.write(" " + TerminalSafeText.sanitize(message), x: 0, y: y, style: theme.statusBar, maxWidth: grid.width)
            return
        }
        grid.write(hintLine(state, width: grid.width), x: 0, y: y, style: theme.statusBar, maxWidth: grid.width)
    }

    /// The keys of the pane with the keyboard, each with its short label: whole hints only,
    /// those that do not fit dropped from the end (the pane's own closing words are kept).
    static func hintLine(_ state: AgendaState, width: Int) -> String {
        let strings = state.strings
        if let list = state.triage, state.focus == .triage, list.isTypingSearch || list.noteInput != nil {
            // The keys that act on the text: the triage's own (a, w, x…) are letters typed now.
            let move = state.keyName(.cursorLeft, .textInput) + "/" + state.keyName(.cursorRight, .textInput)
            let isNote = list.noteInput != nil
            var shown = [strings.text(.typingHintKeep(isNote ? state.keyName(.keepNote, .noteEditor) : state.keyName(.keepText, .textInput)))]
            if isNote { shown.append(strings.text(.typingHintNewLine(state.keyName(.newLine, .noteEditor)))) }
            shown += [strings.text(.typingHintCancel(state.keyName(.cancelText, .textInput))),
                      strings.text(.typingHintMove(move)), strings.text(.typingHintErase(state.keyName(.eraseText, .textInput)))]
            while shown.count > 1, DisplayWidth.of(" " + shown.joined(separator: "  ")) > width { shown.removeLast() }
            return " " + shown.joined(separator: "  ")
        }
        let context = state.focus.keyContext
        let hints = state.keys.bindings
            .filter { $0.hint && ($0.context == context || ($0.context == .everywhere && context != .form)) }
            .map { binding in
                // The event editor saves to the catalogue where the form submits.
                let label = binding.action == .submitForm && state.eventEditor != nil ? strings.text(.editorSaveHint) : binding.hintLabel(strings)
                return "\(binding.keys(strings.language)) \(label)"
            }
        var ending = ""
        if state.focus == .detail { ending = strings.text(.detailHint(back: state.keyName(.back, .everywhere))) }
        if state.focus == .form { ending = strings.text(.formHint(next: state.keyName(.nextField, .form), help: state.keyName(.help, .everywhere),
                                                                  quit: state.keyName(.quit, .everywhere))) }
        if DisplayWidth.of(" " + ending) > width, state.focus == .form {
            ending = strings.text(.formHintShort(next: state.keyName(.nextField, .form)))
        }
        var shown = hints
        while !shown.isEmpty, DisplayWidth.of(" " + shown.joined(separator: "  ") + ending) > width { shown.removeLast() }
        return " " + shown.joined(separator: "  ") + ending
    }
}
