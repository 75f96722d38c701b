import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

@main
struct AgendaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "agenda",
            abstract: helpText(.agendaAbstract),
            discussion: helpText(.agendaDiscussion),
            version: AgendaVersion.current,
            subcommands: [ListCommand.self, ShowCommand.self, ValidateCommand.self, RegistrationsCommand.self, CatalogueCommand.self,
                          ExportCommand.self, MailCommand.self]
        )
    }

    @OptionGroup var global: GlobalOptions

    /// ArgumentParser's own `main`, with the language of the help and the errors found first
    /// and the parser's fixed words put in it.
    static func main() {
        CommandLanguage.current = CommandLanguage.detect(arguments: Array(CommandLine.arguments.dropFirst()),
                                                         environment: ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = CommandLanguage.translated(fullMessage(for: error))
            if code == .success {
                if !text.isEmpty { print(text) }
            } else if !text.isEmpty {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
            // Said above in the right language: the parser's own exit would say it again.
            Foundation.exit(code.rawValue)
        }
    }

    func run() throws {
        try InterfaceLauncher.run(context: try global.context())
    }
}
