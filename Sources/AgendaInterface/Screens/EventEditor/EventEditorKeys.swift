import AgendaModel
import AgendaWords

/// `n`, `E` and `D` in the agenda, the editor's keys, and saving the event to the catalogue.
extension AgendaState {
    mutating func openNewEvent() {
        open(.eventEditor(EventEditor(purpose: .new, base: nil, draft: EventDraft(), zone: localZone)))
    }

    mutating func openEventEdit() {
        guard let event = selectedEvent else { return }
        open(.eventEditor(EventEditor(purpose: .edit(id: event.id), base: event, draft: EventDraft(event, zone: localZone), zone: localZone)))
    }

    /// The next edition of the selected event, on the same weekday of the next month.
    mutating func openEventDuplicate() {
        guard let event = selectedEvent else { return }
        let copy = EventDuplication.nextEdition(of: event, id: event.id, zone: localZone)
        var editor = EventEditor(purpose: .duplicate(of: event.id), base: copy, draft: EventDraft(copy, zone: localZone), zone: localZone)
        editor.focus(on: .start)
        open(.eventEditor(editor))
        message = strings.text(.duplicateMoved(strings.moment(copy.start)))
    }

    /// The open editor (the topmost one), changed in place on the stack.
    var eventEditor: EventEditor? {
        get {
            for screen in screens.reversed() { if case .eventEditor(let editor) = screen { return editor } }
            return nil
        }
        set {
            guard let index = screens.lastIndex(where: { if case .eventEditor = $0 { return true } else { return false } }) else {
                if let newValue { open(.eventEditor(newValue)) }
                return
            }
            if let newValue { screens[index] = .eventEditor(newValue) } else { screens.removeSubrange(index...) }
        }
    }

    mutating func handleEventEditorKey(_ key: Key) -> [Effect] {
        guard var editor = eventEditor else { return [] }
        if editor.awaitsSampleCopy {
            editor.awaitsSampleCopy = false
            eventEditor = editor
            guard keys.action(for: key, in: .confirmation) == .confirm else {
                message = strings.text(.eventNotSavedYet(save: keyName(.submitForm, .form)))
                return []
            }
            return saveEvent(creatingFromSample: true)
        }
        let action = keys.action(for: key, in: .form)
        switch action {
        case .nextField?: editor.moveFocus(by: 1)
        case .previousField?: editor.moveFocus(by: -1)
        case .submitForm?:
            eventEditor = editor
            return saveEvent(creatingFromSample: false)
        case .leaveForm?:
            if editor.isChanged && !editor.awaitsLeave {
                editor.awaitsLeave = true
                message = strings.text(.eventEditUnsaved(leave: keyName(.leaveForm, .form), save: keyName(.submitForm, .form)))
            } else {
                eventEditor = nil
                if editor.isChanged { message = strings.text(.eventEditDropped) }
                return []
            }
        case .redraw?:
            eventEditor = editor
            return [.repaint]
        case .editInEditor?:
            guard case .text(let field) = editor.focusedItem else { break }
            eventEditor = editor
            return [.editOutside(editor.input(field).text)]
        case .toggleOption? where !isText(editor.focusedItem):
            editor.toggle(zone: localZone)
        default:
            let edit = keys.action(for: key, in: .textInput)
            if !isText(editor.focusedItem), edit == .cursorLeft || edit == .cursorRight {
                editor.moveChoice(by: edit == .cursorLeft ? -1 : 1, zone: localZone)
            } else {
                editor.editText({ _ = $0.handle(key, keys: keys) }, zone: localZone)
            }
        }
        eventEditor = editor
        return []
    }

    /// The text `$EDITOR` gave back, for the field under the cursor; nil: it could not run.
    mutating func fieldEditedOutside(_ text: String?) {
        guard var editor = eventEditor, case .text = editor.focusedItem else { return }
        guard let text else {
            message = strings.text(.fieldNotEdited)
            return
        }
        // An editor ends the file with a line break: not part of the text.
        let written = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        editor.editText({ $0 = TextInput(written) }, zone: localZone)
        eventEditor = editor
    }

