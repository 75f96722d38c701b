import AgendaModel
import AgendaWords

/// Keys of the triage list: decide, tag, act on the tagged ones, undo, filter, search, notes.
extension AgendaState {
    mutating func openTriage(scope: TriageList.Scope) {
        var list = TriageList(scope: scope, registrations: registrations)
        list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
        list.prepareSearch(registrations, index: registrationIndex, catalogue: catalogue)
        open(.triage(list))
    }

    /// Rows the triage pane shows at once (its header takes five lines).
    var triagePageSize: Int {
        let layout = ScreenLayout(width: width, height: height, focus: .triage)
        return max(1, (layout.panel?.height ?? 6) - 5)
    }

    mutating func handleTriageKey(_ key: Key) -> [Effect] {
        guard var list = triage else { return [] }
        defer { if triage != nil { scrollTriageToCursor() } }
        if let confirmation = list.confirmation {
            list.confirmation = nil
            triage = list
            guard keys.action(for: key, in: .confirmation) == .confirm else {
                message = strings.text(.nothingChanged)
                return []
            }
            switch confirmation {
            case .approveBeyondCapacity(let ids, _, let bulk):
                return decide(.approved, ids: ids, bulk: bulk, confirmed: true)
            case .promote(let id):
                return decide(.approved, ids: [id], bulk: false, confirmed: true, promotion: true)
            case .erase(let id):
                return erase(id)
            }
        }
        if var input = list.noteInput {
            // A note may hold several lines: Enter breaks the line, and the note's own key keeps it.
            switch keys.action(for: key, in: .noteEditor) {
            case .newLine?:
                input.insertLineBreak()
                list.noteInput = input
                triage = list
                return []
            case .keepNote?:
                list.noteInput = nil
                triage = list
                return saveNote(input.text)
            case .moveUp?, .moveDown?:
                input.moveLine(by: keys.action(for: key, in: .noteEditor) == .moveUp ? -1 : 1)
                list.noteInput = input
                triage = list
                return []
            default:
                // Home and End act on the line, as in any editor of several lines.
                if let edge = keys.action(for: key, in: .textInput), edge == .cursorHome || edge == .cursorEnd {
                    input.moveToLineEdge(end: edge == .cursorEnd)
                    list.noteInput = input
                    triage = list
                    return []
                }
            }
            switch input.handle(key, keys: keys) {
            case .kept:
                list.noteInput = nil
                triage = list
                return saveNote(input.text)
            case .cancelled: list.noteInput = nil
            case .edited: list.noteInput = input
            case .action(.redraw): return [.repaint]
            case .action, .ignored: break
            }
            triage = list
            return []
        }
        if var input = list.searchInput {
            switch input.handle(key, keys: keys, closesWhenEmpty: true) {
            case .kept: list.searchInput = nil
            case .cancelled:
                list.searchInput = nil
                list.search = ""
            case .edited:
                list.searchInput = input
                list.search = input.text
            case .action(.moveDown): list.cursor = min(list.cursor + 1, max(0, list.rows.count - 1))
            case .action(.moveUp): list.cursor = max(list.cursor - 1, 0)
            case .action(.redraw): return [.repaint]
            case .action, .ignored: break
            }
            list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
            triage = list
            return []
        }
        if list.awaitsBulkStatus {
            list.awaitsBulkStatus = false
            triage = list
            // The second key is a decision's own key: rebound, it is rebound here too.
            let status: RegistrationStatus?
            switch keys.action(for: key, in: .triage) {
            case .approve?: status = .approved
            case .waitlist?: status = .waitlisted
            case .decline?: status = .declined
            case .cancel?: status = .cancelled
            default: status = nil
            }
            guard let status else {
                message = strings.text(.bulkAbandoned)
                return []
            }
            let ids = list.rows.filter(list.tagged.contains)
            guard !ids.isEmpty else {
                message = strings.text(.noneTagged(tag: keyName(.tag, .triage)))
                return []
            }
            return decide(status, ids: ids, bulk: true)
        }

        guard let action = keys.action(for: key, in: .triage) else {
            sayKeyDoesNothing(key)
            return []
        }
        switch action {
        case .moveDown: list.cursor = min(list.cursor + 1, max(0, list.rows.count - 1))
        case .moveUp: list.cursor = max(list.cursor - 1, 0)
        case .pageDown: list.cursor = min(list.cursor + triagePageSize, max(0, list.rows.count - 1))
        case .pageUp: list.cursor = max(list.cursor - triagePageSize, 0)
        case .first: list.cursor = 0
        case .last: list.cursor = max(0, list.rows.count - 1)
        case .approve, .waitlist, .decline, .cancel:
            guard let id = list.cursorID else { return [] }
            triage = list
            return decide(status(of: action), ids: [id], bulk: false)
        case .tag:
            if let id = list.cursorID {
                if list.tagged.contains(id) { list.tagged.remove(id) } else { list.tagged.insert(id) }
                list.cursor = min(list.cursor + 1, max(0, list.rows.count - 1))
            }
        case .tagAll:
            list.tagged.formUnion(list.rows)
            message = strings.text(.taggedCount(list.tagged.count))
        case .untagAll:
            list.tagged = []
            message = strings.text(.tagsCleared)
        case .bulk:
            list.awaitsBulkStatus = true
            message = strings.text(.bulkPrompt(bulk: keyName(.bulk, .triage), approve: keyName(.approve, .triage),
                                               waitlist: keyName(.waitlist, .triage), decline: keyName(.decline, .triage),
                                               cancel: keyName(.cancel, .triage), tagged: list.tagged.count))
        case .undo, .redo:
            if storeIsReadOnly {
                message = strings.text(.storeIsReadOnly)
                return []
            }
            return revert(undoing: action == .undo)
        case .cycleStatusFilter:
            let order: [RegistrationStatus?] = [nil] + RegistrationStatus.allCases.map(Optional.some)
            let position = order.firstIndex(of: list.statusFilter) ?? 0
            list.statusFilter = order[(position + 1) % order.count]
            list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
        case .searchInscriptions:
            list.searchInput = TextInput(list.search)
        case .editNote:
            if let id = list.cursorID, let index = registrationIndex[id] { list.noteInput = TextInput(registrations[index].note) }
        case .showInscription:
            if let id = list.cursorID { open(.inscription(id: id)) }
        case .exportInscriptions:
            return exportInscriptions(list.scope)
        case .openOutbox:
            triage = list
            return [.loadOutbox]
        case .composeMessage:
            triage = list
            composeMessages()
            return []
        case .eraseInscription:
            if storeIsReadOnly {
                message = strings.text(.storeIsReadOnly)
            } else if let id = list.cursorID, let index = registrationIndex[id] {
                list.confirmation = .erase(registrationID: id)
                message = strings.text(.eraseQuestion(name: TerminalSafeText.sanitize(registrations[index].participant.fullName),
                                                      yes: keyName(.confirm, .confirmation), no: keyName(.refuse, .confirmation)))
            }
        case .correctDetails:
            if let id = list.cursorID, let index = registrationIndex[id] {
                triage = list
                openCorrection(of: registrations[index])
                return []
            }
        case .back, .quit:
            // One step back at a time: the tags, then (Esc) the search kept, then the list.
            if !list.tagged.isEmpty {
                list.tagged = []
                message = strings.text(.tagsCleared)
            } else if action == .back, !list.search.isEmpty {
                list.search = ""
                list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
                message = strings.text(.searchCleared)
            } else {
                closeTop()
                return []
            }
        case .help:
            open(.help(top: HelpView.firstLine(of: .triage, strings: strings, keys: keys)))
        case .redraw:
            return [.repaint]
        default:
            break
        }
        triage = list
        return []
    }

