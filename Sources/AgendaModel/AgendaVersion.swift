/// The program's version: the one place it is written. `agenda --version` prints it, the
/// calendar export names it in PRODID, and the manual page's title line must say it
/// (`ManualPageTests`).
public enum AgendaVersion {
    public static let current = "0.2.0"
}
