import AgendaInterface
import CNcursesw

/// Turns what `wget_wch` returned into a `Key`. Pure: no curses state is read, so the mapping
/// can be checked without a terminal.
enum KeyDecoding {
    enum Outcome: Equatable {
        case key(Key)
        /// `ERR`: the timeout passed (or the read was interrupted) with no key.
        case timeout
        /// Something the interface has no use for: a mouse event, an unknown key code, a stray
        /// control character.
        case ignored
    }

    /// `status` is `wget_wch`'s result (`OK`, `KEY_CODE_YES` or `ERR`), `value` what it stored;
    /// `size` is the terminal size to report with a resize.
    static func decode(status: Int32, value: UInt32, size: (width: Int, height: Int)) -> Outcome {
        switch status {
        case KEY_CODE_YES:
            return keyCode(Int32(bitPattern: value), size: size)
        case OK:
            return character(value)
        default:
            return .timeout
        }
    }

    /// A key ncurses decoded from an escape sequence (keypad mode).
    static func keyCode(_ code: Int32, size: (width: Int, height: Int)) -> Outcome {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_RESIZE: return .key(.resize(width: size.width, height: size.height))
        case KEY_F0 ... (KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
        default: return .ignored
        }
    }

    /// A character read as is: one Unicode scalar (a combining mark arrives on its own).
    static func character(_ value: UInt32) -> Outcome {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1 ... 26:
            // Ctrl-A is 1 … Ctrl-Z is 26: `.control("s")` for 19.
            return .key(.control(Character(Unicode.Scalar(UInt8(value) + 0x60))))
        case 0 ..< 32, 0x80 ..< 0xA0:
            // Ctrl-@, Ctrl-\ (when not a signal), Ctrl-] …, and C1 controls.
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// An escape sequence ncurses did not know for this `TERM` (Home as `ESC[1~` under
    /// PuTTY, rxvt, the Linux console or tmux), from what followed the Esc: `[1~`, `OH`, `[1;5A`.
    /// A known key, or ignored: an unknown sequence is never taken for Esc and typed letters.
    static func escapeSequence(_ sequence: String) -> Outcome {
        guard let introducer = sequence.first, introducer == "[" || introducer == "O", let final = sequence.last,
              sequence.count >= 2 else { return .ignored }
        // Parameters before the final byte; a modifier (";5" for Ctrl) is dropped.
        let parameters = sequence.dropFirst().dropLast().split(separator: ";").map(String.init)
        let first = parameters.first.flatMap { Int($0) }
        switch final {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "P", "Q", "R", "S":
            // F1–F4 as `ESC O P` (xterm) or `ESC [ 1 ; 2 P` (with a modifier).
            guard introducer == "O" || first == 1 else { return .ignored }
            return .key(.function(Int(final.asciiValue! - Character("P").asciiValue!) + 1))
        case "~":
            switch first {
            case 1, 7: return .key(.home)
            case 4, 8: return .key(.end)
            case 3: return .key(.delete)
            case 5: return .key(.pageUp)
            case 6: return .key(.pageDown)
            case 11, 12, 13, 14, 15: return .key(.function(first! - 10))
            case 17, 18, 19, 20, 21: return .key(.function(first! - 11))
            case 23, 24: return .key(.function(first! - 12))
            default: return .ignored  // Insert (2) and what the program has no use for
            }
        default:
            return .ignored
        }
    }

    /// True for a byte that ends an escape sequence (ECMA-48: 0x40–0x7E).
    static func endsSequence(_ value: UInt32) -> Bool { (0x40...0x7E).contains(value) }
}