    private func status(of action: Action) -> RegistrationStatus {
        switch action {
        case .approve: return .approved
        case .waitlist: return .waitlisted
        case .decline: return .declined
        default: return .cancelled
        }
    }

    /// Applies a status, after asking when approving goes beyond capacity; then offers a
    /// freed seat to the first on the waiting list.
    mutating func decide(_ status: RegistrationStatus, ids: [String], bulk: Bool, confirmed: Bool = false,
                         promotion: Bool = false) -> [Effect] {
        guard var list = triage else { return [] }
        if storeIsReadOnly {
            message = strings.text(.storeIsReadOnly)
            return []
        }
        if status == .approved, !confirmed {
            // Those approved already take no new seat: "already approved" comes before any question.
            let toApprove = ids.filter { registrationIndex[$0].map { registrations[$0].status != .approved } ?? false }
            let excess = eventsOf(toApprove).compactMap { event in
                Triage.excessIfApproved(toApprove.filter { registrationIndex[$0].map { registrations[$0].eventId } == event.id }, event: event,
                                        registrations: registrations)
            }.max()
            if let excess {
                list.confirmation = .approveBeyondCapacity(ids: ids, excess: excess, bulk: bulk)
                triage = list
                message = strings.text(.beyondCapacity(excess: excess, yes: keyName(.confirm, .confirmation), no: keyName(.refuse, .confirmation)))
                return []
            }
        }
        let wasApproved = Set(ids.filter { registrationIndex[$0].map { registrations[$0].status == .approved } ?? false })
        let approvedBefore = eventsOf(Array(wasApproved)).first.map { Triage.approvedCount(of: $0, in: registrations) } ?? 0
        let (historyBefore, listBefore) = (triageHistory, list)
        let moment = now()
        let report = Triage.apply(status, to: ids, in: &registrations, at: moment)
        triageHistory.record(report.step)
        let cursorWas = list.cursor
        list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
        if bulk {
            list.tagged = []
            message = strings.text(.bulkDecided(changed: report.changed.count, skipped: report.skipped.count, status: status))
        } else if !promotion {
            // The cursor moves on to the next inscription, as in a mail reader.
            if list.rows.count > 0, list.cursorID.flatMap({ ids.contains($0) ? $0 : nil }) != nil {
                list.cursor = min(cursorWas + 1, list.rows.count - 1)
            }
            if let changed = report.changed.first {
                let name = changed.participant.fullName
                message = strings.text(.decided(name: TerminalSafeText.sanitize(name), status: status))
            } else {
                let name = ids.first.flatMap { registrationIndex[$0] }.map { registrations[$0].participant.fullName } ?? ""
                message = strings.text(.alreadyStatus(name: TerminalSafeText.sanitize(name), status))
            }
        } else if let changed = report.changed.first {
            message = strings.text(.promoted(name: TerminalSafeText.sanitize(changed.participant.fullName)))
        }
        // A seat freed by declining or cancelling an approved inscription: offer it.
        if status == .declined || status == .cancelled, !wasApproved.isEmpty,
           let event = eventsOf(Array(wasApproved)).first,
           let candidate = Triage.promotionCandidate(for: event, approvedBefore: approvedBefore, registrations: registrations) {
            list.confirmation = .promote(registrationID: candidate.id)
            let name = TerminalSafeText.sanitize(candidate.participant.fullName)
            message = (message.map { $0 + " " } ?? "") + strings.text(.offerSeat(name: name, yes: keyName(.confirm, .confirmation), no: keyName(.refuse, .confirmation)))
        }
        triage = list
        // Written as decisions on the inscriptions as the store holds them: another program's
        // decision in between is not overwritten (`settle` says so).
        let edits = report.step.before.map { RegistrationEdit(id: $0.id, seen: $0, kind: .decide(status, note: nil)) }
        guard !report.changed.isEmpty else { return [] }
        var effects: [Effect] = [.updateRegistrations(RegistrationChange(edits: edits, at: moment, settles: .done, before: report.step.before,
                                                                          historyBefore: historyBefore, listBefore: listBefore))]
        // `[mail] on-decision`: the decision's messages queued at once, or shown to be queued,
        // unless a question (a freed seat) waits for its answer.
        if mailSender != nil, mailOnDecision != .off, triage?.confirmation == nil {
            let preview = messagePreview(for: report.changed.map(\.id))
            if let preview, !preview.messages.isEmpty {
                if mailOnDecision == .queue {
                    queuedMessageCount += preview.messages.count
                    effects.append(.queueMessages(preview.messages))
                } else {
                    open(.message(preview))
                }
            }
        }
        return effects
    }

