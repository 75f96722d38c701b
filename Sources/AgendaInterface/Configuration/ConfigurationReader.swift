import Foundation
import AgendaModel
import AgendaWords
import TOMLKit

/// Reads `config.toml`. A problem never stops the program: each is reported with its line,
/// and what could be read is kept (the rest takes the defaults).
public enum ConfigurationReader {
    public struct Problem: Sendable, Equatable {
        public let line: Int
        public let column: Int?
        public let issue: ConfigurationIssue
        /// The language the problem is told in.
        public let language: Language

        public var message: String { Strings(language).text(issue) }

        public func report(fileName: String) -> String {
            "\(fileName):\(line)\(column.map { ":\($0)" } ?? ""): \(message)"
        }
    }

    public static func read(_ text: String, language: Language) -> (Configuration, [Problem]) {
        var configuration = Configuration()
        var problems: [Problem] = []
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let (line, issue) = TOMLDiagnosis.issue(in: text, line: error.source.begin.line)
            problems.append(Problem(line: line, column: nil, issue: issue, language: language))
            return (configuration, problems)
        } catch {
            problems.append(Problem(line: 1, column: nil, issue: .notTOML, language: language))
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
                problems.append(Problem(line: line(of: key), column: nil, issue: .notAString(key: key), language: language))
                return nil
            }
            return text
        }
        let known: Set<String> = ["catalogue", "data-dir", "language", "theme", "keys", "mail"]
        for key in table.keys.sorted() where !known.contains(key) {
            problems.append(Problem(line: line(of: key), column: nil, issue: .unknownSetting(key, known: known.sorted()),
                                    language: language))
        }
        configuration.catalogue = string("catalogue")
        configuration.dataDirectory = string("data-dir")
        if let text = string("language") {
            if let value = Language(rawValue: text.lowercased()) {
                configuration.language = value
            } else {
                problems.append(Problem(line: line(of: "language"), column: nil, issue: .unknownLanguage(text), language: language))
            }
        }
        if let text = string("theme") {
            if let value = Configuration.ThemeName(rawValue: text.lowercased()) {
                configuration.theme = value
            } else {
                problems.append(Problem(line: line(of: "theme"), column: nil,
                                        issue: .unknownTheme(text, known: Configuration.ThemeName.allCases.map(\.rawValue)),
                                        language: language))
            }
        }
        if let value = table["mail"] {
            if let mail = value.table {
                readMail(mail, into: &configuration.mail, problems: &problems, line: line(of:), language: language)
            } else {
                problems.append(Problem(line: line(of: "mail"), column: nil, issue: .mailNotATable, language: language))
            }
        }
        if let value = table["keys"] {
            guard let keys = value.table else {
                problems.append(Problem(line: line(of: "keys"), column: nil, issue: .keysNotATable, language: language))
                return (configuration, problems)
            }
            for name in keys.keys.sorted() {
                let place = line(of: name)
                guard let action = Action.configurationNames[name] else {
                    problems.append(Problem(line: place, column: nil, issue: .unknownAction(name, known: Action.configurationNames.keys.sorted()), language: language))
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
                    problems.append(Problem(line: place, column: nil, issue: .unreadableKeys(action: name), language: language))
                    continue
                }
                configuration.keys[action] = parsed
                configuration.keyLines[action] = place
            }
        }
        return (configuration, problems)
    }

    private static func readMail(_ mail: TOMLTable, into settings: inout MailSettings, problems: inout [Problem],
                                 line: (String) -> Int, language: Language) {
        let known = ["bcc-self", "from", "on-decision", "reply-to", "sendmail"]
        for key in mail.keys.sorted() where !known.contains(key) {
            problems.append(Problem(line: line(key), column: nil, issue: .unknownMailSetting(key, known: known), language: language))
        }
        func text(_ key: String) -> String? {
            guard let value = mail[key] else { return nil }
            guard let text = value.string else {
                problems.append(Problem(line: line(key), column: nil, issue: .notAString(key: key), language: language))
                return nil
            }
            return text
        }
        for key in ["from", "reply-to"] {
            guard let value = text(key) else { continue }
            guard let address = MailSettings.address(value) else {
                problems.append(Problem(line: line(key), column: nil, issue: .unreadableAddress(key: key, value: value), language: language))
                continue
            }
            if key == "from" { settings.from = address } else { settings.replyTo = address }
        }
        if let value = mail["bcc-self"] {
            if let flag = value.bool { settings.bccSelf = flag } else {
                problems.append(Problem(line: line("bcc-self"), column: nil, issue: .notABoolean(key: "bcc-self"), language: language))
            }
        }
        if let command = text("sendmail"), !command.trimmedWhitespace.isEmpty { settings.sendmail = command }
        if let choice = text("on-decision") {
            if let value = MailSettings.OnDecision(rawValue: choice.lowercased()) { settings.onDecision = value } else {
                problems.append(Problem(line: line("on-decision"), column: nil,
                                        issue: .unknownChoice(key: "on-decision", value: choice, known: MailSettings.OnDecision.allCases.map(\.rawValue)),
                                        language: language))
            }
        }
    }

    /// Problems of rebinding, worded for the same report.
    public static func conflictProblems(_ conflicts: [(Action, KeyTable.Conflict)], text: String, language: Language) -> [Problem] {
        let names = Dictionary(Action.configurationNames.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return conflicts.map { action, conflict in
            let name = names[action] ?? "\(action)"
            var line = 1
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where raw.drop(while: { $0 == " " }).hasPrefix(name) { line = index + 1; break }
            switch conflict {
            case .noKeys:
                return Problem(line: line, column: nil, issue: .noKeys(action: name), language: language)
            case .keyTaken(let key, let other, _):
                let otherName = names[other] ?? "\(other)"
                return Problem(line: line, column: nil, issue: .keyTaken(key: key.name(language), other: otherName, action: name),
                               language: language)
            }
        }
    }
}
