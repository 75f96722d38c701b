import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// The language of the command line's own words (`--help`, the parser's errors), known before
/// the arguments are parsed: `--lang` when it is among them, else the configuration file's
/// language, else the environment's. Help texts are asked for while parsing, so it is found
/// first, once.
enum CommandLanguage {
    nonisolated(unsafe) static var current: Language = Language.fromEnvironment(ProcessInfo.processInfo.environment)

    static func detect(arguments: [String], environment: [String: String]) -> Language {
        var given: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count { given = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { given = String(argument.dropFirst("--lang=".count)) }
        }
        if let given, let language = Language(rawValue: given.lowercased()) { return language }
        if let configured = ConfigurationFile.language(environment: environment) { return configured }
        return Language.fromEnvironment(environment)
    }

    /// What ArgumentParser writes itself (headings, its own options, its errors), in the
    /// command line's language.
    static func translated(_ text: String) -> String {
        Strings(current).parserWords(text)
    }
}

/// The help text of `key` in the command line's language.
func helpText(_ key: CommandHelp) -> String {
    Strings(CommandLanguage.current).help(key)
}
