/// What is wrong with a setting of `config.toml`; the setting keeps its default.
public enum ConfigurationIssue: Sendable, Equatable {
    // The file does not parse, said as what to write.
    case unclosedQuote
    case unclosedTableHeader
    case missingEquals(String)
    case missingValue(key: String)
    case unquotedValue(key: String, value: String)
    case settingTwice(key: String, firstLine: Int)
    /// Not TOML, for no reason more precise.
    case notTOML
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
