import AgendaModel
import AgendaWords

/// Keys written as people write them in a configuration file and read them in help:
/// `a`, `Ctrl-S`, `Enter`, `Esc`, `Shift-Tab`, `PgDn`, `F1`…
extension Key {
    private static let named: [(String, Key)] = [
        ("enter", .enter), ("return", .enter), ("esc", .escape), ("escape", .escape), ("tab", .tab),
        ("shift-tab", .backTab), ("backtab", .backTab), ("backspace", .backspace), ("delete", .delete), ("del", .delete),
        ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("pgup", .pageUp), ("pageup", .pageUp),
        ("pgdn", .pageDown), ("pagedown", .pageDown), ("home", .home), ("end", .end), ("space", .character(" ")),
    ]

    /// Nil when the text names no key.
    public init?(name: String) {
        let lower = name.lowercased()
        if let key = Self.named.first(where: { $0.0 == lower })?.1 {
            self = key
            return
        }
        for prefix in ["ctrl-", "c-", "ctrl+"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        guard name.count == 1, let character = name.first, !character.isWhitespace,
              !character.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0) }) else { return nil }
        self = .character(character)
    }

    /// The key's name for help.
    public func name(_ language: Language) -> String {
        let strings = Strings(language)
        switch self {
        case .character(" "): return strings.text(.keyName(.space))
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return strings.text(.keyName(.home))
        case .end: return strings.text(.keyName(.end))
        case .enter: return strings.text(.keyName(.enter))
        case .escape: return strings.text(.keyName(.escape))
        case .tab: return "Tab"
        case .backTab: return strings.text(.keyName(.backTab))
        case .backspace: return "⌫"
        case .delete: return strings.text(.keyName(.delete))
        case .function(let number): return "F\(number)"
        case .resize: return ""
        }
    }
}
