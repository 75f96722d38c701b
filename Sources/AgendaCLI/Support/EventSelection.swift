import AgendaModel
import AgendaWords
import ArgumentParser

/// The options that choose events, shared by `list` and `export ics` so that both select alike.
struct EventSelection: ParsableArguments {
    @Flag(help: "Include past events.")
    var all = false

    @Option(help: ArgumentHelp("Only events that end on or after this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that start on or before this date (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only this kind (workshop, webinar, conference, meeting, country-day, training, other, or the French names: atelier, webinaire…); repeatable.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events with this theme (accents and case ignored); repeatable.", valueName: "theme"))
    var theme: [String] = []

    @Option(name: .customLong("country-group"), help: ArgumentHelp("Only events of this country group; repeatable.", valueName: "group"))
    var countryGroup: [String] = []

    @Option(help: ArgumentHelp("Only events whose text contains every word (accents and case ignored).", valueName: "text"))
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
