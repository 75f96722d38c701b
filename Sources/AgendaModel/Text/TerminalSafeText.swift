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

    /// JSON text with every unsafe character JSON leaves as is (DEL, C1, bidi controls, line
    /// and paragraph separators) written as a `\uXXXX` escape: the same data for a JSON
    /// reader, nothing active for a terminal that shows the output. (JSON escapes C0 itself.)
    public static func escapingJSON(_ json: [UInt8]) -> [UInt8] {
        // Each such character's UTF-8 starts with 0x7F, 0xC2, 0xD8 or 0xE2.
        guard json.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return json }
        let text = String(decoding: json, as: UTF8.self)
        var result: [UInt8] = []
        result.reserveCapacity(json.count + 64)
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x7F, isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: Array("\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".utf8))
            } else {
                result.append(contentsOf: String(scalar).utf8)
            }
        }
        return result
    }
}
