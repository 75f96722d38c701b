/// What a key asks for. Keys map to actions through the binding table, so that help is
/// generated from the same data the handler uses.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, first, last, today
    case openDetail, startSearch, openFilter, togglePast
    case help, quit, back, nextPane, previousPane, redraw
    case scrollDown, scrollUp
    case register
    case nextField, previousField, toggleOption, submitForm, leaveForm, openExisting
    /// Editing a text: the search, a note, a form field.
    case keepText, cancelText, deleteBackward, deleteForward, cursorLeft, cursorRight, cursorHome, cursorEnd, eraseText
    /// The filter menu's and help's own.
    case clearFilters, close
    /// The answer to a question of the status bar ("Confirm? (y/n)").
    case confirm, refuse
    case openTriage, openAllTriage, exportCalendar, exportInscriptions, correctDetails, eraseInscription
    /// In a note: a line break, keeping the note.
    case newLine, keepNote
    /// Triage: the message that fits the inscription's status; then, shown: queue it, the next one.
    case composeMessage, queueMessages, nextMessage, editMessage
    /// The outbox: open it (from the agenda or triage), send what waits.
    case openOutbox, sendOutbox
    /// The agenda: a new event, the selected one edited, its next edition.
    case newEvent, editEvent, duplicateEvent
    /// The event editor: the field under the cursor, written in `$VISUAL`/`$EDITOR`.
    case editInEditor
    case approve, waitlist, decline, cancel, tag, tagAll, untagAll, bulk, undo, redo, cycleStatusFilter, searchInscriptions, editNote, showInscription
}
