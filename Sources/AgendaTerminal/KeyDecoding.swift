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
}
