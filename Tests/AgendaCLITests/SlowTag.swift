import Testing

extension Tag {
    /// A suite that takes seconds rather than milliseconds (kill rounds, files of many megabytes,
    /// thousands of mutations, the program in tmux): `swift test --skip tag:slow` leaves them out
    /// of the quick loop; the README's test command, which CI runs, runs them all.
    @Tag static var slow: Self
}
