import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation

/// The user's config.toml, read once per run. Problems are printed to stderr with their line
/// and never stop the program: what could not be read takes its default.
enum ConfigurationFile {
    struct Settings {
        var configuration = Configuration()
        var problems: [String] = []
    }

    /// The language the file sets, if any, without a word about its problems (they are said
    /// once, when the command loads the file).
    static func language(environment: [String: String]) -> Language? {
        guard let path = Configuration.path(environment: environment), let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return ConfigurationReader.read(text, language: Language.fromEnvironment(environment)).0.language
    }

    /// `language`: the one --lang gave, if any; else the file's own, else the environment's.
    static func load(environment: [String: String], language chosen: Language?) -> Settings {
        var language = chosen ?? Language.fromEnvironment(environment)
        guard let path = Configuration.path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return Settings()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return report(Settings(), [Strings(language).text(.configurationUnreadable(path: path))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return report(Settings(), [Strings(language).text(.configurationNotUTF8(path: path))])
        }
        var (configuration, problems) = ConfigurationReader.read(text, language: language)
        if chosen == nil, let own = configuration.language, own != language {
            // The file says which language to speak: its own problems too.
            language = own
            (configuration, problems) = ConfigurationReader.read(text, language: language)
        }
        let conflicts = ConfigurationReader.conflictProblems(configuration.keyTable().conflicts, text: text, language: language)
        // In the order of the file's lines, as an editor would go through them.
        let ordered = (problems + conflicts).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let lines = ordered.map { TerminalSafeText.sanitize($0.report(fileName: path)) }
        return report(Settings(configuration: configuration, problems: lines), lines)
    }

    private static func report(_ settings: Settings, _ lines: [String]) -> Settings {
        var settings = settings
        settings.problems = lines
        for line in lines { Console.error("agenda: " + line) }
        return settings
    }
}
