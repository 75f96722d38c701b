/// One inscription as read from an import file, before any rule is applied.
public struct ImportRow: Sendable, Equatable {
    /// The 1-based line of the file where the row starts (a quoted value may span several lines).
    public var line: Int
    /// The values of the known columns, as written (not yet trimmed or checked).
    public var values: [ImportColumn: String]
    /// Answers by question id: text from a CSV; from JSON, as typed there.
    public var answers: [String: Answer]
    /// Set when the row cannot be read as an inscription at all (a JSON element that is not an
    /// object, a CSV row with more values than the header has columns): it is refused.
    public var malformed: ImportRefusal?
    /// The id, source, last change and history of a registration exported by an agenda.
    public var record: ExportedRecord?

    public init(line: Int, values: [ImportColumn: String] = [:], answers: [String: Answer] = [:],
                malformed: ImportRefusal? = nil) {
        self.line = line
        self.values = values
        self.answers = answers
        self.malformed = malformed
    }
}

/// What an import file holds: its rows, each with the line it starts on.
public struct ImportReading: Sendable, Equatable {
    /// How the file was read, found from its content rather than its name.
    public enum Format: Sendable, Equatable {
        /// `delimiter` is `;`, `,` or a tab, as found in the header line.
        case csv(delimiter: Character)
        case json
    }

    /// The name the file is reported under.
    public var fileName: String
    public var format: Format
    /// The rows in file order; rows with no value at all (blank lines, `;;;;`) are left out.
    public var rows: [ImportRow]
    /// Header names (or JSON members) that mean nothing to the import, in the order met: they
    /// are ignored, and the command line says so, since a misspelt column would otherwise go
    /// unnoticed.
    public var ignoredColumns: [String]
    /// How the file's bytes were read.
    public var encoding = Encoding.utf8

    public enum Encoding: Sendable, Equatable {
        case utf8
        /// Not UTF-8, but Windows-1252 text, as French Excel writes its CSV.
        case windows1252
    }

    public init(fileName: String, format: Format, rows: [ImportRow], ignoredColumns: [String] = []) {
        self.fileName = fileName
        self.format = format
        self.rows = rows
        self.ignoredColumns = ignoredColumns
    }
}
