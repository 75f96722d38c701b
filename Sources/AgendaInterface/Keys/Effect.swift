/// What the main loop must do after a key, beyond drawing the new state.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case repaint
}
