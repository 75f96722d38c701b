import AgendaInterface
import AgendaModel
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one event in full, as the detail pane does."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The event's id (see agenda list).", valueName: "id"))
    var id: String

    func run() throws {
        let context = try global.context()
        let catalogue = try context.loadCatalogue()
        guard let event = catalogue.event(id: id) else {
            let near = catalogue.events.map(\.id).filter { $0.localizedStandardContains(id) || id.localizedStandardContains($0) }
            var message = context.language == .fr
                ? "agenda: aucun événement « \(TerminalSafeText.sanitize(id)) » dans le catalogue."
                : "agenda: no event '\(TerminalSafeText.sanitize(id))' in the catalogue."
            if !near.isEmpty {
                message += (context.language == .fr ? " Vouliez-vous dire : " : " Did you mean: ") + near.prefix(5).joined(separator: ", ") + " ?"
            } else {
                message += context.language == .fr ? " La liste des identifiants : agenda list --all." : " List the ids with: agenda list --all."
            }
            Console.error(message)
            throw ExitCode(ExitStatus.usage)
        }
        let availability = event.registrationAvailability(at: context.moment, approved: 0)
        let blocks = EventDetailDocument.blocks(for: event, strings: context.strings, availability: availability)
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
