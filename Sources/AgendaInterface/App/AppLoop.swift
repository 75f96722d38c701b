import Foundation

/// The main loop: read a key, update the state, perform the effects, draw. Keys that arrive
/// faster than frames are all handled before the next draw, so none is lost and typing never
/// lags behind. A form's draft is written at most a second after a change.
public enum AppLoop {
    public static let draftDelay: TimeInterval = 1

    public static func run(_ state: inout AgendaState, on device: TerminalDevice, keeper: RegistrationKeeper?) {
        var size = device.size
        if size.width != state.width || size.height != state.height {
            _ = state.handle(.resize(width: size.width, height: size.height))
        }
        device.draw(ScreenRenderer.render(state))
        var lastDraftSave = Date.distantPast
        while true {
            var timeout: Int?
            if state.draftIsDirty {
                let wait = draftDelay - Date().timeIntervalSince(lastDraftSave)
                timeout = max(0, Int(wait * 1000))
            }
            var repaint = false
            if var key = device.readKey(timeoutMilliseconds: timeout) {
                // Drain what is already waiting before drawing again.
                for _ in 0..<256 {
                    let effects = state.handle(key)
                    switch perform(effects, on: &state, keeper: keeper) {
                    case .quit: return
                    case .repaint: repaint = true
                    case .none: break
                    }
                    guard let next = device.readKey(timeoutMilliseconds: 0) else { break }
                    key = next
                }
            }
            if state.draftIsDirty, Date().timeIntervalSince(lastDraftSave) >= draftDelay {
                saveDraft(&state, keeper: keeper)
                lastDraftSave = Date()
            }
            let current = device.size
            if current != size {
                size = current
                _ = state.handle(.resize(width: size.width, height: size.height))
            }
            if repaint { device.invalidate() }
            device.draw(ScreenRenderer.render(state))
        }
    }

    enum Outcome { case none, repaint, quit }

    /// Performs effects in order; a registration the store refused stops the ones after it
    /// (its draft must stay).
    static func perform(_ effects: [Effect], on state: inout AgendaState, keeper: RegistrationKeeper?) -> Outcome {
        var outcome = Outcome.none
        for effect in effects {
            switch effect {
            case .quit:
                return .quit
            case .repaint:
                outcome = .repaint
            case .saveDraft(let eventID, let draft):
                do { try keeper?.saveDraft(draft, for: eventID) } catch { state.report(keeper?.describe(error) ?? "\(error)") }
            case .removeDraft(let eventID):
                do { try keeper?.removeDraft(for: eventID) } catch { state.report(keeper?.describe(error) ?? "\(error)") }
            case .exportEvent(let event):
                do {
                    if let path = try keeper?.exportCalendar(event) {
                        state.report(state.strings.text(.exported(path)))
                    }
                } catch { state.report(keeper?.describe(error) ?? "\(error)") }
            case .updateRegistrations(let versions):
                do { try keeper?.update(versions) } catch { state.report(keeper?.describe(error) ?? "\(error)") }
            case .saveRegistration(let registration):
                do {
                    try keeper?.add(registration)
                } catch {
                    state.registrationNotSaved(registration, reason: keeper?.describe(error) ?? "\(error)")
                    return outcome
                }
            }
        }
        return outcome
    }

    static func saveDraft(_ state: inout AgendaState, keeper: RegistrationKeeper?) {
        guard let pending = state.pendingDraft else { return }
        do {
            try keeper?.saveDraft(pending.draft, for: pending.eventID)
            state.draftSaved()
        } catch {
            state.report(keeper?.describe(error) ?? "\(error)")
            // Not dirty any more, or the loop would retry (and fail) without pause; the next
            // change tries again.
            state.draftSaved()
        }
    }
}

extension AgendaState {
    public mutating func report(_ message: String) {
        self.message = message
    }
}