    private func isText(_ item: EventEditor.Item) -> Bool {
        if case .text = item { return true }
        return false
    }

    /// Ctrl-S: the event goes into the catalogue shown at once and to the file; should the
    /// write fail, the catalogue comes back as it was and the editor with what was typed.
    mutating func saveEvent(creatingFromSample: Bool) -> [Effect] {
        guard var editor = eventEditor else { return [] }
        let errors = editor.check.problems.filter(\.isError)
        guard errors.isEmpty, let made = editor.check.event else {
            editor.focus(on: errors.first?.field)
            eventEditor = editor
            message = strings.text(.fieldsToCorrect(errors.count))
            return []
        }
        let id = editor.eventID(of: made, in: catalogue)
        guard let checked = EventDraftCheck.check(editor.draft, id: id, base: editor.base, zone: localZone, now: now()).event else {
            return []
        }
        var without = checked
        without.updatedAt = editor.base?.updatedAt
        if case .edit = editor.purpose, without == editor.base {
            eventEditor = nil
            message = strings.text(.eventUnchanged)
            return []
        }
        if catalogueIsBuiltIn && !creatingFromSample {
            editor.awaitsSampleCopy = true
            eventEditor = editor
            message = strings.text(.sampleCopyQuestion(path: userCataloguePath ?? "", yes: keyName(.confirm, .confirmation),
                                                       no: keyName(.refuse, .confirmation)))
            return []
        }
        let save = EventSave(event: checked, before: catalogue.position(ofID: checked.id).map { catalogue.events[$0] },
                             editor: editor, creatingFromSample: creatingFromSample)
        eventEditor = nil
        adoptCatalogue(catalogue.replacing(checked), selecting: checked.id)
        message = strings.text(.eventSaved(TerminalSafeText.sanitize(checked.title)))
        return [.saveEvent(save)]
    }

    /// The file was not written: the catalogue as it was, and the editor as it was left.
    mutating func eventNotSaved(_ save: EventSave, reason: String) {
        adoptCatalogue(save.before.map { catalogue.replacing($0) } ?? catalogue.removing(id: save.event.id), selecting: save.before?.id)
        eventEditor = save.editor
        message = reason
    }

    /// Another program changed the catalogue file: it is shown as it is now, and the editor
    /// comes back with what was typed, to be saved over it once looked at.
    mutating func catalogueChangedOnDisk(_ catalogue: Catalogue, unsaved save: EventSave) {
        catalogueIsBuiltIn = false
        adoptCatalogue(catalogue, selecting: save.before?.id)
        eventEditor = save.editor
        message = strings.text(.catalogueChangedOnDisk(save: keyName(.submitForm, .form)))
    }

    /// Another program (an import, a colleague's Syncthing) changed the catalogue file: it is
    /// shown as it is now, the selection kept; an event being edited stays in the editor.
    mutating func catalogueChangedElsewhere(_ catalogue: Catalogue) {
        adoptCatalogue(catalogue, selecting: nil)
        message = eventEditor == nil ? strings.text(.catalogueReloaded)
            : strings.text(.catalogueChangedOnDisk(save: keyName(.submitForm, .form)))
    }

    /// The file was written: a catalogue made from the sample is the one shown from now on.
    mutating func eventSaved(_ save: EventSave) {
        if save.creatingFromSample { catalogueIsBuiltIn = false }
    }
}

/// An event written from the editor: what to put back should the write fail.
public struct EventSave: Equatable, Sendable {
    public let event: Event
    /// The version of the event the catalogue had; nil for a new one.
    public let before: Event?
    public let editor: EventEditor
    /// The catalogue shown is the built-in sample: the user's own is made from it first.
    public let creatingFromSample: Bool
}
