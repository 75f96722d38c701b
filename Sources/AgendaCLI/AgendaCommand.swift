import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser

@main
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Browse the events of a network of local governments, register participants and triage inscriptions.",
        discussion: """
        With no subcommand, opens the terminal interface. The catalogue is --catalogue FILE, else \
        $AGENDA_CATALOGUE, else $XDG_DATA_HOME/agenda/catalogue.json, else the sample built into the program.
        Exit codes: 0 success, 64 bad usage, 65 bad catalogue or import data, 66 file not found or unreadable, \
        73 the store cannot be written, 1 anything else.
        """,
        version: AgendaVersion.current,
        subcommands: [ListCommand.self, ShowCommand.self, ValidateCommand.self, RegistrationsCommand.self, ExportCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try InterfaceLauncher.run(context: try global.context())
    }
}
