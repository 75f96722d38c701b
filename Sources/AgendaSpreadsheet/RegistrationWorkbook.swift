import AgendaModel
import AgendaWords

/// Registrations as an Excel workbook (.xlsx), for coordinators who read an export in a
/// spreadsheet: one sheet, the CSV export's columns headed in the user's language, text that
/// stays text (no formula, no number, no apostrophe in front), dates that are dates, the header
/// row bold and frozen with a filter over the data, and columns as wide as their cells.
public enum RegistrationWorkbook {
    /// The workbook's bytes. `catalogue` gives the events' titles and the questions' labels;
    /// `created` (seconds since 1970) is the workbook's creation date, so that the same
    /// registrations exported at the same moment give the same bytes.
    public static func bytes(_ registrations: [Registration], catalogue: Catalogue? = nil, strings: Strings,
                             created: Int) throws(WorkbookError) -> [UInt8] {
        guard registrations.count < WorkbookError.maximumRows else {
            throw .tooManyRows(count: registrations.count)
        }
        let sheet = RegistrationSheet(registrations, catalogue: catalogue, strings: strings)
        return try WorkbookFile.bytes(of: sheet, words: strings.spreadsheet, created: created)
    }
}
