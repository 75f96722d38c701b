import AgendaInterface
import CNcursesw

/// Sends a `Grid` to curses' standard screen: only the cells `Grid.updates(from:)` says changed
/// since the previous frame (everything after a size change or `forgetScreen`).
struct GridPainter {
    private let colorPairs: ColorPairs?
    private var previous: Grid?
    private var previousScreen: (width: Int, height: Int) = (0, 0)
    /// Set by `forgetScreen`: the next frame also clears the real terminal (`clearok`).
    private var clearTerminal = false

    /// The locale is not UTF-8: characters it cannot write are replaced before ncurses sees them.
    private let narrowCharset: Bool
    private let writable = WritableScalars()

    init(colorPairs: ColorPairs?, narrowCharset: Bool = false) {
        self.colorPairs = colorPairs
        self.narrowCharset = narrowCharset
    }

    /// The next `paint` repaints every cell and the terminal itself (Ctrl-L, resizes).
    mutating func forgetScreen() {
        previous = nil
        clearTerminal = true
    }

    mutating func paint(_ grid: Grid, screenWidth: Int, screenHeight: Int) {
        let window = agenda_stdscr()
        var last = previous
        if let old = last, old.width != grid.width || old.height != grid.height
            || previousScreen.width != screenWidth || previousScreen.height != screenHeight {
            last = nil
        }
        if last == nil {
            werase(window)
            if clearTerminal { clearok(agenda_curscr(), true) }
        }

        // A cell the terminal drew too wide covers the next one, changed or not: that one is
        // written again (and so on, for as long as that keeps happening).
        var covered: (x: Int, y: Int)?
        func rewriteCovered(before next: CellUpdate?) {
            while let spot = covered, next.map({ ($0.x, $0.y) != spot }) ?? true, spot.x < min(grid.width, screenWidth),
                  let again = grid.update(atX: spot.x, y: spot.y, screenWidth: screenWidth, screenHeight: screenHeight) {
                covered = put(again, in: window) ? (again.x + again.columns, again.y) : nil
            }
        }
        for update in grid.updates(from: last, screenWidth: screenWidth, screenHeight: screenHeight) {
            rewriteCovered(before: update)
            covered = put(update, in: window) ? (update.x + update.columns, update.y) : nil
        }
        rewriteCovered(before: nil)

        previous = grid
        previousScreen = (screenWidth, screenHeight)
        clearTerminal = false
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes one character taking `columns` columns. When ncurses' idea of its width (glibc's
    /// `wcwidth`) differs from the grid's, writes something both agree on, so that curses'
    /// cursor never drifts from the layout. Returns true when that covered the next cell, which
    /// must then be written again.
    private func put(_ update: CellUpdate, in window: UnsafeMutablePointer<WINDOW>?) -> Bool {
        let (character, columns, style, x, y) = (update.character, update.columns, update.style, update.x, update.y)
        let attributes = Self.attributes(style)
        let pair = colorPairs?.pair(for: style) ?? 0
        if narrowCharset, !character.unicodeScalars.allSatisfy(writable.contains) {
            let shown = TerminalCharset.fallback(for: character, canWrite: writable.contains)
            _ = Self.write(Array(shown.unicodeScalars), attributes: attributes, pair: pair, x: x, y: y, in: window)
            if columns == 2 { _ = Self.write([" "], attributes: attributes, pair: pair, x: x + 1, y: y, in: window) }
            return false
        }
        let advance = Self.write(Array(character.unicodeScalars), attributes: attributes, pair: pair,
                                 x: x, y: y, in: window)
        if advance == columns { return false }

        if columns == 2, advance == 1 {
            // Typically an emoji made wide by VS16 (❤️), narrow for wcwidth: drop the selector
            // and pad, so that terminal and curses both see one narrow character and a space.
            let narrow = character.unicodeScalars.filter { $0.value != 0xFE0F }
            if Self.write(Array(narrow), attributes: attributes, pair: pair, x: x, y: y, in: window) != 1 {
                _ = Self.write(["?"], attributes: attributes, pair: pair, x: x, y: y, in: window)
            }
        } else {
            // Unprintable for this locale, wider than the grid thinks, or a lone combining mark.
            _ = Self.write(["?"], attributes: attributes, pair: pair, x: x, y: y, in: window)
        }
        if columns == 2 {
            _ = Self.write([" "], attributes: attributes, pair: pair, x: x + 1, y: y, in: window)
        }
        return advance > columns
    }

    /// setcchar + mvwadd_wch of up to CCHARW_MAX scalars (extra combining marks dropped).
    /// Returns the columns ncurses advanced, or -1.
    private static func write(_ scalars: [Unicode.Scalar], attributes: attr_t, pair: Int32,
                              x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) -> Int {
        var text = scalars.prefix(Int(CCHARW_MAX)).map { wchar_t(truncatingIfNeeded: $0.value) }
        if text.isEmpty { text = [wchar_t(32)] }
        text.append(0)
        return Int(text.withUnsafeBufferPointer {
            agenda_put_cell(window, Int32(y), Int32(x), $0.baseAddress, attributes, pair)
        })
    }

    static func attributes(_ style: CellStyle) -> attr_t {
        var attributes = agenda_a_normal()
        if style.bold { attributes |= agenda_a_bold() }
        if style.underline { attributes |= agenda_a_underline() }
        if style.reverse { attributes |= agenda_a_reverse() }
        if style.dim { attributes |= agenda_a_dim() }
        return attributes
    }
}

/// Which characters the locale can write, asked of `wcrtomb` once each.
final class WritableScalars {
    private var known: [Unicode.Scalar: Bool] = [:]

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if let answer = known[scalar] { return answer }
        let answer = TerminalCharset.canWrite(scalar)
        known[scalar] = answer
        return answer
    }
}
