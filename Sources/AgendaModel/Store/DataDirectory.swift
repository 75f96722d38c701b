import Foundation

/// Where the coordinators' own data (registrations and drafts) is kept, in the order of
/// docs/registrations.md: `--data-dir`, then `$AGENDA_DATA_DIR`, then `$XDG_DATA_HOME/agenda`, then
/// `~/.local/share/agenda`.
///
/// The directory holds personal data, so it is private to its owner (mode 0700).
public enum DataDirectory {
    /// The directory's path. Nothing is read from the disk: the answer depends only on the option
    /// and the environment, so that it can be tested and shown before anything is created.
    /// A leading `~` is expanded wherever the path came from (`UserPath`).
    public static func resolve(option: String?, environment: [String: String]) -> String {
        func nonEmpty(_ value: String?) -> String? { (value?.isEmpty ?? true) ? nil : value }
        let expand = { (path: String) in UserPath.expanded(path, home: nonEmpty(environment["HOME"])) }
        if let option = nonEmpty(option) { return expand(option) }
        if let variable = nonEmpty(environment["AGENDA_DATA_DIR"]) { return expand(variable) }
        if let dataHome = nonEmpty(environment["XDG_DATA_HOME"]) { return joined(expand(dataHome), "agenda") }
        // Without $HOME (a bare cron or service environment) ask the system for the account's home.
        let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
        return joined(home, ".local/share/agenda")
    }

    /// Makes sure `path` is a directory only its owner can enter: creates it and any missing
    /// parent with mode 0700, or tightens an existing one to 0700.
    ///
    /// The mode is set with chmod after mkdir because mkdir's mode is filtered by the umask, and
    /// the promise is 0700 whatever the umask.
    public static func ensureExists(_ path: String) throws(StoreError) {
        try ensureDirectory(trimmingTrailingSlashes(path), tighteningExisting: true)
    }

    // MARK: - Private

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Creates `path` and its missing parents with mode 0700. An existing data directory is
    /// tightened; an existing parent is left as it is: it is not ours to tighten (it may be
    /// $HOME or /tmp).
    private static func ensureDirectory(_ path: String, tighteningExisting: Bool) throws(StoreError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .notADirectory(path: path) }
            if tighteningExisting { tighten(path, info) }
            return
        }
        let lookup = errno
        // ENOTDIR: a parent is a file; going up finds it and says so.
        guard lookup == ENOENT || lookup == ENOTDIR else { throw .cannotCreateDirectory(path: path, errno: lookup) }
        // Text work only: Foundation's path functions trap on some strings ("~").
        let parent = UserPath.parent(of: path)
        if !parent.isEmpty, parent != path {
            try ensureDirectory(parent, tighteningExisting: false)
        }
        try create(path)
    }

    private static func create(_ path: String) throws(StoreError) {
        if mkdir(path, 0o700) != 0 {
            let failure = errno
            // Another instance may have just made it; then it only needs to be a directory.
            var info = stat()
            guard failure == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotCreateDirectory(path: path, errno: failure)
            }
        }
        if chmod(path, 0o700) != 0 {
            throw .cannotCreateDirectory(path: path, errno: errno)
        }
    }

    /// Tightens an existing data directory that others can read. Only a directory we own and
    /// that is not sticky: a sticky directory is a shared one such as /tmp, given by mistake,
    /// and closing it would break other programs. A failure is not fatal: if the directory
    /// cannot be changed, writing into it says so clearly.
    private static func tighten(_ path: String, _ info: stat) {
        let permissions = info.st_mode & 0o7777
        guard permissions & 0o077 != 0, info.st_uid == geteuid(), permissions & S_ISVTX == 0 else { return }
        _ = chmod(path, 0o700)
    }
}