    private func eventsOf(_ ids: [String]) -> [Event] {
        var seen = Set<String>()
        var events: [Event] = []
        for id in ids {
            guard let index = registrationIndex[id] else { continue }
            let eventID = registrations[index].eventId
            if seen.insert(eventID).inserted, let event = catalogue.event(id: eventID) { events.append(event) }
        }
        return events
    }

    /// Takes the registration off the screen and out of the undo history (which must not bring
    /// it back), then has the store erase it.
    mutating func erase(_ id: String) -> [Effect] {
        guard let index = registrationIndex[id] else { return [] }
        let erased = registrations[index]
        registrations.remove(at: index)
        triageHistory = TriageHistory()
        erasedCounts[erased.eventId, default: 0] += 1
        refreshAllTriageLists()
        return [.eraseRegistration(erased)]
    }

    mutating func saveNote(_ note: String) -> [Effect] {
        if storeIsReadOnly {
            message = strings.text(.storeIsReadOnly)
            return []
        }
        let (historyBefore, listBefore) = (triageHistory, triage)
        let moment = now()
        guard var list = triage, let id = list.cursorID,
              let step = Triage.setNote(note, of: id, in: &registrations, at: moment) else { return [] }
        triageHistory.record(step)
        list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
        triage = list
        message = strings.text(.noteSaved)
        let edits = step.before.map { RegistrationEdit(id: $0.id, seen: $0, kind: .setNote(note)) }
        return [.updateRegistrations(RegistrationChange(edits: edits, at: moment, settles: .done, before: step.before,
                                                        historyBefore: historyBefore, listBefore: listBefore))]
    }

