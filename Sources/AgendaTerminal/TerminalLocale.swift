import Glibc

/// The character set curses reads and writes: the user's locale, set before curses starts, or
/// every non-ASCII character disappears.
enum TerminalLocale {
    /// `setlocale(LC_ALL, "")`; when that gives no UTF-8 character set (no LANG at all, as in
    /// many containers and ssh sessions, or LANG=C), LC_CTYPE alone becomes C.UTF-8: with the
    /// plain C locale ncurses shows French accents as blanks and cannot read them as keys.
    static func adopt() {
        setlocale(LC_ALL, "")
        if !isUTF8() {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
