import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda export …`: the catalogue's events in formats other programs read.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: helpText(.exportAbstract),
            subcommands: [ExportICSCommand.self]
        )
    }
}

/// `agenda export ics`: the selected events as an iCalendar file (RFC 5545).
struct ExportICSCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "ics",
            abstract: helpText(.exportICSAbstract),
            discussion: helpText(.exportICSDiscussion)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(helpText(.exportICSEvent), valueName: "id"))
    var event: [String] = []

    @OptionGroup var selection: EventSelection

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(helpText(.exportICSOutput), valueName: "file"))
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
