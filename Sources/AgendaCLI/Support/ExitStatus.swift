/// The exit codes of docs/agenda.1, EXIT STATUS (the BSD sysexits values).
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let cannotCreate: Int32 = 73
    /// EX_TEMPFAIL: messages stay queued, to be sent again later.
    static let tempFailure: Int32 = 75
}
