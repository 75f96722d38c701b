import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: helpText(.showAbstract)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(helpText(.showId), valueName: "id"))
    var id: String

    func run() throws {
        let context = try global.context()
        let catalogue = try context.loadCatalogue()
        guard let event = catalogue.event(id: id) else {
            let near = catalogue.events.map(\.id).filter { $0.localizedStandardContains(id) || id.localizedStandardContains($0) }
            Console.error(context.strings.text(.unknownEvent(TerminalSafeText.sanitize(id), near: Array(near.prefix(5)))))
            throw ExitCode(ExitStatus.usage)
        }
        let availability = event.registrationAvailability(at: context.moment, approved: 0)
        let blocks = EventDetailDocument.blocks(for: event, strings: context.strings, availability: availability, localZone: .system())
        for line in DetailLayout.lines(blocks, width: min(Console.width(), 100)) {
            // The document cleans the catalogue's text; this is the last guard before the
            // terminal (an unknown kind, for one, is shown as written), as the screen's grid has.
            let text = line.text.trimmingTrailingSpaces()
            Console.output(text.split(separator: "\t", omittingEmptySubsequences: false)
                .map { TerminalSafeText.sanitize(String($0)) }.joined(separator: "\t"))
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
