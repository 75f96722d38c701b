/// What the interface needs from a real terminal: its size, keys, and a way to show a grid.
/// The ncurses backend implements it; tests drive the interface without one.
public protocol TerminalDevice: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }

    /// Whether the terminal can show colours (and the user did not ask for none).
    var supportsColor: Bool { get }

    /// Shows `grid`, sending only the cells that changed since the last call.
    func draw(_ grid: Grid)

    /// Forgets what is on screen so that the next `draw` repaints everything (Ctrl-L).
    func invalidate()

    /// The next key, waiting at most `timeoutMilliseconds` (nil: wait for ever). Nil on timeout.
    func readKey(timeoutMilliseconds: Int?) -> Key?

    /// Gives the terminal to another program (`arguments`, run without a shell) until it ends,
    /// then takes it back and repaints: its exit status, or nil when it could not be started.
    func runOutside(_ arguments: [String]) -> Int32?

    /// Gives the terminal back as it was found. Safe to call more than once.
    func restore()
}
