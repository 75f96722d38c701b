import Foundation
import AgendaWords

/// What is wrong with a `config.toml` line the TOML library refused, in the program's own
/// words: the library's account is English whatever the language, and speaks of parser states
/// ("could not determine value type") rather than of what to write.
enum TOMLDiagnosis {
    /// The problem of the file `text`, the library having refused its line `line` (from 1).
    static func issue(in text: String, line: Int) -> (line: Int, issue: ConfigurationIssue) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let duplicate = duplicateSetting(lines) { return duplicate }
        guard line >= 1, line <= lines.count else { return (max(line, 1), .notTOML) }
        return (line, issue(ofLine: lines[line - 1]))
    }

    static func issue(ofLine raw: String) -> ConfigurationIssue {
        let line = withoutComment(raw).trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("[") {
            return line.hasSuffix("]") ? .notTOML : .unclosedTableHeader
        }
        if quotesAreOpen(line) { return .unclosedQuote }
        guard let equals = line.firstIndex(of: "=") else { return .missingEquals(line) }
        let key = line[..<equals].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return .missingValue(key: key) }
        if let first = value.first, first.isLetter, !["true", "false"].contains(value) {
            return .unquotedValue(key: key, value: value)
        }
        return .notTOML
    }

    /// A setting given twice in one table: the second is the one refused.
    private static func duplicateSetting(_ lines: [String]) -> (line: Int, issue: ConfigurationIssue)? {
        var table = ""
        var seen: [String: Int] = [:]
        for (index, raw) in lines.enumerated() {
            let line = withoutComment(raw).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), line.hasSuffix("]") {
                table = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let equals = line.firstIndex(of: "="), !quotesAreOpen(String(line[..<equals])) else { continue }
            var key = line[..<equals].trimmingCharacters(in: .whitespaces)
            if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 { key = String(key.dropFirst().dropLast()) }
            let name = table.isEmpty ? key : table + "." + key
            if let first = seen[name] { return (index + 1, .settingTwice(key: name, firstLine: first)) }
            seen[name] = index + 1
        }
        return nil
    }

    /// The line without a `#` comment (a `#` inside quotes is text).
    private static func withoutComment(_ line: String) -> String {
        var inQuotes = false
        var escaped = false
        for (offset, character) in line.enumerated() {
            if escaped { escaped = false; continue }
            if character == "\\", inQuotes { escaped = true; continue }
            if character == "\"" { inQuotes.toggle() }
            if character == "#", !inQuotes { return String(line.prefix(offset)) }
        }
        return line
    }

    private static func quotesAreOpen(_ text: String) -> Bool {
        var open = false
        var escaped = false
        for character in text {
            if escaped { escaped = false; continue }
            if character == "\\", open { escaped = true; continue }
            if character == "\"" { open.toggle() }
        }
        return open
    }
}
