import AgendaModel
import AgendaWords
import CXlsxWriter
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The calls to libxlsxwriter. Debian's 1.1.4 writes a workbook only to a file it names, with
/// the umask's mode: it is built in a directory of its own, private (0700), and read back, so
/// that the caller writes the bytes as every export is written (atomically, 0600, or to the
/// standard output) and no half-written workbook is ever under the user's name.
enum WorkbookFile {
    static func bytes(of sheet: RegistrationSheet, words: any SpreadsheetWords, created: Int) throws(WorkbookError) -> [UInt8] {
        let directory = try privateDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/registrations.xlsx"
        try write(sheet, to: path, temporaryDirectory: directory, words: words, created: created)
        return try contents(of: path)
    }

    // MARK: - Private

    private static func write(_ sheet: RegistrationSheet, to path: String, temporaryDirectory: String,
                              words: any SpreadsheetWords, created: Int) throws(WorkbookError) {
        // The library's own temporary files (one a part of the archive) go in the private
        // directory too: they hold the same personal data.
        let tmpdir = strdup(temporaryDirectory)
        defer { free(tmpdir) }
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: tmpdir, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else { throw .library(.outOfMemory) }
        var closed = false
        defer { if !closed { lxw_workbook_free(workbook) } }

        var properties = lxw_doc_properties()
        properties.created = time_t(created)
        try check(workbook_set_properties(workbook, &properties))
        guard let worksheet = workbook_add_worksheet(workbook, words.sheetName),
              let header = workbook_add_format(workbook), let text = workbook_add_format(workbook),
              let date = workbook_add_format(workbook) else {
            throw .library(.outOfMemory)
        }
        format_set_bold(header)
        // "@", the text format: a value typed again into the cell stays text too.
        format_set_num_format(text, "@")
        format_set_num_format(date, words.dateTimeFormat)

        for (column, title) in sheet.headers.enumerated() {
            try writeText(title, worksheet, row: 0, column: column, format: header, header: title)
        }
        for (index, cells) in sheet.rows.enumerated() {
            let row = index + 1
            for (column, cell) in cells.enumerated() {
                let at = (lxw_row_t(row), lxw_col_t(column))
                switch cell {
                case .empty:
                    continue
                case .text(let value):
                    try writeText(value, worksheet, row: row, column: column, format: text, header: sheet.headers[column])
                case .dateTime(let when):
                    var value = lxw_datetime(year: Int32(when.year), month: Int32(when.month), day: Int32(when.day),
                                             hour: Int32(when.hour), min: Int32(when.minute), sec: Double(when.second))
                    try check(worksheet_write_datetime(worksheet, at.0, at.1, &value, date))
                case .number(let value):
                    try check(worksheet_write_number(worksheet, at.0, at.1, value, nil))
                case .boolean(let value):
                    try check(worksheet_write_boolean(worksheet, at.0, at.1, value ? 1 : 0, nil))
                }
            }
        }

        let lastColumn = lxw_col_t(max(sheet.headers.count - 1, 0))
        for column in sheet.headers.indices {
            let width = ColumnWidth.of(sheet.rows.map { $0[column] }, header: sheet.headers[column],
                                       dateTimeFormat: words.dateTimeFormat)
            try check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil))
        }
        worksheet_freeze_panes(worksheet, 1, 0)
        try check(worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.count), lastColumn))

        closed = true
        try check(workbook_close(workbook))
    }

    /// Always a string cell (`worksheet_write_string`), never a formula or a number, whatever
    /// the text looks like.
    private static func writeText(_ value: String, _ worksheet: UnsafeMutablePointer<lxw_worksheet>, row: Int, column: Int,
                                  format: UnsafeMutablePointer<lxw_format>, header: String) throws(WorkbookError) {
        let tooLong = WorkbookError.cellTooLong(row: row + 1, column: header)
        guard value.utf16.count <= WorkbookError.maximumCellLength else { throw tooLong }
        let error = worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), CellText.escaped(value), format)
        // The library counts the escaped text, which can be longer.
        if error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED { throw tooLong }
        try check(error)
    }

    private static func check(_ error: lxw_error) throws(WorkbookError) {
        switch error {
        case LXW_NO_ERROR: return
        case LXW_ERROR_MEMORY_MALLOC_FAILED: throw .library(.outOfMemory)
        case LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE:
            throw .library(.temporaryFile)
        case LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_BAD_ZIP_FILE,
             LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE:
            throw .library(.compression)
        default: throw .library(.other(Int32(error.rawValue)))
        }
    }

    /// A new directory only its owner can enter, in `$TMPDIR` (else /tmp).
    private static func privateDirectory() throws(WorkbookError) -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/agenda-xlsx-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        guard made != nil else { throw .temporaryFiles(path: base, errno: errno) }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func contents(of path: String) throws(WorkbookError) -> [UInt8] {
        let directory = (path as NSString).deletingLastPathComponent
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .temporaryFiles(path: directory, errno: errno) }
        defer { _ = close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .temporaryFiles(path: directory, errno: errno)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }
}
