import CNcursesw
import Glibc

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT: the handler is written in C (see `shim.h`): it calls
/// `endwin`, puts the original termios back and `_exit`s with 128 + the signal number. A crash
/// (trap, abort, bad access) gives the terminal back too, then goes on as it would have. Ctrl-Z
/// and window resizes stay with ncurses' own handlers.
enum TerminalSignals {
    static func installExitHandlers(restoring modes: TerminalModes) {
        if var original = modes.original {
            _ = agenda_install_exit_signal_handlers(&original)
        } else {
            _ = agenda_install_exit_signal_handlers(nil)
        }
        _ = agenda_install_crash_signal_handlers()
    }

    static func resetHandlers() {
        agenda_reset_exit_signal_handlers()
        agenda_reset_crash_signal_handlers()
    }
}
