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
    /// `[mail]`: not a table, an unknown setting of it, an address that does not read, a
    /// value outside its choices.
    case mailNotATable
    case unknownMailSetting(String, known: [String])
    case unreadableAddress(key: String, value: String)
    case notABoolean(key: String)
    case unknownChoice(key: String, value: String, known: [String])
    case unknownAction(String, known: [String])
    case unreadableKeys(action: String)
    case noKeys(action: String)
    /// A key given to `action` already does `other` there (the key's name as help writes it).
    case keyTaken(key: String, other: String, action: String)
}
