extension EnglishTable {
    public func configuration(_ issue: ConfigurationIssue) -> String {
        switch issue {
        case .invalidTOML(let reason): return "invalid TOML: " + reason
        case .notAString(let key): return "\"\(key)\" must be a quoted string"
        case .unknownSetting(let key, let known): return "unknown setting \"\(key)\" (known: \(known.joined(separator: ", ")))"
        case .unknownLanguage(let text): return "unknown language \"\(text)\": fr or en"
        case .unknownTheme(let text, let known): return "unknown theme \"\(text)\" (known: \(known.joined(separator: ", ")))"
        case .keysNotATable: return "\"keys\" must be a [keys] table"
        case .unknownAction(let name, let known): return "unknown action \"\(name)\" in [keys] (known: \(known.joined(separator: ", ")))"
        case .unreadableKeys(let name): return "unreadable key(s) for \"\(name)\" (e.g. \"a\", \"Ctrl-S\", [\"j\", \"Down\"])"
        case .noKeys(let name): return "no key for \"\(name)\""
        case .keyTaken(let key, let other, let name): return "\"\(key)\" already does \"\(other)\": \"\(name)\" keeps its keys"
        }
    }
}
