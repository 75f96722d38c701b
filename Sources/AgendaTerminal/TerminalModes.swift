import CNcursesw
import Glibc

/// The terminal's termios settings as the program found them, and the one change curses
/// offers no call for: turning XON/XOFF flow control off (only `raw()` does, and raw also turns
/// Ctrl-C into a plain key), so that Ctrl-S and Ctrl-Q arrive as keys.
struct TerminalModes {
    /// Nil when standard input is not a terminal.
    let original: termios?

    static func save() -> TerminalModes {
        var settings = termios()
        return TerminalModes(original: tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil)
    }

    /// Clears IXON, then tells ncurses that this is the program mode (`def_prog_mode`): ncurses
    /// keeps its own copy and sets it again after Ctrl-Z or any mode call, which would otherwise
    /// bring flow control back.
    func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        if tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 {
            _ = def_prog_mode()
        }
    }

    /// Puts back the settings found at start (after `endwin`, which restores its own copy).
    func restore() {
        guard var settings = original else { return }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    static func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
