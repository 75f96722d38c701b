/// Why a workbook (`--format xlsx`) could not be made. The file it goes to is written as every
/// export is (`AtomicFile`, whose failures are `StoreError`s); these are the workbook's own
/// limits and the spreadsheet library's failures. The language tables put each into words.
public enum WorkbookError: Error, Sendable, Equatable {
    /// A value longer than a cell holds (32 767 UTF-16 code units, the limit of Excel and of
    /// LibreOffice): `row` as the spreadsheet numbers it (the header is row 1), `column` by its header.
    case cellTooLong(row: Int, column: String)
    /// More registrations than a sheet has rows below its header.
    case tooManyRows(count: Int)
    /// The private directory the workbook is built in could not be made, or the finished
    /// workbook could not be read back from it.
    case temporaryFiles(path: String, errno: Int32)
    /// The spreadsheet library itself failed.
    case library(LibraryFailure)

    public enum LibraryFailure: Sendable, Equatable {
        case outOfMemory
        /// It could not create or read back one of its temporary files.
        case temporaryFile
        /// It could not compress the workbook (an .xlsx is a zip archive).
        case compression
        /// Any other error, by the library's number (`lxw_error`).
        case other(Int32)
    }

    /// The most rows a worksheet has, the header's included (Excel's and LibreOffice's limit).
    public static let maximumRows = 1_048_576
    /// The longest text a cell holds, in UTF-16 code units.
    public static let maximumCellLength = 32_767
}
