import CSV
import Foundation

/// The one way the program writes CSV: every cell neutralised (`SpreadsheetCell.neutralised`),
/// so that a name like `=HYPERLINK(…)` never reaches a spreadsheet as a live formula, whichever
/// command wrote the file, then quoted by CSV.swift's writer where the text needs it.
public struct SpreadsheetCSV: Sendable {
    public enum LineEnd: Sendable {
        case lf, crlf
    }

    public var delimiter: Character
    public var lineEnd: LineEnd
    /// Starts the bytes with the UTF-8 byte-order mark (without it Excel reads Windows-1252).
    public var byteOrderMark: Bool

    /// For French spreadsheets: `;`, CRLF and the byte-order mark.
    public static let frenchSpreadsheet = SpreadsheetCSV(delimiter: ";", lineEnd: .crlf, byteOrderMark: true)
    /// For scripts: `,` and LF, no byte-order mark (RFC 4180's fields, Unix lines).
    public static let plain = SpreadsheetCSV(delimiter: ",", lineEnd: .lf, byteOrderMark: false)

    public init(delimiter: Character, lineEnd: LineEnd, byteOrderMark: Bool) {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
        self.byteOrderMark = byteOrderMark
    }

    /// The file's bytes: the header, then one line a row, the last one ended too.
    public func bytes(header: [String], rows: [[String]]) -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        // An in-memory stream opens and takes every byte: the writer cannot fail on it.
        guard let writer = try? CSVWriter(stream: stream, delimiter: String(delimiter), newline: lineEnd == .crlf ? .crlf : .lf) else {
            preconditionFailure("an in-memory stream always opens")
        }
        func write(_ row: [String]) {
            do { try writer.write(row: row.map(SpreadsheetCell.neutralised)) } catch {
                preconditionFailure("an in-memory stream takes every byte")
            }
        }
        write(header)
        rows.forEach(write)
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        // The library ends rows with the separator of the next one; the last line ends too.
        return (byteOrderMark ? Self.byteOrderMarkBytes : []) + Array(data) + Array((lineEnd == .crlf ? "\r\n" : "\n").utf8)
    }

    /// The UTF-8 byte-order mark.
    public static let byteOrderMarkBytes: [UInt8] = [0xEF, 0xBB, 0xBF]
}
