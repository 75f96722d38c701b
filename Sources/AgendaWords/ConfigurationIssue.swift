/// What is wrong with a setting of `config.toml`; the setting keeps its default.
public enum ConfigurationIssue: Sendable, Equatable {
    /// The file does not parse: the TOML library's own account of it.
    case invalidTOML(String)
    case notAString(key: String)
    case unknownSetting(String, known: [String])
    case unknownLanguage(String)
    case unknownTheme(String, known: [String])
    case keysNotATable
    case unknownAction(String, known: [String])
    case unreadableKeys(action: String)
    case noKeys(action: String)
    /// A key given to `action` already does `other` there (the key's name as help writes it).
    case keyTaken(key: String, other: String, action: String)
}
