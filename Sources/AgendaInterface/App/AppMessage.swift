import AgendaModel
import AgendaWords

/// Everything that reaches the state: a key, a new size, the clock's time, an effect that
/// failed. `AgendaState.update` is the one way in; the loop only turns the world into these.
public enum AppMessage: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The injected clock's time: sent after every key and about once a second.
    case tick(Moment)
    /// An effect the loop could not carry out, with the sentence that says what failed and
    /// what to do.
    case failed(Effect, reason: String)
    /// A write of registrations done: what the store wrote and refused, and what it holds now.
    case stored(Effect, StoreWrite)
    /// Another program changed the store: every registration, as it holds them now.
    case storeChanged([Registration])
    /// The store can no longer be read (another program left it so): why.
    case storeUnreadable(reason: String)
    /// The text as the editor left it; nil when the editor could not be run or failed.
    case editedOutside(String?)
    /// The outbox as it is; after a send, how many went and the errors of those that did not.
    case outboxRead([QueuedMessage], failures: [String: String], sent: Int?)
    /// An event from the editor is in the catalogue file.
    case eventWritten(EventSave)
    /// The catalogue file changed since it was read: the catalogue as it is now, and the save
    /// that was not written over it.
    case catalogueChanged(Catalogue, unsaved: EventSave)
    /// Another program changed the catalogue file: the catalogue as it is now.
    case catalogueReloaded(Catalogue)
}

extension AgendaState {
    public mutating func update(_ message: AppMessage) -> [Effect] {
        switch message {
        case .key(let key):
            return handle(key)
        case .resize(let width, let height):
            return handle(.resize(width: width, height: height))
        case .tick(let moment):
            return advance(to: moment)
        case .failed(let effect, let reason):
            rollBack(effect, reason: reason)
            return []
        case .stored(let effect, let write):
            settle(effect, write)
            return []
        case .storeChanged(let registrations):
            adoptChangesFromElsewhere(registrations)
            return []
        case .storeUnreadable(let reason):
            storeBecameUnreadable(reason)
            return []
        case .editedOutside(let text):
            if case .eventEditor = topScreen { fieldEditedOutside(text) } else { messageEdited(text) }
            return []
        case .outboxRead(let messages, let failures, let sent):
            showOutbox(messages, failures: failures, sent: sent)
            return []
        case .eventWritten(let save):
            eventSaved(save)
            return []
        case .catalogueChanged(let catalogue, let save):
            catalogueChangedOnDisk(catalogue, unsaved: save)
            return []
        case .catalogueReloaded(let catalogue):
            catalogueChangedElsewhere(catalogue)
            return []
        }
    }

    /// The clock moved on: a new day moves "today" (the agenda, the deadlines), and a draft
    /// changed a second ago or more is written.
    mutating func advance(to moment: Moment) -> [Effect] {
        if moment.today != self.moment.today { changeDay(to: moment) }
        self.moment = moment
        guard let pending = pendingDraft, moment.instant - lastDraftSave >= 1 else { return [] }
        lastDraftSave = moment.instant
        // Taken as saved: should the write fail, the next change tries again rather than the
        // loop retrying without pause.
        draftSaved()
        return [.saveDraft(eventID: pending.eventID, draft: pending.draft)]
    }

    /// Puts the screen back as the store still has it, and says why.
    mutating func rollBack(_ effect: Effect, reason: String) {
        switch effect {
        case .updateRegistrations(let change):
            restore(change.before)
            triageHistory = change.historyBefore
            if triage != nil, var list = change.listBefore ?? triage {
                list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
                list.confirmation = nil
                list.awaitsBulkStatus = false
                triage = list
            }
            message = strings.text(.notSaved(reason))
        case .saveRegistration(let registration):
            registrationNotSaved(registration, reason: reason)
        case .queueMessages(let messages):
            queuedMessageCount = max(0, queuedMessageCount - messages.count)
            message = strings.text(.notSaved(reason))
        case .eraseRegistration(let registration):
            restore([registration])
            erasedCounts[registration.eventId, default: 1] -= 1
            message = strings.text(.notSaved(reason))
        case .saveEvent(let save):
            eventNotSaved(save, reason: reason)
        case .saveDraft, .removeDraft, .exportEvent, .exportInscriptions, .editOutside, .loadOutbox, .sendOutbox, .quit, .repaint:
            message = reason
        }
    }
}
