import CSV
import CatalogueGenerator
import Testing
@testable import AgendaModel

/// `CSVRecords` must read every text, malformed ones included, as the CSV.swift library does:
/// the import was built on that library, and a file must not read differently now.
@Suite struct CSVRecordsTests {
    /// A text with `;` as its separator; each test also reads it with `;` turned into the
    /// separator under test, and as written.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain rows", text: "a;b;c\n1;2;3\n"),
        Case(name: "empty text", text: ""),
        Case(name: "doubled quotes", text: "\"a\"\"b\";\"\"\"\";\"\"\n\"\"\"x\"\"\"\n"),
        Case(name: "quoted separators and line breaks", text: "\"a;b\";\"c\nd\";\"e\r\nf\";\"g\rh\"\nnext;row\n"),
        Case(name: "CR LF, CR and LF mixed", text: "a;b\r\nc;d\re;f\ng;h\n\ri;j\r\r\nk"),
        Case(name: "a quote inside an unquoted field", text: "ab\"c;d\"e\";f\"\"g\n\"h\n"),
        Case(name: "text after a closing quote", text: "\"ab\"cd;e\nf;g\"\n;h\n"),
        Case(name: "a space after a closing quote", text: "\"ab\" ;c\nd;e\n"),
        Case(name: "a multi-byte scalar after a closing quote", text: "\"a\"é;b\n\"c\"日d\n\"e\"😀f\"\n"),
        Case(name: "a space before an opening quote", text: " \"a;b\" ;c\n"),
        Case(name: "empty fields", text: ";;\n;\n\"\";\"\"\n"),
        Case(name: "a trailing separator", text: "a;\nb;;\nc;"),
        Case(name: "a quoted field then a separator at the end", text: "\"a\";"),
        Case(name: "no final line break", text: "a;b\nc;d"),
        Case(name: "a final CR", text: "a;b\rc;d\r"),
        Case(name: "a final CR LF", text: "a;b\r\nc;d\r\n"),
        Case(name: "blank lines", text: "\n\na;b\n\n\nc\r\n\r\n\r\r\n"),
        Case(name: "only line breaks", text: "\r\n\n\r"),
        Case(name: "an unclosed quote", text: "a;\"bc\nd;e\n"),
        Case(name: "a lone quote", text: "\""),
        Case(name: "a quote opened at the very end", text: "a;b;\""),
        Case(name: "three quotes", text: "\"\"\""),
        Case(name: "an escaped quote then the end", text: "\"a\"\""),
        Case(name: "a closing quote after an escaped one", text: "\"a\"\"\"\nb"),
        Case(name: "a closing quote before CR", text: "\"a\"\rb\n\"c\"\r\n\"d\"\r"),
        Case(name: "a lone CR inside quotes", text: "\"a\rb\";c\r\"\r\"\n"),
        Case(name: "CR inside quotes just before the closing quote", text: "\"a\r\"\nb;\"\r\"\r\nc"),
        Case(name: "accents, Japanese, emoji", text: "Élodie;田中 花子;👩‍💻;e\u{301};\"Kyoto; 京都市\"\n🇫🇷;\"日本\"\n"),
        Case(name: "a tab and a comma as values", text: "a\tb,c;\"d\te,f\"\n"),
        Case(name: "formula neutralisation as the export writes it", text: "'=1+1;'@x;\"'-2\"\n"),
    ]

    static let delimiters: [Unicode.Scalar] = [";", ",", "\t"]

    @Test("hand-written texts read as the library reads them", arguments: cases, delimiters)
    func handWritten(_ example: Case, delimiter: Unicode.Scalar) {
        expectLibraryReading(example.text, delimiter: delimiter)
        expectLibraryReading(example.text.replacingOccurrences(of: ";", with: String(delimiter)), delimiter: delimiter)
    }

    @Test("a separator a sep= line may declare, beyond ; , and tab", arguments: ["é", "€", "😀", "\"", "x", " ", "|"] as [Unicode.Scalar])
    func declaredSeparators(_ delimiter: Unicode.Scalar) {
        for example in Self.cases {
            expectLibraryReading(example.text.replacingOccurrences(of: ";", with: String(delimiter)), delimiter: delimiter)
        }
        // Its bytes split by another scalar, or a scalar that looks like it.
        expectLibraryReading("aé€😀b;e\u{301}x\"y\"|\n\"a\(delimiter)b\"\(delimiter)c\(delimiter)\"\"\(delimiter)", delimiter: delimiter)
    }

    @Test("random texts made of the tricky pieces read as the library reads them")
    func randomTexts() {
        let pieces = ["a", "bc", " ", "é", "e\u{301}", "田中", "😀", "'=", "\"", "\"", "\"\"", ";", ";", ",", "\t",
                      "\r", "\n", "\n", "\r\n", "\"q;r\"", "\"l\r\nm\"", "x\"y", "€", "\u{00A0}"]
        let delimiters: [Unicode.Scalar] = [";", ",", "\t", "é"]
        var random = SplitMix64(seed: 0x00C5_7000)
        var mismatches = 0
        for index in 0..<4_000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            if !expectLibraryReading(text, delimiter: delimiters[index % delimiters.count]) {
                mismatches += 1
                if mismatches == 5 { break }
            }
        }
    }

    @Test("whether the text ends inside a quoted value")
    func endsInsideQuote() {
        let expected: [(String, Bool)] = [
            ("a;b\n", false), ("\"a\"", false), ("\"a\";", false), ("\"a\"\n", false), ("\"a\"\"\"", false), ("", false),
            ("\"a", true), ("a;\"b\nc", true), ("\"", true), ("\"\"\"", true), ("\"a\"\"", true),
            // The library keeps reading a value whose closing quote is followed by anything else.
            ("\"a\"x;b\nc\n", true), ("\"a\" ;b", true),
            // A quote inside an unquoted field opens nothing.
            ("a\"b\nc", false),
        ]
        for (text, endsInside) in expected {
            #expect(CSVRecords(Array(text.utf8), delimiter: ";").endsInsideQuote == endsInside, "\(text.debugDescription)")
        }
    }

    @Test("the import refuses a file whose quoted value runs to the end, at the row where it opens")
    func importRefusesValueRunningToTheEnd() throws {
        let header = "firstName;lastName;email;organisation;eventId\n"
        func reason(_ text: String) -> ImportFileError.Reason? {
            do {
                _ = try CSVImportReader.read(Array(text.utf8), fileName: "f.csv")
                return nil
            } catch {
                return error.reason
            }
        }
        // A space after the closing quote: the library reads the rest of the file into the value.
        #expect(reason(header + "A;B;a@example.org;\"X\" ;w\nC;D;c@example.org;Y;w\n") == .unclosedQuote(line: 2))
        // An odd number of quotes, all of them closed as the library reads them: nothing is open.
        #expect(reason(header + "O\"Brien;B;a@example.org;X;w\nC;D;c@example.org;\"Y\nZ\";w\n") == nil)
        // Left open on the last line only: read as it stands.
        #expect(reason(header + "A;B;a@example.org;\"X;w") == nil)
    }

    @Test("Excel's sep= line: any scalar, sep= in any case, nothing else on the line")
    func declaredDelimiter() {
        func declared(_ text: String) -> Unicode.Scalar? { CSVImportReader.declaredDelimiter(in: Array(text.utf8)) }
        #expect(declared("sep=;\na") == ";")
        #expect(declared("SeP=\t\r\na") == "\t")
        #expect(declared("sep=😀") == "😀")
        #expect(declared("sep=;;\n") == nil)
        #expect(declared("sep=\n;") == nil)
        #expect(declared("sep;,\n") == nil)
        #expect(declared("sep\u{1D},\n") == nil)
        #expect(declared("firstName;lastName\n") == nil)
    }

    // MARK: - The comparison

    /// What CSV.swift reads: the reference.
    static func libraryRecords(_ text: String, delimiter: Unicode.Scalar) -> [[String]] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter) else { return [] }
        var records: [[String]] = []
        while let fields = reader.next() { records.append(fields) }
        return records
    }

    /// The line each record starts on, from a count of line breaks: a record takes one line
    /// plus the line breaks inside its values (LF, CR LF or a lone CR, each one).
    static func startLines(of records: [[String]]) -> [Int] {
        var line = 1
        return records.map { fields in
            defer { line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) } }
            return line
        }
    }

    static func lineBreaks(in value: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar?
        for scalar in value.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && previous != "\r") { count += 1 }
            previous = scalar
        }
        return count
    }

    /// Whether `CSVRecords` reads `text` as the library does, every field byte for byte (String
    /// equality would let a different normalisation pass) and every record on its line.
    @discardableResult
    func expectLibraryReading(_ text: String, delimiter: Unicode.Scalar,
                              sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let expected = Self.libraryRecords(text, delimiter: delimiter)
        let read = CSVRecords(Array(text.utf8), delimiter: delimiter)
        let fields = read.records.map { $0.fields.map { Array($0.utf8) } }
        let sameFields = fields == expected.map { $0.map { Array($0.utf8) } }
        let sameLines = read.records.map(\.line) == Self.startLines(of: expected)
        #expect(sameFields, "fields of \(text.debugDescription) with \(String(delimiter).debugDescription): \(read.records.map(\.fields)) instead of \(expected)",
                sourceLocation: sourceLocation)
        #expect(sameLines, "lines of \(text.debugDescription): \(read.records.map(\.line)) instead of \(Self.startLines(of: expected))",
                sourceLocation: sourceLocation)
        return sameFields && sameLines
    }
}
