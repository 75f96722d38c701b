import AgendaModel
import AgendaSpreadsheet
import ArgumentParser
import Foundation

extension CommandContext {
    /// A workbook is binary: on a terminal it would show as noise and could leave the terminal
    /// in a strange state, so it goes only to a file or a pipe (as gzip does); exit 64 otherwise.
    func refuseWorkbookOnTerminal(outputOption: Bool) throws {
        guard isatty(STDOUT_FILENO) == 1 else { return }
        Console.error(strings.workbookNotForTerminal(outputOption: outputOption))
        throw ExitCode(ExitStatus.usage)
    }

    /// The registrations as an .xlsx workbook in the user's language, or the command ends after
    /// saying why not: 65 for what a spreadsheet cannot hold, 73 when the workbook cannot be made.
    func workbook(_ registrations: [Registration]) throws -> [UInt8] {
        do {
            return try RegistrationWorkbook.bytes(registrations, catalogue: catalogueForTitles(), strings: strings,
                                                  created: moment.instant)
        } catch {
            Console.error("agenda: " + strings.text(error))
            switch error {
            case .cellTooLong, .tooManyRows: throw ExitCode(ExitStatus.dataError)
            case .temporaryFiles, .library: throw ExitCode(ExitStatus.cannotCreate)
            }
        }
    }
}
