import AgendaModel
import AgendaWords

/// The store as other programs change it: what a write found, another program's changes shown
/// without losing the place, a store that no longer reads.
extension AgendaState {
    /// A write of this program's done: the screen takes what the store holds (another program's
    /// changes included), the undo history what was written, and a change that no longer
    /// applied is said, never forced.
    mutating func settle(_ effect: Effect, _ write: StoreWrite) {
        if write.sawOtherChanges {
            follow(write.registrations)
        } else {
            place(write.written + write.conflicts.compactMap(\.current))
        }
        switch effect {
        case .updateRegistrations(let change):
            if change.allOrNothing, let first = write.conflicts.first {
                triageHistory = change.historyBefore
                message = strings.text(.cannotRevert(undo: change.settles == .undone, name: name(of: first),
                                                     others: write.conflicts.count - 1))
                return
            }
            switch change.settles {
            case .done: triageHistory.settleLastDone(write.written)
            case .undone: triageHistory.settleLastUndone(write.written)
            case .nothing: break
            }
            let elsewhere = write.conflicts.filter(\.isFromElsewhere)
            guard let first = elsewhere.first else { return }
            // An offer of a seat made on what is no longer so.
            if var list = triage, list.confirmation != nil {
                list.confirmation = nil
                triage = list
            }
            if elsewhere.count > 1 {
                message = strings.text(.severalChangedElsewhere(elsewhere.count))
            } else {
                say(first, editedBy: change)
            }
        case .saveRegistration(let registration):
            if !write.conflicts.isEmpty {
                registrationNotSaved(registration, reason: strings.text(.updatedElsewhere))
            }
        case .saveDraft, .removeDraft, .saveEvent, .exportEvent, .exportInscriptions, .eraseRegistration, .queueMessages, .editOutside, .loadOutbox, .sendOutbox, .quit, .repaint:
            break
        }
    }

    /// Why one edit was not made, and what the inscription is now.
    private mutating func say(_ conflict: EditConflict, editedBy change: RegistrationChange) {
        guard let current = conflict.current else {
            message = strings.text(.inscriptionGone)
            return
        }
        if conflict.reason == .noteChangedElsewhere {
            // What was typed is never lost: it comes back in the editor, over the new note.
            let typed = change.edits.lazy.compactMap { edit -> String? in
                if case .setNote(let note) = edit.kind, edit.id == conflict.id { return note }
                return nil
            }.first
            if var list = triage, list.cursorID == conflict.id, let typed {
                list.noteInput = TextInput(typed)
                triage = list
            }
            message = strings.text(.noteChangedElsewhere(name: name(of: conflict), keep: keyName(.keepText, .textInput)))
            return
        }
        let corrected = change.edits.lazy.compactMap { edit -> Registration? in
            guard edit.id == conflict.id, case .correct(let participant, let mode, let answers) = edit.kind else { return nil }
            var typed = current
            typed.participant = participant
            typed.mode = mode
            typed.answers = answers
            return typed
        }.first
        if let corrected, let event = catalogue.event(id: current.eventId) {
            // What was typed is never lost: the form comes back with it, over the version now stored.
            open(.form(RegistrationForm(correcting: current, event: event, strings: strings, typed: corrected)))
            draftIsDirty = true
            message = strings.text(.correctionOverNewVersion(name: name(of: conflict), submit: keyName(.submitForm, .form)))
            return
        }
        let when = current.history.last.map { entry in DateParsing.dateTime(entry.at).map(strings.moment) ?? entry.at } ?? ""
        message = strings.text(.decidedElsewhere(name: name(of: conflict), status: current.status,
                                                 when: TerminalSafeText.sanitize(when)))
    }

    private func name(of conflict: EditConflict) -> String {
        guard let registration = conflict.current ?? registrationIndex[conflict.id].map({ registrations[$0] }) else { return "" }
        return TerminalSafeText.sanitize(registration.participant.fullName)
    }

    /// Another program changed the store: shown at once, in place.
    mutating func adoptChangesFromElsewhere(_ registrations: [Registration]) {
        follow(registrations)
        if storeProblem != nil {
            storeProblem = nil
            storeIsReadOnly = false
        }
        message = strings.text(.updatedElsewhere)
    }

    /// The store no longer reads: nothing more is written to it until it does again. Said once.
    mutating func storeBecameUnreadable(_ reason: String) {
        guard storeProblem != reason else { return }
        storeProblem = reason
        storeIsReadOnly = true
        message = reason
    }

    /// Opens read-only on a store that did not read at the start, for `reason`.
    public mutating func openReadOnly(reason: String) {
        storeProblem = reason
        storeIsReadOnly = true
        message = reason
    }

    /// Every registration as the store holds them now, each list following with its place.
    private mutating func follow(_ new: [Registration]) {
        registrations = new
        refreshTriageLists(following: true)
    }

    /// Versions put in place of those of their ids (or added), in one change of the list.
    private mutating func place(_ versions: [Registration]) {
        var list = registrations
        var changed = false
        for version in versions {
            if let position = registrationIndex[version.id] {
                guard list[position] != version else { continue }
                list[position] = version
            } else {
                list.append(version)
            }
            changed = true
        }
        guard changed else { return }
        registrations = list
        refreshTriageLists(following: false)
    }

    /// Puts back the versions shown before a change the store refused.
    mutating func restore(_ versions: [Registration]) {
        Triage.restore(versions, in: &registrations)
    }

    mutating func refreshAllTriageLists() { refreshTriageLists(following: false) }

    private mutating func refreshTriageLists(following: Bool) {
        for position in screens.indices {
            guard case .triage(var list) = screens[position] else { continue }
            if following {
                list.follow(registrations, index: registrationIndex, catalogue: catalogue)
            } else {
                list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
            }
            screens[position] = .triage(list)
        }
    }
}
