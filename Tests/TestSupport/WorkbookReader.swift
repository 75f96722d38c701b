import Foundation

/// An .xlsx file as openpyxl (the Python reader many tools use) understands it: run by Debian's
/// own interpreter, /usr/bin/python3, where `apt-get install python3-openpyxl` puts the module
/// (.ci/run installs it). A missing interpreter or module is an error, so that the test fails
/// rather than skip.
public struct ReadWorkbook: Decodable, Sendable {
    public struct Cell: Decodable, Sendable, Equatable {
        /// openpyxl's data_type: "s" string, "n" number, "b" boolean, "d" date, "f" formula.
        public let type: String
        /// The value as JSON gives it: text, a number, a boolean, or a date-time as
        /// `YYYY-MM-DDThh:mm:ss`; nil for an empty cell.
        public let value: Value?
        public let numberFormat: String
        public let bold: Bool

        public var text: String? { if case .text(let text)? = value { return text } else { return nil } }
    }

    public enum Value: Decodable, Sendable, Equatable {
        case text(String), number(Double), boolean(Bool)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .boolean(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .text(try container.decode(String.self)) }
        }
    }

    public let sheets: [String]
    public let freezePanes: String?
    public let autoFilter: String?
    /// Column letter → width, for the columns given one.
    public let widths: [String: Double]
    /// Every row to the last one used, every cell to the last column used.
    public let rows: [[Cell]]
    public let created: String?

    /// The row's cells' texts, nil for the others.
    public func texts(_ row: Int) -> [String?] { rows[row].map(\.text) }
}

public struct WorkbookReadError: Error, CustomStringConvertible {
    public let description: String
}

private let openpyxlReader = #"""
import json, sys, datetime
try:
    import openpyxl
except ImportError:
    sys.exit(3)

workbook = openpyxl.load_workbook(sys.argv[1])
sheet = workbook.worksheets[0]

def value(cell):
    if isinstance(cell.value, datetime.datetime):
        return cell.value.isoformat()
    return cell.value

rows = [[{'type': cell.data_type, 'value': value(cell), 'numberFormat': cell.number_format,
          'bold': bool(cell.font and cell.font.b)} for cell in row] for row in sheet.iter_rows()]
created = workbook.properties.created
print(json.dumps({
    'sheets': workbook.sheetnames,
    'freezePanes': sheet.freeze_panes,
    'autoFilter': sheet.auto_filter.ref,
    'widths': {letter: dimension.width for letter, dimension in sheet.column_dimensions.items() if dimension.customWidth},
    'rows': rows,
    'created': created.isoformat() if created else None,
}))
"""#

/// Reads `path` with openpyxl.
public func readWorkbook(_ path: String) throws -> ReadWorkbook {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", openpyxlReader, path]
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
        throw WorkbookReadError(description: "/usr/bin/python3 is needed to read the workbook back (apt-get install python3-openpyxl; .ci/run installs it): \(error)")
    }
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    let stderr = String(decoding: errorData, as: UTF8.self)
    if process.terminationStatus == 3 {
        throw WorkbookReadError(description: """
            the openpyxl module of /usr/bin/python3 is needed to read the workbook back \
            (apt-get install python3-openpyxl; .ci/run installs it)
            """)
    }
    guard process.terminationStatus == 0 else {
        throw WorkbookReadError(description: "openpyxl could not read \(path): exit \(process.terminationStatus): \(stderr)")
    }
    return try JSONDecoder().decode(ReadWorkbook.self, from: data)
}
