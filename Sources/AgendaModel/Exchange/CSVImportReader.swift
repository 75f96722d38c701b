import CSV

/// Reads the CSV form of an import file with the CSV.swift library: a header row naming the
/// columns in any order, then one inscription a row; quoted values may hold separators, quotes
/// and line breaks.
enum CSVImportReader {
    static func read(_ text: String, fileName: String) throws(ImportFileError) -> ImportReading {
        let declared = declaredDelimiter(in: text)
        let delimiter = declared ?? self.delimiter(ofHeaderIn: text)
        func fail(_ reason: ImportFileError.Reason) -> ImportFileError { ImportFileError(fileName: fileName, reason: reason) }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw fail(.empty)
        }

        // Every row with the line it starts on. The library gives no positions, but a row
        // spans one line plus the line breaks inside its quoted values (quoting never changes
        // them), so counting those keeps the lines exact.
        var rows: [(line: Int, fields: [String])] = []
        var line = 1
        while let fields = reader.next() {
            rows.append((line, fields))
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        // A quote never closed swallows the rest of the file into the last row's value.
        if let last = rows.last, text.unicodeScalars.lazy.filter({ $0 == "\"" }).count % 2 == 1,
           last.fields.contains(where: { lineBreaks(in: $0) > 0 }) {
            throw fail(.unclosedQuote(line: last.line))
        }

        if declared != nil, !rows.isEmpty { rows.removeFirst() }
        rows.removeAll { $0.fields.allSatisfy { $0.trimmedWhitespace.isEmpty } }
        guard !rows.isEmpty else { throw fail(.empty) }
        let header = rows.removeFirst().fields

        // What each header position means.
        enum Slot { case column(ImportColumn), answer(String), ignored }
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

        let importRows = rows.map { line, fields -> ImportRow in
            var row = ImportRow(line: line)
            for (index, field) in fields.enumerated() {
                guard index < slots.count else {
                    // A trailing separator is harmless; a value beyond the header is not.
                    if !field.trimmedWhitespace.isEmpty {
                        row.malformed = .extraValues(found: fields.count, expected: slots.count)
                    }
                    continue
                }
                let value = unneutralised(field)
                switch slots[index] {
                case .column(let column): row.values[column] = value
                case .answer(let question): row.answers[question] = .text(value)
                case .ignored: break
                }
            }
            return row
        }
        return ImportReading(fileName: fileName, format: .csv(delimiter: Character(delimiter)),
                             rows: importRows, ignoredColumns: ignored)
    }

    /// The separator, found in the header line (the first line that is not blank): `;` (French
    /// spreadsheets), `,` or a tab, whichever appears most; `,` when none does.
    static func delimiter(ofHeaderIn text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var blank = true
        for scalar in text.unicodeScalars {
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

    /// The separator Excel declares on a first line of its own (`sep=;`), if there is one.
    static func declaredDelimiter(in text: String) -> Unicode.Scalar? {
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        guard firstLine.count == 5, String(String.UnicodeScalarView(firstLine.prefix(4))).lowercased() == "sep=" else { return nil }
        return firstLine.last
    }

    /// Line breaks in a value: LF, CR LF or a lone CR each end one line.
    static func lineBreaks(in value: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in value.unicodeScalars {
            if scalar == "\r" {
                count += 1
            } else if scalar == "\n", !afterCR {
                count += 1
            }
            afterCR = scalar == "\r"
        }
        return count
    }

    /// The value before the export's formula neutralisation: a `'` that the export put in front
    /// of `=`, `+`, `-`, `@`, a tab or a CR is taken off again, so that an exported file
    /// imports back as it was.
    static func unneutralised(_ value: String) -> String {
        guard value.hasPrefix("'"), let next = value.unicodeScalars.dropFirst().first,
              SpreadsheetCell.isFormulaTrigger(next) else { return value }
        return String(value.unicodeScalars.dropFirst())
    }
}
