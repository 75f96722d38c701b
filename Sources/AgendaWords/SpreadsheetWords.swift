import AgendaModel

/// The words of a workbook of registrations (`--format xlsx`): its sheet, its column headers,
/// how its dates show, and why one could not be made.
public protocol SpreadsheetWords: Sendable {
    /// The sheet's tab: at most 31 characters, none of `[ ] : * ? / \`.
    var sheetName: String { get }
    func columnHeader(_ column: RegistrationColumn) -> String
    /// The spreadsheet number format of the created and updated date-times (`dd/mm/yyyy hh:mm`):
    /// the cell holds the date itself, this only says how it shows.
    var dateTimeFormat: String { get }
    func workbook(_ error: WorkbookError) -> String
    /// A workbook asked for with the standard output on a terminal; `outputOption` when the
    /// command has `-o`.
    func workbookNotForTerminal(outputOption: Bool) -> String
}

extension Strings {
    public var spreadsheet: any SpreadsheetWords { table }
    public func text(_ error: WorkbookError) -> String { table.typeset(table.workbook(error)) }
    public func workbookNotForTerminal(outputOption: Bool) -> String {
        table.typeset(table.workbookNotForTerminal(outputOption: outputOption))
    }
}
