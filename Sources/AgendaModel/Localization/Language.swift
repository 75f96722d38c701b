/// The two languages the program speaks.
public enum Language: String, Sendable, CaseIterable {
    case fr, en

    /// French when the locale variables (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: the first
    /// one set and non-empty) start with `fr`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }
}
