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
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Registrations as CSV or an Excel workbook for a spreadsheet, or JSON for another coordinator.",
        discussion: """
        CSV: UTF-8 with a byte-order mark, ';' between values, CRLF line ends, one column per field and \
        answer.<questionId> per question; a value starting with =, +, -, @, a tab or a CR gets a ' in front \
        so that no spreadsheet runs it as a formula. JSON: {"schemaVersion": 1, "registrations": [...]}, \
        each registration as registrations.json holds it. Both import again with 'registrations import'. \
        xlsx: an Excel workbook (LibreOffice, Excel, Numbers) with the CSV's columns headed in the chosen \
        language, every text as text (phones keep their leading zero, no formula, no '), dates as dates, \
        the header frozen with a filter; it needs -o or a standard output that is not a terminal. \
        With -o the file is written atomically and readable by its owner only (it holds personal data).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, xlsx
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var selection: RegistrationSelection

    @Option(help: "csv, json or xlsx.")
    var format: Format

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
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
