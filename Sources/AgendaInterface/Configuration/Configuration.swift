import AgendaModel
import AgendaWords

/// What `config.toml` sets. Every field is optional: the command line and the environment
/// come first, the defaults last.
public struct Configuration: Sendable {
    public enum ThemeName: String, Sendable, CaseIterable {
        case color, monochrome
        case highContrast = "high-contrast"
    }

    public var catalogue: String?
    public var dataDirectory: String?
    public var language: Language?
    public var theme: ThemeName?
    /// Actions given other keys.
    public var keys: [Action: [Key]] = [:]
    /// The line of config.toml each rebinding is on: they apply in that order, so that of two
    /// giving one key, the later line is the one refused.
    public var keyLines: [Action: Int] = [:]

    public init() {}

    /// `$XDG_CONFIG_HOME/agenda/config.toml`, else `~/.config/agenda/config.toml`.
    public static func path(environment: [String: String]) -> String? {
        if let home = environment["XDG_CONFIG_HOME"], !home.isEmpty { return home + "/agenda/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/agenda/config.toml" }
        return nil
    }

    /// The key table with this configuration's rebindings, and the ones that could not apply.
    public func keyTable() -> (table: KeyTable, conflicts: [(Action, KeyTable.Conflict)]) {
        var table = KeyTable.standard
        var conflicts: [(Action, KeyTable.Conflict)] = []
        let ordered = self.keys.sorted { (keyLines[$0.key] ?? 0, "\($0.key)") < (keyLines[$1.key] ?? 0, "\($1.key)") }
        for (action, keys) in ordered {
            if let conflict = table.rebind(action, to: keys) { conflicts.append((action, conflict)) }
        }
        return (table, conflicts)
    }

    public func resolvedTheme(colorAvailable: Bool) -> Theme {
        switch theme {
        case .monochrome?: return .monochrome
        case .highContrast?: return colorAvailable ? .highContrast : .monochrome
        case .color?, nil: return colorAvailable ? .color : .monochrome
        }
    }
}
