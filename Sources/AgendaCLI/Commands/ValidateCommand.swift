import AgendaModel
import AgendaWords
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: helpText(.validateAbstract)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(helpText(.validateFile), valueName: "file"))
    var file: String?

    /// A quoted `~` reaches the program unexpanded: expanded as the shell would have.
    mutating func validate() throws {
        file = file.map(UserPath.fromCommandLine)
    }

    func run() throws {
        let context = try global.context()
        let source = file.map(CatalogueSource.file) ?? context.source
        let reading = try context.read(source, named: file == nil ? .configuration : .commandArgument)
        KeptUntilExit.keep(reading)
        context.report(reading, of: source)
        guard let catalogue = reading.catalogue else {
            Console.error(context.strings.text(.validationFailed(name: context.displayName(of: source), problems: reading.errors.count)))
            throw ExitCode(ExitStatus.dataError)
        }
        Console.output(context.strings.text(.validationPassed(events: catalogue.events.count)))
    }
}
