import AgendaModel
import AgendaWords

/// A one-line text being edited: the text and a cursor counted in characters (grapheme
/// clusters), so that an accent or a Japanese character moves as one.
public struct TextInput: Equatable, Sendable {
    public private(set) var text: String
    /// 0...text.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    public mutating func insert(_ character: Character) {
        let before = text.count
        text.insert(character, at: index(cursor))
        // A combining mark merges with the character before it: the count may not grow.
        cursor += text.count - before
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: index(cursor - 1))
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: index(cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    public mutating func clear() {
        text = ""
        cursor = 0
    }

    // MARK: Several lines (a note)

    public mutating func insertLineBreak() { insert("\n") }

    /// The cursor's line (from 0) and its column in characters.
    private var lineAndColumn: (starts: [Int], line: Int, column: Int) {
        var starts = [0]
        for (offset, character) in text.enumerated() where character == "\n" { starts.append(offset + 1) }
        let line = (starts.lastIndex { $0 <= cursor }) ?? 0
        return (starts, line, cursor - starts[line])
    }

    /// To the same column of the line above (or below), or its end when it is shorter.
    public mutating func moveLine(by delta: Int) {
        let (starts, line, column) = lineAndColumn
        let target = line + delta
        guard starts.indices.contains(target) else { return }
        let end = target + 1 < starts.count ? starts[target + 1] - 1 : text.count
        cursor = min(starts[target] + column, end)
    }

    /// To the start or the end of the cursor's line.
    public mutating func moveToLineEdge(end: Bool) {
        let (starts, line, _) = lineAndColumn
        cursor = end ? (line + 1 < starts.count ? starts[line + 1] - 1 : text.count) : starts[line]
    }

    /// The text laid out in lines at most `width` columns wide (its own line breaks, then
    /// a break where a line is too long), and the cursor's row and column in them.
    public func rows(width: Int) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        let width = max(2, width)
        var rows: [String] = [""]
        var used = 0
        var cursorAt = (0, 0)
        for (offset, character) in text.enumerated() {
            if offset == cursor { cursorAt = (rows.count - 1, used) }
            if character == "\n" {
                rows.append("")
                used = 0
                continue
            }
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 {
                rows.append("")
                used = 0
                if offset == cursor { cursorAt = (rows.count - 1, 0) }
            }
            rows[rows.count - 1].append(character)
            used += columns
        }
        if cursor >= text.count { cursorAt = (rows.count - 1, used) }
        return (rows, cursorAt.0, cursorAt.1)
    }

    /// The part shown in a box `width` columns wide, scrolled so that the cursor is visible,
    /// and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let characters = Array(text)
        // Start as far right as needed for the cursor (and the cell after it) to fit.
        var start = 0
        var used = 0
        for position in stride(from: min(cursor, characters.count) - 1, through: 0, by: -1) {
            let columns = DisplayWidth.of(characters[position])
            if used + columns > width - 1 { start = position + 1; break }
            used += columns
        }
        var shown = ""
        var shownWidth = 0
        var cursorColumn = 0
        for position in start..<characters.count {
            if position == cursor { cursorColumn = shownWidth }
            let columns = DisplayWidth.of(characters[position])
            if shownWidth + columns > width { break }
            shown.append(characters[position])
            shownWidth += columns
        }
        if cursor >= characters.count { cursorColumn = min(width - 1, shownWidth) }
        return (shown, cursorColumn)
    }
}

/// The one way every text is typed (the agenda's and the triage's search, a note, a form
/// field): the key table's text keys, the characters typed, and what the owner must do.
extension TextInput {
    public enum Outcome: Equatable, Sendable {
        /// The text or the cursor changed.
        case edited
        /// The key of keeping the text (Enter), or backspace in an empty search.
        case kept
        /// The key of giving up (Esc).
        case cancelled
        /// A key of the text context that is not editing (↓, ↑, Ctrl-L): for the owner.
        case action(Action)
        /// Nothing to do with typing.
        case ignored
    }

    /// `closesWhenEmpty`: backspace in an empty text closes it, as in a search prompt.
    public mutating func handle(_ key: Key, keys: KeyTable, closesWhenEmpty: Bool = false) -> Outcome {
        switch keys.action(for: key, in: .textInput) {
        case .keepText?: return .kept
        case .cancelText?: return .cancelled
        case .deleteBackward? where closesWhenEmpty && text.isEmpty: return .kept
        case let action?: return apply(action) ? .edited : .action(action)
        case nil:
            guard case .character(let character) = key,
                  !character.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0) }) else { return .ignored }
            insert(character)
            return .edited
        }
    }

    /// Applies an editing action of the key table's text context; false for any other action.
    @discardableResult
    public mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .cursorHome: moveHome()
        case .cursorEnd: moveEnd()
        case .deleteBackward: backspace()
        case .deleteForward: deleteForward()
        case .eraseText: clear()
        default: return false
        }
        return true
    }

    /// The text with a block where the cursor is, for a prompt in the status bar.
    public var withCursor: String {
        let split = text.index(text.startIndex, offsetBy: cursor)
        return String(text[..<split]) + "█" + String(text[split...])
    }
}
