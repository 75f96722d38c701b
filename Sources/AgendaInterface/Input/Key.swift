/// A key press as the interface sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl and a letter, lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
}
