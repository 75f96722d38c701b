import AgendaModel
import AgendaWords
import TOMLKit

/// Reads `config.toml`. A problem never stops the program: each is reported with its line,
/// and what could be read is kept (the rest takes the defaults).
public enum ConfigurationReader {
    public struct Problem: Sendable, Equatable {
        public let line: Int
        public let column: Int?
        public let message: String

        public func report(fileName: String) -> String {
            "\(fileName):\(line)\(column.map { ":\($0)" } ?? ""): \(message)"
        }
    }

    public static func read(_ text: String, language: Language) -> (Configuration, [Problem]) {
        let fr = language == .fr
        var configuration = Configuration()
        var problems: [Problem] = []
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let message = (fr ? "TOML invalide : " : "invalid TOML: ") + error.description
            problems.append(Problem(line: error.source.begin.line, column: error.source.begin.column, message: message))
            return (configuration, problems)
        } catch {
            problems.append(Problem(line: 1, column: nil, message: (fr ? "TOML invalide : " : "invalid TOML: ") + "\(error)"))
            return (configuration, problems)
        }
        func line(of key: String) -> Int {
            // TOMLKit keeps no positions for values: the key's first definition is the place.
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = raw.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix(key + " ") || trimmed.hasPrefix(key + "=") || trimmed.hasPrefix("\"\(key)\"") {
                    return index + 1
                }
            }
            return 1
        }
        func string(_ key: String) -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string else {
                problems.append(Problem(line: line(of: key), column: nil,
                                        message: fr ? "« \(key) » doit être une chaîne entre guillemets" : "\"\(key)\" must be a quoted string"))
                return nil
            }
            return text
        }
        let known: Set<String> = ["catalogue", "data-dir", "language", "theme", "keys"]
        for key in table.keys.sorted() where !known.contains(key) {
            problems.append(Problem(line: line(of: key), column: nil,
                                    message: fr ? "réglage inconnu « \(key) » (possibles : \(known.sorted().joined(separator: ", ")))"
                                                : "unknown setting \"\(key)\" (known: \(known.sorted().joined(separator: ", ")))"))
        }
        configuration.catalogue = string("catalogue")
        configuration.dataDirectory = string("data-dir")
        if let text = string("language") {
            if let value = Language(rawValue: text.lowercased()) {
                configuration.language = value
            } else {
                problems.append(Problem(line: line(of: "language"), column: nil,
                                        message: fr ? "langue « \(text) » inconnue : fr ou en" : "unknown language \"\(text)\": fr or en"))
            }
        }
        if let text = string("theme") {
            if let value = Configuration.ThemeName(rawValue: text.lowercased()) {
                configuration.theme = value
            } else {
                let names = Configuration.ThemeName.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(Problem(line: line(of: "theme"), column: nil,
                                        message: fr ? "thème « \(text) » inconnu (possibles : \(names))" : "unknown theme \"\(text)\" (known: \(names))"))
            }
        }
        if let value = table["keys"] {
            guard let keys = value.table else {
                problems.append(Problem(line: line(of: "keys"), column: nil,
                                        message: fr ? "« keys » doit être une table [keys]" : "\"keys\" must be a [keys] table"))
                return (configuration, problems)
            }
            for name in keys.keys.sorted() {
                let place = line(of: name)
                guard let action = Action.configurationNames[name] else {
                    problems.append(Problem(line: place, column: nil,
                                            message: fr ? "action « \(name) » inconnue dans [keys]" : "unknown action \"\(name)\" in [keys]"))
                    continue
                }
                let texts: [String]
                if let single = keys[name]?.string {
                    texts = [single]
                } else if let array = keys[name]?.array {
                    texts = array.compactMap { $0.string }
                } else {
                    texts = []
                }
                let parsed = texts.compactMap(Key.init(name:))
                guard !texts.isEmpty, parsed.count == texts.count else {
                    problems.append(Problem(line: place, column: nil,
                                            message: fr ? "touche(s) illisible(s) pour « \(name) » (ex. \"a\", \"Ctrl-S\", [\"j\", \"Down\"])"
                                                        : "unreadable key(s) for \"\(name)\" (e.g. \"a\", \"Ctrl-S\", [\"j\", \"Down\"])"))
                    continue
                }
                configuration.keys[action] = parsed
            }
        }
        return (configuration, problems)
    }

    /// Problems of rebinding, worded for the same report.
    public static func conflictProblems(_ conflicts: [(Action, KeyTable.Conflict)], text: String, language: Language) -> [Problem] {
        let fr = language == .fr
        let names = Dictionary(Action.configurationNames.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return conflicts.map { action, conflict in
            let name = names[action] ?? "\(action)"
            var line = 1
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where raw.drop(while: { $0 == " " }).hasPrefix(name) { line = index + 1; break }
            switch conflict {
            case .noKeys:
                return Problem(line: line, column: nil, message: fr ? "aucune touche pour « \(name) »" : "no key for \"\(name)\"")
            case .keyTaken(let key, let other, _):
                let otherName = names[other] ?? "\(other)"
                return Problem(line: line, column: nil,
                               message: fr ? "« \(key.name(.fr)) » fait déjà « \(otherName) » : « \(name) » garde ses touches"
                                           : "\"\(key.name(.en))\" already does \"\(otherName)\": \"\(name)\" keeps its keys")
            }
        }
    }
}
