/// Reads the CSV form of an import file: a header row naming the columns in any order, then one
/// inscription a row; quoted values may hold separators, quotes and line breaks. The records
/// are those the CSV.swift library reads (see `CSVRecords`).
enum CSVImportReader {
    /// `bytes` are valid UTF-8 without a byte-order mark.
    static func read(_ bytes: [UInt8], fileName: String) throws(ImportFileError) -> ImportReading {
        let declared = declaredDelimiter(in: bytes)
        let delimiter = declared ?? self.delimiter(ofHeaderIn: bytes)
        func fail(_ reason: ImportFileError.Reason) -> ImportFileError { ImportFileError(fileName: fileName, reason: reason) }
        let parsed = CSVRecords(bytes, delimiter: delimiter)

        // A quote never closed swallows the rest of the file into the last row's value; one
        // left open on the last line only is read as it stands.
        if parsed.endsInsideQuote, let last = parsed.records.last, last.fields.contains(where: containsLineBreak) {
            throw fail(.unclosedQuote(line: last.line))
        }

        var records = parsed.records[...]
        if declared != nil { records = records.dropFirst() }
        let rows = records.filter { !$0.fields.allSatisfy(isBlank) }
        guard let header = rows.first?.fields else { throw fail(.empty) }

        var slots: [Slot] = []
        var seen: Set<ImportColumn> = []
        var ignored: [String] = []
        for name in header {
            let name = name.trimmedWhitespace
            if let column = ImportColumn.named(name) {
                guard seen.insert(column).inserted else { throw fail(.repeatedColumn(column)) }
                slots.append(.column(column))
            } else if let question = ImportColumn.questionID(inHeader: name) {
                slots.append(.answer(question))
            } else {
                if !name.isEmpty, !ImportColumn.isInformational(name) { ignored.append(name) }
                slots.append(.ignored)
            }
        }
        let missing = ImportColumn.required.filter { !seen.contains($0) }
        guard missing.isEmpty else { throw fail(.missingColumns(missing)) }

        let fill = RowFilling(slots: slots)
        let importRows = rows.dropFirst().map { record -> ImportRow in
            var row = fill.row(from: record.fields, line: record.line)
            if record.fields.count > slots.count,
               record.fields[slots.count...].contains(where: { !isBlank($0) }) {
                // A trailing separator is harmless; a value beyond the header is not.
                row.malformed = .extraValues(found: record.fields.count, expected: slots.count)
            }
            return row
        }
        return ImportReading(fileName: fileName, format: .csv(delimiter: Character(delimiter)),
                             rows: importRows, ignoredColumns: ignored)
    }

    /// What a header position means.
    enum Slot { case column(ImportColumn), answer(String), ignored }

    /// Puts a row's values under the header's columns and questions.
    ///
    /// A column hashes as its name, so filling 100 000 rows key by key would cost more than
    /// reading them. A row as long as the header starts instead from dictionaries that already
    /// hold every key, and its values go in by index, without hashing.
    struct RowFilling {
        private enum Target {
            case value(Dictionary<ImportColumn, String>.Index)
            case answer(Dictionary<String, Answer>.Index)
            case ignored
        }

        private let slots: [Slot]
        private let values: [ImportColumn: String]
        private let answers: [String: Answer]
        private let targets: [Target]

        init(slots: [Slot]) {
            var values: [ImportColumn: String] = [:]
            var answers: [String: Answer] = [:]
            for slot in slots {
                switch slot {
                case .column(let column): values[column] = ""
                case .answer(let question): answers[question] = .text("")
                case .ignored: break
                }
            }
            self.slots = slots
            self.values = values
            self.answers = answers
            targets = slots.map { slot in
                switch slot {
                case .column(let column): .value(values.index(forKey: column)!)
                case .answer(let question): .answer(answers.index(forKey: question)!)
                case .ignored: .ignored
                }
            }
        }

        /// The row with `fields` as values, those beyond the header left out.
        func row(from fields: [String], line: Int) -> ImportRow {
            guard fields.count >= slots.count else { return shortRow(from: fields, line: line) }
            var values = self.values
            var answers = self.answers
            // Later fields win when two answer columns name the same question, as with keys.
            for (target, field) in zip(targets, fields) {
                switch target {
                case .value(let index): values.values[index] = unneutralised(field)
                case .answer(let index): answers.values[index] = .text(unneutralised(field))
                case .ignored: break
                }
            }
            return ImportRow(line: line, values: values, answers: answers)
        }

        /// A row shorter than the header has only the values it gives.
        private func shortRow(from fields: [String], line: Int) -> ImportRow {
            var row = ImportRow(line: line)
            for (slot, field) in zip(slots, fields) {
                switch slot {
                case .column(let column): row.values[column] = unneutralised(field)
                case .answer(let question): row.answers[question] = .text(unneutralised(field))
                case .ignored: break
                }
            }
            return row
        }
    }

    /// The separator, found in the header line (the first line that is not blank): `;` (French
    /// spreadsheets), `,` or a tab, whichever appears most; `,` when none does.
    static func delimiter(ofHeaderIn bytes: [UInt8]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var blank = true
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        scalars: while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let decoded): scalar = decoded
            case .emptyInput: break scalars
            case .error: scalar = "\u{FFFD}"  // as String(decoding:) would have it
            }
            if scalar == "\n" || scalar == "\r" {
                if blank { continue }
                break
            }
            if !scalar.properties.isWhitespace { blank = false }
            if counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = [";", "\t"].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > counts[","]! ? best : ","
    }

    /// The separator Excel declares on a first line of its own (`sep=;`), if there is one: any
    /// single scalar after a `sep=` in any case.
    static func declaredDelimiter(in bytes: [UInt8]) -> Unicode.Scalar? {
        // Such a line is at most 8 bytes: no need to look further for its end.
        let head = bytes.prefix(9)
        let firstLine = head.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        // Only ASCII letters lower-case to `s`, `e` and `p`.
        let lowercased = firstLine.prefix(4).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        guard firstLine.count >= 5, lowercased.elementsEqual("sep=".utf8) else { return nil }
        let rest = String(decoding: firstLine.dropFirst(4), as: UTF8.self).unicodeScalars
        return rest.count == 1 ? rest.first : nil
    }

    /// Whether a value spans lines (LF, CR LF or a lone CR).
    static func containsLineBreak(_ value: String) -> Bool {
        value.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether a value is empty or white space only.
    static func isBlank(_ value: String) -> Bool {
        // A visible ASCII character is a character of its own, never white space: most values
        // are decided by it without building a trimmed copy.
        if value.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return value.trimmedWhitespace.isEmpty
    }

    /// The value before the export's formula neutralisation: a `'` that the export put in front
    /// of `=`, `+`, `-`, `@`, a tab or a CR is taken off again, so that an exported file
    /// imports back as it was.
    static func unneutralised(_ value: String) -> String {
        guard value.utf8.first == UInt8(ascii: "'"), let next = value.unicodeScalars.dropFirst().first,
              SpreadsheetCell.isFormulaTrigger(next) else { return value }
        return String(value.unicodeScalars.dropFirst())
    }
}
