import AgendaModel
import AgendaWords
import ArgumentParser

/// `agenda catalogue …`: changes to the catalogue file from other programs' files.
struct CatalogueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "catalogue",
            abstract: helpText(.catalogueAbstract),
            subcommands: [CatalogueImportCommand.self]
        )
    }
}
