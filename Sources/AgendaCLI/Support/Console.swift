import AgendaTerminal
import Foundation

/// Writing to the standard streams, and what they are connected to.
enum Console {
    static func output(_ line: String) {
        write(line + "\n", to: FileHandle.standardOutput, descriptor: STDOUT_FILENO)
    }

    static func error(_ line: String) {
        write(line + "\n", to: FileHandle.standardError, descriptor: STDERR_FILENO)
    }

    /// UTF-8, except to a terminal whose locale has another character set (`fr_FR.ISO-8859-1`),
    /// which gets its own; files and pipes always get UTF-8.
    private static func write(_ text: String, to handle: FileHandle, descriptor: Int32) {
        if isatty(descriptor) == 1, let charset = terminalCharset {
            handle.write(Data(TerminalCharset.convert(text, to: charset)))
        } else {
            handle.write(Data(text.utf8))
        }
    }

    /// The locale's character set, when it is neither UTF-8 nor the C locale's ASCII.
    private static let terminalCharset: String? = {
        setlocale(LC_CTYPE, "")
        return TerminalCharset.narrow()
    }()

    /// The width to lay text out to: the terminal's when standard output is one, else
    /// `$COLUMNS`, else 80.
    static func width() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
