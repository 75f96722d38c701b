import AgendaInterface
import AgendaModel
import ArgumentParser
import Foundation

/// The options every command takes (interface.md).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("catalogue"), help: ArgumentHelp("The catalogue file (JSON).", valueName: "file"))
    var cataloguePath: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where registrations and drafts are kept.", valueName: "dir"))
    var dataDirectory: String?

    @Option(help: ArgumentHelp("The date to take as today (YYYY-MM-DD), for demonstrations and tests.", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("Interface language: fr or en (default: from LC_ALL, LC_MESSAGES, LANG).", valueName: "lang"))
    var lang: String?

    mutating func validate() throws {
        if let today, DateParsing.date(today) == nil {
            throw ValidationError("--today expects a real date written YYYY-MM-DD, not '\(today)'.")
        }
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang expects fr or en, not '\(lang)'.")
        }
    }

    func context() throws -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        let language = lang.flatMap { Language(rawValue: $0.lowercased()) } ?? Language.fromEnvironment(environment)
        let moment: Moment
        if let today, let day = DateParsing.date(today) {
            moment = .startOf(day, utcOffset: TimeZone.current.secondsFromGMT())
        } else {
            moment = .current()
        }
        return CommandContext(
            source: CatalogueSource.resolve(option: cataloguePath, environment: environment),
            dataDirectory: DataDirectory.resolve(option: dataDirectory, environment: environment),
            moment: moment,
            isDateFixed: today != nil,
            strings: Strings(language)
        )
    }
}
