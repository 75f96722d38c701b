import Foundation
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
    /// `[mail]`: who messages come from and how they leave.
    public var mail = MailSettings()

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

/// The `[mail]` table of config.toml.
public struct MailSettings: Sendable, Equatable {
    public enum OnDecision: String, Sendable, CaseIterable {
        case ask, queue, off
    }

    public var from: MailAddress?
    public var replyTo: MailAddress?
    /// A copy of each message to `from`.
    public var bccSelf = false
    /// A command that reads one message on its standard input (`msmtp -t`, `sendmail -t -i`).
    public var sendmail: String?
    public var onDecision = OnDecision.ask

    public init() {}

    /// `Name <address>` or a bare address, as config.toml writes a sender.
    public static func address(_ text: String) -> MailAddress? {
        let trimmed = text.trimmedWhitespace
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            let name = String(trimmed[..<open]).trimmedWhitespace.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let address = MailAddress(name: name, address: String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
            return address.isDeliverable ? address : nil
        }
        let bare = MailAddress(address: trimmed)
        return bare.isDeliverable ? bare : nil
    }
}
