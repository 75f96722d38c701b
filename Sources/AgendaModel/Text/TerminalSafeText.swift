/// Makes catalogue or store text safe to write to a terminal.
///
/// Text may come from anyone. Escape sequences could move the cursor, recolour the screen or
/// retitle the window; bidi overrides could disguise what is shown. Each such character becomes
/// a visible placeholder instead of reaching the terminal.
public enum TerminalSafeText {
    /// The placeholder shown for an unsafe character.
    public static let placeholder: Character = "\u{FFFD}"

    /// True for a character that must never reach the terminal as is.
    public static func isUnsafe(_ scalar: Unicode.Scalar, allowNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x0A: return !allowNewlines
        case 0x09: return !allowNewlines
        case 0x00...0x1F, 0x7F...0x9F: return true                    // C0, DEL, C1 (ESC, BEL, CSI…)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true  // bidi controls
        case 0x2028, 0x2029: return true                              // line/paragraph separators
        default: return false
        }
    }

    /// `text` with every unsafe character replaced by the placeholder. Newlines and tabs are
    /// kept only when `allowNewlines` (for text that the caller lays out itself).
    public static func sanitize(_ text: String, allowNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, allowNewlines: allowNewlines) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, allowNewlines: allowNewlines) {
                // CR LF is one line break, not a placeholder and a break.
                if allowNewlines, scalar == "\r" { continue }
                result.append(contentsOf: placeholder.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
