import AgendaModel
import ArgumentParser
import Foundation

/// `agenda export …`: the catalogue's events in formats other programs read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export events for other programs (iCalendar).",
        subcommands: [ExportICSCommand.self]
    )
}

/// `agenda export ics`: the selected events as an iCalendar file (RFC 5545).
struct ExportICSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Events as iCalendar (RFC 5545), for any calendar client.",
        discussion: """
        Selects the events as 'agenda list' does: upcoming ones by default, --all for past ones too, \
        narrowed by --from, --to, --kind, --theme, --country-group and --search. --event ID exports that \
        event whatever its date (repeatable).

        Timed events are written in UTC (…T130000Z), which every client shows in its user's own time zone; \
        whole-day events as dates, DTEND being the day after the last day. Each event's UID is \
        <id>@agenda.cites-unies-france.invalid, so importing a newer export updates the events instead of \
        doubling them. DTSTAMP is the event's updatedAt, else 00:00 UTC of today (--today makes it \
        repeatable). Cancelled events have STATUS:CANCELLED, postponed ones STATUS:TENTATIVE.

        With -o the file is written atomically (temporary file, fsync, rename), readable by its owner only, \
        as every file the program writes; chmod it to share it.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Export this event, whatever its date (see agenda list --all); repeatable.", valueName: "id"))
    var event: [String] = []

    @Flag(help: "Include past events.")
    var all = false

    @Option(help: ArgumentHelp("Only events that end on or after this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that start on or before this date (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only this kind (workshop, webinar, conference, meeting, country-day, training, other); repeatable.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only events with this theme (accents and case ignored); repeatable.", valueName: "theme"))
    var theme: [String] = []

    @Option(name: .customLong("country-group"), help: ArgumentHelp("Only events of this country group; repeatable.", valueName: "group"))
    var countryGroup: [String] = []

    @Option(help: ArgumentHelp("Only events whose text contains every word (accents and case ignored).", valueName: "text"))
    var search: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    mutating func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DateParsing.date(value) == nil {
                throw ValidationError("\(name) expects a real date written YYYY-MM-DD, not '\(value)'.")
            }
        }
        if let from = from.flatMap(DateParsing.date), let to = to.flatMap(DateParsing.date), to < from {
            throw ValidationError("--to (\(to)) is before --from (\(from)).")
        }
    }

    func run() throws {
        let context = try global.context()
        let catalogue = try context.loadCatalogue()
        let fr = context.language == .fr

        if let unknown = event.first(where: { catalogue.event(id: $0) == nil }) {
            Console.error(fr
                ? "agenda: aucun événement « \(TerminalSafeText.sanitize(unknown)) » dans le catalogue. La liste des identifiants : agenda list --all."
                : "agenda: no event '\(TerminalSafeText.sanitize(unknown))' in the catalogue. List the ids with: agenda list --all.")
            throw ExitCode(ExitStatus.usage)
        }
        let filter = EventFilter(
            timeframe: all || !event.isEmpty ? .all : .upcoming,
            kinds: Set(kind), themes: Set(theme), countryGroups: Set(countryGroup),
            from: from.flatMap(DateParsing.date), to: to.flatMap(DateParsing.date),
            search: search ?? ""
        )
        var events = catalogue.events(matching: filter, today: context.moment.today)
        if !event.isEmpty {
            let wanted = Set(event)
            events = events.filter { wanted.contains($0.id) }
        }

        let writer = ICalendarWriter(calendarName: catalogue.publisher,
                                     fallbackStamp: ICalendarWriter.stamp(for: context.moment.today))
        let bytes = writer.bytes(events)
        let count = events.count
        if count == 0 {
            Console.error(fr ? "agenda: aucun événement ne correspond ; le calendrier est vide."
                             : "agenda: no event matches; the calendar is empty.")
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            throw context.fail(error)
        }
        Console.output(TerminalSafeText.sanitize(fr
            ? "\(count) événement\(count > 1 ? "s" : "") écrit\(count > 1 ? "s" : "") dans \(output)"
            : "\(count) event\(count == 1 ? "" : "s") written to \(output)"))
    }
}
