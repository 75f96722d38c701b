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
        let fr = language == .fr
        switch self {
        case .character(" "): return fr ? "Espace" : "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return fr ? "Début" : "Home"
        case .end: return fr ? "Fin" : "End"
        case .enter: return fr ? "Entrée" : "Enter"
        case .escape: return fr ? "Échap" : "Esc"
        case .tab: return "Tab"
        case .backTab: return fr ? "Maj-Tab" : "Shift-Tab"
        case .backspace: return "⌫"
        case .delete: return fr ? "Suppr" : "Del"
        case .function(let number): return "F\(number)"
        case .resize: return ""
        }
    }
}
