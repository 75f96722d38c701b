import AgendaModel
import AgendaWords
import ArgumentParser

/// The options that choose events, shared by `list` and `export ics` so that both select alike.
struct EventSelection: ParsableArguments {
    @Flag(help: ArgumentHelp(helpText(.eventAll)))
    var all = false

    @Option(help: ArgumentHelp(helpText(.eventFrom), valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp(helpText(.eventTo), valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp(helpText(.eventKind), valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp(helpText(.eventTheme), valueName: "theme"))
    var theme: [String] = []

    @Option(name: .customLong("country-group"), help: ArgumentHelp(helpText(.eventCountryGroup), valueName: "group"))
    var countryGroup: [String] = []

    @Option(help: ArgumentHelp(helpText(.eventSearch), valueName: "text"))
    var search: String?

    mutating func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DateParsing.date(value) == nil {
                throw ValidationError(GlobalOptions.strings(nil).text(.badDateOption(option: name, value: value)))
            }
        }
        kind = try kind.map { given in
            guard let name = KindNames.resolve(given) else {
                throw ValidationError(GlobalOptions.strings(nil).text(.unknownKind(given, nearest: KindNames.nearest(to: given),
                                                                                   known: EventKind.known.map(\.rawValue))))
            }
            return name
        }
        if let from = from.flatMap(DateParsing.date), let to = to.flatMap(DateParsing.date), to < from {
            throw ValidationError(GlobalOptions.strings(nil).text(.endBeforeStart(from: from.description, to: to.description)))
        }
    }

    /// The filter these options describe; `includingPast` widens it as `--all` does.
    func filter(includingPast: Bool = false) -> EventFilter {
        EventFilter(
            timeframe: all || includingPast ? .all : .upcoming,
            kinds: Set(kind), themes: Set(theme), countryGroups: Set(countryGroup),
            from: from.flatMap(DateParsing.date), to: to.flatMap(DateParsing.date),
            search: search ?? ""
        )
    }
}
