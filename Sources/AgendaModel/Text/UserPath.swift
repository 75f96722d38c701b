#if canImport(Glibc)
import Glibc
#endif

/// Paths as people write them in `config.toml`, `$AGENDA_*` and quoted options, where no shell
/// has expanded `~`: "~" and "~/…" are the home directory, "~name/…" that account's.
public enum UserPath {
    /// `path` with a leading `~` expanded; any other path as it is. `home` is `$HOME`, else the
    /// account's home from the system.
    public static func expanded(_ path: String, home: String?) -> String {
        guard path.hasPrefix("~") else { return path }
        let rest = path.dropFirst()
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let name = String(rest[..<slash])
        let tail = String(rest[slash...])
        let directory: String?
        if name.isEmpty {
            directory = home.flatMap { $0.isEmpty ? nil : $0 } ?? accountHome(nil)
        } else {
            directory = accountHome(name)
        }
        guard let directory else { return path }
        return tail.isEmpty ? directory : joined(directory, String(tail.drop { $0 == "/" }))
    }

    /// The directory that holds `path`'s last component: "a/b/" → "a", "/a" → "/", "a" → "",
    /// "/" → "/". Plain text work, for any string at all (no component is ever interpreted).
    public static func parent(of path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        guard let slash = text.lastIndex(of: "/") else { return "" }
        var parent = text[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent.removeLast() }
        return parent.isEmpty ? "/" : String(parent)
    }

    static func joined(_ directory: String, _ name: String) -> String {
        if name.isEmpty { return directory }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The home directory of `name` (nil: the current account) from the password database.
    private static func accountHome(_ name: String?) -> String? {
        guard let entry = name.map({ getpwnam($0) }) ?? getpwuid(geteuid()), let directory = entry.pointee.pw_dir else {
            return nil
        }
        let text = String(cString: directory)
        return text.isEmpty ? nil : text
    }
}
