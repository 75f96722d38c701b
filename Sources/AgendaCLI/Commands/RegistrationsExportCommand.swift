import AgendaModel
import AgendaSpreadsheet
import AgendaWords
import ArgumentParser
import Foundation
import SampleCatalogue

/// `agenda registrations export --format csv|json|xlsx`: the selected registrations for a
/// spreadsheet (CSV for French spreadsheets, safe against formula injection; an Excel workbook,
/// where text stays text) or for another coordinator (JSON in the store's format).
struct RegistrationsExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: helpText(.registrationsExportAbstract),
            discussion: helpText(.registrationsExportDiscussion)
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, xlsx
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var selection: RegistrationSelection

    @Option(help: ArgumentHelp(helpText(.registrationsExportFormat)))
    var format: Format

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(helpText(.registrationsExportOutput), valueName: "file"))
    var output: String?

    /// A quoted `~` reaches the program unexpanded: expanded as the shell would have.
    mutating func validate() throws {
        output = output.map(UserPath.fromCommandLine)
    }

    func run() throws {
        let context = try global.context()
        if format == .xlsx, output == nil { try context.refuseWorkbookOnTerminal(outputOption: true) }
        let stored = try context.loadRegistrations()
        try selection.requireKnownEvent(in: stored, context: context)
        let catalogue = context.catalogueForTitles()
        let registrations = RegistrationListOrder.sorted(selection.filter(stored), catalogue: catalogue)
        let bytes: [UInt8]
        switch format {
        case .csv: bytes = RegistrationExport.csv(registrations, catalogue: catalogue)
        case .json: bytes = RegistrationExport.json(registrations)
        case .xlsx: bytes = try context.workbook(registrations)
        }
        try context.deliver(bytes, to: output)
        guard let output else { return }
        Console.output(TerminalSafeText.sanitize(context.strings.text(.registrationsWritten(count: registrations.count, path: output))))
    }
}

extension CommandContext {
    /// The catalogue when it reads cleanly, else nil, without a word: the export only takes
    /// the events' titles from it, and registrations stand without it.
    func catalogueForTitles() -> Catalogue? {
        switch source {
        case .builtInSample:
            return CatalogueDecoder.read(sampleCatalogueBytes).catalogue
        case .file(let path):
            return (try? CatalogueFile.read(path)).flatMap { CatalogueDecoder.read($0).catalogue }
        }
    }
}
