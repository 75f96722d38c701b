/// Why an import file was refused as a whole: nothing in it is imported. the language tables name the
/// file and say what to do.
public struct ImportFileError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Not UTF-8 (typically a spreadsheet's "CSV" saved as Windows-1252): where it starts.
        case invalidUTF8(line: Int)
        /// No header row and no JSON: nothing at all, or blank lines only.
        case empty
        /// The header lacks columns that every inscription needs.
        case missingColumns([ImportColumn])
        /// Two header names mean the same column (`email` and `courriel`).
        case repeatedColumn(ImportColumn)
        /// A quoted value opened on this line is never closed.
        case unclosedQuote(line: Int)
        /// The file starts like JSON but does not parse.
        case jsonSyntax(JSONParser.SyntaxError.Reason, line: Int, column: Int)
        /// Valid JSON, but neither an array of inscriptions nor an object with a
        /// `registrations` array.
        case jsonShape
        /// A spreadsheet workbook (.xlsx, .ods, .xls), not a CSV export of one.
        case spreadsheetWorkbook
        /// A store file of a version this program does not know.
        case unsupportedVersion(Int?)
    }

    public let fileName: String
    public let reason: Reason

    public init(fileName: String, reason: Reason) {
        self.fileName = fileName
        self.reason = reason
    }
}
