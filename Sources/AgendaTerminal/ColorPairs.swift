import AgendaInterface
import CNcursesw

/// Curses colour pairs, created the first time each (foreground, background) combination is
/// drawn. A `TerminalColor`'s raw value is its curses colour number; nil is the terminal's
/// default colour (-1, with `use_default_colors`), or white on black where that is missing.
final class ColorPairs {
    private struct Combination: Hashable {
        let foreground: Int16
        let background: Int16
    }

    private let defaultColorsAvailable: Bool
    private var pairs: [Combination: Int32] = [:]
    private var nextPair: Int32 = 1

    init(defaultColorsAvailable: Bool) {
        self.defaultColorsAvailable = defaultColorsAvailable
    }

    /// The pair for `style`'s colours; 0 (the default pair) once the terminal has no pair left.
    func pair(for style: CellStyle) -> Int32 {
        if style.foreground == nil, style.background == nil, defaultColorsAvailable { return 0 }
        let combination = Combination(
            foreground: number(style.foreground, default: Int16(COLOR_WHITE)),
            background: number(style.background, default: Int16(COLOR_BLACK)))
        if let pair = pairs[combination] { return pair }
        // Pair numbers are shorts for init_pair and setcchar.
        guard nextPair < min(Int32(agenda_color_pairs()), Int32(Int16.max)) else { return 0 }
        guard init_pair(Int16(nextPair), combination.foreground, combination.background) != ERR else { return 0 }
        pairs[combination] = nextPair
        nextPair += 1
        return pairs[combination]!
    }

    private func number(_ color: TerminalColor?, default fallback: Int16) -> Int16 {
        if let color { return Int16(color.rawValue) }
        return defaultColorsAvailable ? -1 : fallback
    }
}
