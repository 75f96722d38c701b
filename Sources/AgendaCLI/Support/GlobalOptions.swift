import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// The options every command takes (docs/agenda.1, OPTIONS; their precedence: docs/configuration.md).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("catalogue"), help: ArgumentHelp(helpText(.globalCataloguePath), valueName: "file"))
    var cataloguePath: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(helpText(.globalDataDirectory), valueName: "dir"))
    var dataDirectory: String?

    @Option(help: ArgumentHelp(helpText(.globalToday), valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp(helpText(.globalLang), valueName: "lang"))
    var lang: String?

    mutating func validate() throws {
        if let today, DateParsing.date(today) == nil {
            throw ValidationError(Self.strings(lang).text(.badDateOption(option: "--today", value: today)))
        }
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(Self.strings(nil).text(.badLanguageOption(lang)))
        }
    }

    /// The words of a mistake in the options themselves: `--lang` when it is right, else the
    /// command line's language (the configuration's, the environment's).
    static func strings(_ lang: String?) -> Strings {
        Strings(lang.flatMap { Language(rawValue: $0.lowercased()) } ?? CommandLanguage.current)
    }

    func context() throws -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        let settings = ConfigurationFile.load(environment: environment, language: lang.flatMap { Language(rawValue: $0.lowercased()) })
        let configuration = settings.configuration
        let language = lang.flatMap { Language(rawValue: $0.lowercased()) } ?? configuration.language
            ?? Language.fromEnvironment(environment)
        // The command line, then the environment, then the configuration file, then the defaults.
        let hasVariable = { (name: String) in !(environment[name] ?? "").isEmpty }
        var catalogueOption = cataloguePath ?? (hasVariable("AGENDA_CATALOGUE") ? nil : configuration.catalogue)
        var problems = settings.problems
        // A catalogue named in config.toml that is not there is a mistake of the file, and a
        // mistake in config.toml keeps the default and says so, as every other setting does.
        if cataloguePath == nil, !hasVariable("AGENDA_CATALOGUE"), let configured = configuration.catalogue,
           let file = Configuration.path(environment: environment) {
            let path = UserPath.expanded(configured, home: environment["HOME"])
            if !FileManager.default.fileExists(atPath: path) {
                let problem = Strings(language).text(.configuredCatalogueMissing(configuration: file, path: path))
                Console.error("agenda: " + problem)
                problems.append(problem)
                catalogueOption = nil
            }
        }
        var dataOption = dataDirectory ?? (hasVariable("AGENDA_DATA_DIR") ? nil : configuration.dataDirectory)
        // A data-dir in config.toml that is a file: the default, and why.
        if dataDirectory == nil, !hasVariable("AGENDA_DATA_DIR"), let configured = configuration.dataDirectory,
           let file = Configuration.path(environment: environment) {
            let path = UserPath.expanded(configured, home: environment["HOME"])
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                let problem = Strings(language).text(.configuredDataDirectoryIsAFile(configuration: file, path: path))
                Console.error("agenda: " + problem)
                problems.append(problem)
                dataOption = nil
            }
        }
        let moment: Moment
        if let today, let day = DateParsing.date(today) {
            moment = .startOf(day, utcOffset: TimeZone.current.secondsFromGMT())
        } else {
            moment = .current()
        }
        return CommandContext(
            source: CatalogueSource.resolve(option: catalogueOption, environment: environment),
            dataDirectory: DataDirectory.resolve(option: dataOption, environment: environment),
            moment: moment,
            isDateFixed: today != nil,
            strings: Strings(language),
            configuration: configuration,
            configurationProblems: problems
        )
    }
}

extension UserPath {
    /// A path given on the command line, `~` expanded from this process's `$HOME`.
    static func fromCommandLine(_ path: String) -> String {
        expanded(path, home: ProcessInfo.processInfo.environment["HOME"])
    }
}
