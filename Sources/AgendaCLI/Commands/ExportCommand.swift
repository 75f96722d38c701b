import AgendaModel
import AgendaWords
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

    @OptionGroup var selection: EventSelection

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// A quoted `~` reaches the program unexpanded: expanded as the shell would have.
    mutating func validate() throws {
        output = output.map(UserPath.fromCommandLine)
    }

    func run() throws {
        let context = try global.context()
        let catalogue = try context.loadCatalogue()

        if let unknown = event.first(where: { catalogue.event(id: $0) == nil }) {
            Console.error(context.strings.text(.unknownEvent(TerminalSafeText.sanitize(unknown), near: [])))
            throw ExitCode(ExitStatus.usage)
        }
        let filter = selection.filter(includingPast: !event.isEmpty)
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
            Console.error(context.strings.text(.emptyCalendar))
        }
        try context.deliver(bytes, to: output)
        guard let output else { return }
        Console.output(TerminalSafeText.sanitize(context.strings.text(.eventsWritten(count: count, path: output))))
    }
}