    /// Undoes or redoes this program's last change, only if every inscription it touched is
    /// still as that change left it: a new history entry each, never a removal.
    mutating func revert(undoing: Bool) -> [Effect] {
        guard var list = triage else { return [] }
        let (historyBefore, listBefore) = (triageHistory, list)
        guard let step = undoing ? triageHistory.undo() : triageHistory.redo() else {
            message = strings.text(undoing ? .nothingToUndo : .nothingToRedo)
            return []
        }
        let moment = now()
        let edits = step.edits(undoing: undoing)
        let before = edits.compactMap { edit in registrationIndex[edit.id].map { registrations[$0] } }
        let outcome = Triage.apply(edits, in: &registrations, index: registrationIndex, at: moment, allOrNothing: true)
        if let conflict = outcome.conflicts.first {
            triageHistory = historyBefore
            let name = conflict.current.map { TerminalSafeText.sanitize($0.participant.fullName) } ?? ""
            message = strings.text(.cannotRevert(undo: undoing, name: name, others: outcome.conflicts.count - 1))
            return []
        }
        if undoing { triageHistory.settleLastUndone(outcome.written) } else { triageHistory.settleLastDone(outcome.written) }
        list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
        triage = list
        if outcome.written.count == 1, let one = outcome.written.first {
            let name = TerminalSafeText.sanitize(one.participant.fullName)
            message = strings.text(undoing ? .undoneOne(name: name, status: one.status) : .redoneOne(name: name, status: one.status))
        } else {
            message = strings.text(undoing ? .undone(edits.count) : .redone(edits.count))
        }
        return [.updateRegistrations(RegistrationChange(edits: edits, at: moment, allOrNothing: true,
                                                        settles: undoing ? .undone : .done, before: before,
                                                        historyBefore: historyBefore, listBefore: listBefore))]
    }

    mutating func scrollTriageToCursor() {
        guard var list = triage else { return }
        let page = triagePageSize
        if list.cursor < list.top { list.top = list.cursor }
        if list.cursor >= list.top + page { list.top = list.cursor - page + 1 }
        list.top = max(0, min(list.top, max(0, list.rows.count - page)))
        triage = list
    }
}
