import AgendaInterface
import CNcursesw
import Glibc

/// The real terminal, through ncursesw: the only place the program talks to curses.
///
/// Modes: cbreak (keys arrive at once, but Ctrl-C stays a signal), no echo, no CR→NL
/// translation, keypad on (arrows and function keys decoded), a 25 ms Esc delay, cursor
/// hidden, and XON/XOFF flow control off so that Ctrl-S and Ctrl-Q reach the program.
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT give the terminal back and exit with 128 + the signal.
public final class NcursesTerminal: TerminalDevice {
    public let supportsColor: Bool
    /// The terminal's character set when it is not UTF-8 (its locale's): what cannot be
    /// written in it is shown as the nearest ASCII.
    public let narrowCharset: String?

    private let modes: TerminalModes
    private var painter: GridPainter
    private var restored = false

    /// Takes over the terminal. `useColor` is false when the user asked for none (`NO_COLOR`);
    /// colours are also off when the terminal has none (`supportsColor` says which). If the terminal cannot be used at
    /// all (unknown `TERM`), says so on stderr (`unusable`, given the value of `TERM`) and exits
    /// with status 1.
    public init(useColor: Bool, unusable: (String) -> String = { "agenda: TERM=\($0)" }) {
        narrowCharset = TerminalLocale.adopt()
        modes = TerminalModes.save()

        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard agenda_newterm() != nil else {
            TerminalModes.writeToStandardError(unusable(term) + "\n")
            exit(1)
        }
        // A terminal that cannot place the cursor (TERM=dumb) would show a blank screen whose
        // keys act blindly: given back at once, with the same advice as an unknown one.
        guard agenda_can_address_cursor() != 0 else {
            endwin()
            modes.restore()
            TerminalModes.writeToStandardError(unusable(term) + "\n")
            exit(1)
        }
        let screen = agenda_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(screen, false)
        keypad(screen, true)
        leaveok(screen, true)
        set_escdelay(25)
        curs_set(0)

        var colors = false
        var defaultColors = false
        if useColor, has_colors() {
            colors = start_color() != ERR
            defaultColors = colors && use_default_colors() != ERR
        }
        supportsColor = colors
        painter = GridPainter(colorPairs: colors ? ColorPairs(defaultColorsAvailable: defaultColors) : nil,
                              narrowCharset: narrowCharset != nil)

        // After cbreak & co., so that ncurses' own copy of the program mode keeps IXON off.
        modes.disableFlowControl()
        TerminalSignals.installExitHandlers(restoring: modes)
    }

    deinit {
        restore()
    }

    public var size: (width: Int, height: Int) {
        (Int(agenda_cols()), Int(agenda_lines()))
    }

    public func draw(_ grid: Grid) {
        guard !restored else { return }
        painter.paint(grid, screenWidth: Int(agenda_cols()), screenHeight: Int(agenda_lines()))
    }

    public func invalidate() {
        painter.forgetScreen()
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        guard !restored else { return nil }
        let screen = agenda_stdscr()
        // Waiting for ever is waiting by half seconds, to look at the window's size between.
        let timeout = timeoutMilliseconds.map { Int32(clamping: max(0, $0)) } ?? Self.sizeCheckInterval
        wtimeout(screen, timeout)
        while true {
            if let resized = catchUpWithWindowSize() { return resized }
            var value: wint_t = 0
            let status = wget_wch(screen, &value)
            var outcome = KeyDecoding.decode(status: status, value: UInt32(value), size: size)
            if outcome == .key(.escape) { outcome = restOfEscape(in: screen, timeout: timeout) }
            switch outcome {
            case .key(let key):
                if case .resize = key { painter.forgetScreen() }
                return key
            case .timeout:
                if timeoutMilliseconds == nil { continue }
                return nil
            case .ignored:
                // A mouse event, an unknown code or a stray control character: waiting for ever
                // means waiting for the next key; with a timeout, report an early, empty return.
                if timeoutMilliseconds != nil { return nil }
            }
        }
    }

    static let sizeCheckInterval: Int32 = 500

    /// After an Esc: the rest of an escape sequence ncurses did not decode, already waiting in
    /// the input (a terminal sends it whole), decoded or ignored; a lone Esc stays one, and a
    /// key typed after it is kept for the next read.
    private func restOfEscape(in screen: UnsafeMutablePointer<WINDOW>?, timeout: Int32) -> KeyDecoding.Outcome {
        defer { wtimeout(screen, timeout) }
        wtimeout(screen, 0)
        var value: wint_t = 0
        guard wget_wch(screen, &value) == OK else { return .key(.escape) }
        guard value == UInt32(UInt8(ascii: "[")) || value == UInt32(UInt8(ascii: "O")) else {
            unget_wch(wchar_t(bitPattern: UInt32(value)))
            return .key(.escape)
        }
        var sequence = String(Character(Unicode.Scalar(UInt8(value))))
        for _ in 0..<16 {
            guard wget_wch(screen, &value) == OK, let scalar = Unicode.Scalar(UInt32(value)) else { break }
            sequence.unicodeScalars.append(scalar)
            if KeyDecoding.endsSequence(UInt32(value)), sequence.count > 1 { break }
        }
        return KeyDecoding.escapeSequence(sequence)
    }

    /// In a storm of resizes ncurses can miss the last one and keep drawing for a size the
    /// window no longer has: asks the terminal directly, and resizes when they differ.
    private func catchUpWithWindowSize() -> Key? {
        var rows: Int32 = 0, columns: Int32 = 0
        guard agenda_window_size(&rows, &columns) == 0, rows != agenda_lines() || columns != agenda_cols() else { return nil }
        resizeterm(rows, columns)
        painter.forgetScreen()
        return .resize(width: Int(columns), height: Int(rows))
    }

    public func runOutside(_ arguments: [String]) -> Int32? {
        // As system(3) does: the editor gets Ctrl-C and Ctrl-\, not this program, which waits.
        _ = def_prog_mode()
        endwin()
        modes.restore()
        let interrupt = signal(SIGINT, SIG_IGN), quit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
            _ = reset_prog_mode()
            painter.forgetScreen()
            refresh()
        }
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawnp(&pid, arguments[0], nil, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        TerminalSignals.resetHandlers()
        curs_set(1)
        endwin()
        modes.restore()
    }

    /// Gives the terminal back, then writes `error` (and a newline if it has none) to stderr.
    public func restoreAndPrint(error: String) {
        restore()
        TerminalModes.writeToStandardError(error.hasSuffix("\n") ? error : error + "\n")
    }
}
