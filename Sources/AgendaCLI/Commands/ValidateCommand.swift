import AgendaModel
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a catalogue: print 'N events, OK', or every problem as FILE:LINE:COL: message (exit 65)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The catalogue to check (default: the one in use).", valueName: "file"))
    var file: String?

    func run() throws {
        let context = try global.context()
        let source = file.map(CatalogueSource.file) ?? context.source
        let reading = try context.read(source)
        KeptUntilExit.keep(reading)
        context.report(reading, of: source)
        guard let catalogue = reading.catalogue else {
            let count = reading.errors.count
            Console.error(context.language == .fr
                ? "\(context.displayName(of: source)) : \(count) problème\(count > 1 ? "s" : ""), catalogue refusé"
                : "\(context.displayName(of: source)): \(count) problem\(count > 1 ? "s" : ""), catalogue refused")
            throw ExitCode(ExitStatus.dataError)
        }
        let count = catalogue.events.count
        Console.output(context.language == .fr
            ? "\(count) événement\(count > 1 ? "s" : ""), OK"
            : "\(count) event\(count == 1 ? "" : "s"), OK")
    }
}
