import AgendaModel
import AgendaWords

/// The main loop: it turns the terminal and the clock into messages, gives each to the state,
/// performs the effects the state asks for, sends back those that failed, and draws. Keys that
/// arrive faster than frames are all handled before the next draw, so none is lost and typing
/// never lags behind.
public enum AppLoop {
    /// How long the loop waits for a key before asking the clock again: a draft waiting to be
    /// written is written within this of its second, a new day shows within a second.
    static let tickMilliseconds = 250
    /// Also how often the store is looked at for another program's changes: within a second.
    static let idleTickMilliseconds = 500

    public static func run(_ state: inout AgendaState, on device: TerminalDevice, keeper: RegistrationKeeper?,
                           clock: (@Sendable () -> Moment)? = nil) {
        let clock = clock ?? state.now
        var size = device.size
        if size.width != state.width || size.height != state.height {
            _ = state.update(.resize(width: size.width, height: size.height))
        }
        device.draw(ScreenRenderer.render(state))
        while true {
            let timeout = state.draftIsDirty ? tickMilliseconds : idleTickMilliseconds
            var repaint = false
            var changed = false
            if var key = device.readKey(timeoutMilliseconds: timeout) {
                changed = true
                // Drain what is already waiting before drawing again.
                for _ in 0..<256 {
                    switch deliver(.key(key), to: &state, keeper: keeper, device: device) {
                    case .quit: return
                    case .repaint: repaint = true
                    case .none: break
                    }
                    guard let next = device.readKey(timeoutMilliseconds: 0) else { break }
                    key = next
                }
            }
            let (dayBefore, messageBefore) = (state.moment.today, state.message)
            if deliver(.tick(clock()), to: &state, keeper: keeper) == .quit { return }
            if let keeper, let message = lookForChanges(keeper: keeper) {
                _ = state.update(message)
                // An unreadable store changes the screen only when first found so (its message).
                if case .storeChanged = message { changed = true }
            }
            if let keeper, let catalogue = keeper.catalogueChangedElsewhere() {
                _ = state.update(.catalogueReloaded(catalogue))
                changed = true
            }
            changed = changed || state.moment.today != dayBefore || state.message != messageBefore
            let current = device.size
            if current != size {
                size = current
                changed = true
                _ = state.update(.resize(width: size.width, height: size.height))
            }
            if repaint { device.invalidate() }
            if changed || repaint { device.draw(ScreenRenderer.render(state)) }
        }
    }

    enum Outcome { case none, repaint, quit }

    /// Gives `message` to the state and performs what it asks for, in order. An effect that
    /// fails goes back to the state as `.failed`, a write as `.stored` with what the store made
    /// of it; a registration the store refused stops the effects after it (its draft must stay).
    static func deliver(_ message: AppMessage, to state: inout AgendaState, keeper: RegistrationKeeper?,
                        device: TerminalDevice? = nil) -> Outcome {
        var outcome = Outcome.none
        for effect in state.update(message) {
            switch effect {
            case .quit:
                return .quit
            case .repaint:
                outcome = .repaint
            case .editOutside(let text):
                // The terminal is the editor's meanwhile: everything is drawn again after.
                _ = state.update(.editedOutside(device.flatMap { ExternalEditor.edit(text, on: $0) }))
                outcome = .repaint
            default:
                guard let keeper else { continue }
                do {
                    switch try perform(effect, keeper: keeper) {
                    case .done: break
                    case .report(let phrase): state.report(state.strings.text(phrase))
                    case .message(let reply): _ = state.update(reply)
                    case .stored(let write):
                        _ = state.update(.stored(effect, write))
                        if case .saveRegistration = effect, !write.conflicts.isEmpty { return outcome }
                    }
                } catch {
                    _ = state.update(.failed(effect, reason: keeper.describe(error)))
                    if case .saveRegistration = effect { return outcome }
                }
            }
        }
        return outcome
    }

    enum Performed {
        case done
        /// What to say once it is done.
        case report(Phrase)
        /// What the store wrote.
        case stored(StoreWrite)
        /// A message for the state.
        case message(AppMessage)
    }

    /// Carries out one effect.
    static func perform(_ effect: Effect, keeper: RegistrationKeeper) throws -> Performed {
        switch effect {
        case .saveDraft(let eventID, let draft): try keeper.saveDraft(draft, for: eventID)
        case .removeDraft(let eventID): try keeper.removeDraft(for: eventID)
        case .saveRegistration(let registration):
            return .stored(try keeper.apply([.add(registration)], at: .current(), allOrNothing: true))
        case .updateRegistrations(let change):
            return .stored(try keeper.apply(change.edits, at: change.at, allOrNothing: change.allOrNothing))
        case .exportEvent(let event): return .report(.exported(try keeper.exportCalendar(event)))
        case .exportInscriptions(let export): return .report(.exported(try keeper.exportInscriptions(export)))
        case .queueMessages(let messages):
            try keeper.queue(messages)
            return .report(.messagesQueued(messages.count))
        case .loadOutbox:
            return .message(.outboxRead(try keeper.queuedMessages(), failures: [:], sent: nil))
        case .sendOutbox:
            let (sent, failures) = try keeper.sendQueued()
            return .message(.outboxRead(try keeper.queuedMessages(), failures: failures, sent: sent))
        case .eraseRegistration(let registration):
            let name = TerminalSafeText.sanitize(registration.participant.fullName)
            return .report(try keeper.erase(registration.id) ? .erased(name: name) : .erasedElsewhere(name: name))
        case .saveEvent(let save):
            switch try keeper.saveEvent(save.event, creatingFromSample: save.creatingFromSample) {
            case .written: return .message(.eventWritten(save))
            case .changedOnDisk(let catalogue): return .message(.catalogueChanged(catalogue, unsaved: save))
            }
        case .quit, .repaint, .editOutside: break
        }
        return .done
    }

    /// Another program's changes to the store, as a message for the state; nil when there are none.
    static func lookForChanges(keeper: RegistrationKeeper) -> AppMessage? {
        do {
            return try keeper.changesFromElsewhere().map(AppMessage.storeChanged)
        } catch {
            return .storeUnreadable(reason: keeper.describe(error))
        }
    }
}

extension AgendaState {
    public mutating func report(_ message: String) {
        self.message = message
    }
}
