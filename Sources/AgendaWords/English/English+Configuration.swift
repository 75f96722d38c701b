extension EnglishTable {
    public func configuration(_ issue: ConfigurationIssue) -> String {
        switch issue {
        case .unclosedQuote: return "a quote is not closed on this line (a value is written between two \")"
        case .unclosedTableHeader: return "the section title is not closed: write it in brackets, like [keys]"
        case .missingEquals(let text): return "\"\(text)\" is neither a setting nor a section: write name = \"value\""
        case .missingValue(let key): return "\"\(key)\" has no value: write \(key) = \"value\""
        case .unquotedValue(let key, let value): return "the value of \"\(key)\" must be in quotes: \(key) = \"\(value)\""
        case .settingTwice(let key, let firstLine): return "\"\(key)\" is already set on line \(firstLine): keep only one of the two lines"
        case .notTOML: return "this line does not read: a setting is written name = \"value\", a section [name]"
        case .notAString(let key): return "\"\(key)\" must be a quoted string"
        case .unknownSetting(let key, let known): return "unknown setting \"\(key)\" (known: \(known.joined(separator: ", ")))"
        case .unknownLanguage(let text): return "unknown language \"\(text)\": fr or en"
        case .unknownTheme(let text, let known): return "unknown theme \"\(text)\" (known: \(known.joined(separator: ", ")))"
        case .keysNotATable: return "\"keys\" must be a [keys] table"
        case .mailNotATable: return "\"mail\" must be a [mail] table"
        case .unknownMailSetting(let key, let known): return "unknown setting \"\(key)\" in [mail] (known: \(known.joined(separator: ", ")))"
        case .unreadableAddress(let key, let value):
            return "\"\(key)\": \"\(value)\" is not an address; write \(key) = \"Name <address@example.org>\""
        case .notABoolean(let key): return "\"\(key)\" is true or false, without quotes"
        case .unknownChoice(let key, let value, let known): return "\"\(key)\": unknown value \"\(value)\" (known: \(known.joined(separator: ", ")))"
        case .unknownAction(let name, let known): return "unknown action \"\(name)\" in [keys] (known: \(known.joined(separator: ", ")))"
        case .unreadableKeys(let name): return "unreadable keys for \"\(name)\": a key or a list of keys expected (e.g. \"a\", \"Ctrl-S\", [\"j\", \"Down\"])"
        case .noKeys(let name): return "no key for \"\(name)\""
        case .keyTaken(let key, let other, let name): return "\"\(key)\" already does \"\(other)\": \"\(name)\" keeps its keys"
        }
    }
}
