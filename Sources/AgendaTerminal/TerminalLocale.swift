import Glibc

/// The character set curses reads and writes: the user's locale, set before curses starts, or
/// every non-ASCII character disappears.
enum TerminalLocale {
    /// `setlocale(LC_ALL, "")`. When that gives no character set at all (no LANG, as in many
    /// containers and ssh sessions, or LANG=C), LC_CTYPE alone becomes C.UTF-8: with the plain
    /// C locale ncurses shows French accents as blanks and cannot read them as keys, and such
    /// terminals are UTF-8 in practice. A real other character set (`fr_FR.ISO-8859-1`) is kept,
    /// so that ncurses writes and reads it; its name is returned.
    static func adopt() -> String? {
        setlocale(LC_ALL, "")
        if !isUTF8(), TerminalCharset.narrow() == nil {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return TerminalCharset.narrow()
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return TerminalCharset.isUTF8(String(cString: codeset))
    }
}
