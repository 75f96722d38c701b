/// The records of a CSV text, read over its UTF-8 bytes so that they are exactly the rows the
/// CSV.swift library's `CSVReader(string:hasHeaderRow: false, delimiter:)` gives for the same
/// text, its quirks included (the import was written against that library, and files read by it
/// must read the same). Walking bytes instead of the library's scalar iterators is what makes
/// 100 000 rows cheap.
///
/// Also what the library does not tell: the line each record starts on, and whether the text
/// ended inside a quoted value.
struct CSVRecords {
    struct Record: Equatable, Sendable {
        /// 1-based; LF, CR LF and a lone CR each end a line, inside quoted values too.
        var line: Int
        var fields: [String]
    }

    var records: [Record]
    /// Whether the text ended inside a quoted value, so that the rest of the file went into it:
    /// its closing quote never came, or came followed by something other than a separator, a
    /// quote or a line break (the library then keeps reading the value).
    var endsInsideQuote: Bool

    /// `bytes` are expected to be valid UTF-8, as the import checks first. `delimiter` may be
    /// any scalar, since a `sep=` line may declare any; the library's reading is followed even
    /// for a quote (a line break never separates: the library tests for those first).
    init(_ bytes: [UInt8], delimiter: Unicode.Scalar) {
        (records, endsInsideQuote) = bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: Array(String(delimiter).utf8))
            let records = scanner.readRecords()
            return (records, scanner.endsInsideQuote)
        }
    }
}

/// The reading itself, shaped like the library's `readRow` and `readField` so that the two are
/// easy to compare, with a position in the bytes where the library has an iterator and a
/// scalar pushed back.
private struct CSVScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    let bytes: UnsafeBufferPointer<UInt8>
    /// The separator's UTF-8 bytes. UTF-8 never matches the bytes of one scalar inside
    /// another, so comparing bytes anywhere is comparing scalars.
    let delimiter: [UInt8]
    private(set) var endsInsideQuote = false
    private var position = 0
    private var line = 1
    /// Where a quoted value with a doubled quote (or a scalar dropped after a quote) is put
    /// together; the other values are made straight from the bytes.
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: [UInt8]) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    mutating func readRecords() -> [CSVRecords.Record] {
        var records: [CSVRecords.Record] = []
        // Rows tend to have as many fields as the one before: no array growth for them.
        var fieldCount = 0
        while position < bytes.count {
            let line = self.line
            let fields = readFields(expecting: fieldCount)
            fieldCount = fields.count
            records.append(CSVRecords.Record(line: line, fields: fields))
        }
        return records
    }

    private mutating func readFields(expecting count: Int) -> [String] {
        var fields: [String] = []
        fields.reserveCapacity(count)
        while true {
            // A separator at the very end of the text is followed by one empty field.
            guard position < bytes.count else {
                fields.append("")
                return fields
            }
            let (field, endsRecord): (String, Bool)
            if bytes[position] == Self.quote {
                // Only a quote first in the field opens a quoted value; the library tests for
                // it before the separator, so a `"` separator does the same.
                position += 1
                (field, endsRecord) = readQuoted()
            } else {
                (field, endsRecord) = readUnquoted()
            }
            fields.append(field)
            if endsRecord { return fields }
        }
    }

    /// A field that does not start with a quote: up to the next separator or line break, quotes
    /// inside it kept as they are.
    private mutating func readUnquoted() -> (String, endsRecord: Bool) {
        let start = position
        let lead = delimiter[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.cr || byte == Self.lf {
                let field = string(start..<position)
                skipLineBreak()
                return (field, true)
            }
            if byte == lead, isDelimiter(at: position) {
                let field = string(start..<position)
                position += delimiter.count
                return (field, false)
            }
            position += 1
        }
        return (string(start..<position), true)
    }

    /// A quoted field, from just after its opening quote. A quote ends it when followed by the
    /// end, a line break or a separator; `""` is one quote. A quote followed by anything else is
    /// the library's "ERROR?" case: the quote is kept, the scalar after it is dropped, and the
    /// value goes on, separators and line breaks included, up to a proper closing quote.
    private mutating func readQuoted() -> (String, endsRecord: Bool) {
        var segmentStart = position
        var pieced = false
        scratch.removeAll(keepingCapacity: true)
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == Self.quote else {
                if byte == Self.cr || (byte == Self.lf && bytes[position - 1] != Self.cr) { line += 1 }
                position += 1
                continue
            }
            let quoteAt = position
            position += 1
            guard position < bytes.count else {
                return (value(segmentStart..<quoteAt, pieced: pieced), true)
            }
            let next = bytes[position]
            if next == Self.cr || next == Self.lf {
                let field = value(segmentStart..<quoteAt, pieced: pieced)
                skipLineBreak()
                return (field, true)
            }
            if next == delimiter[0], isDelimiter(at: position) {
                let field = value(segmentStart..<quoteAt, pieced: pieced)
                position += delimiter.count
                return (field, false)
            }
            // The quote stays in the value; the scalar after it (the second quote of `""`, or
            // the dropped one) does not.
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...quoteAt]))
            position = min(bytes.count, position + Self.scalarLength(leadingByte: next))
            segmentStart = position
            pieced = true
        }
        endsInsideQuote = true
        return (value(segmentStart..<position, pieced: pieced), true)
    }

    /// After a record: a CR, an LF, or a CR and an LF together, one line either way.
    private mutating func skipLineBreak() {
        if bytes[position] == Self.cr, position + 1 < bytes.count, bytes[position + 1] == Self.lf {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    private func isDelimiter(at index: Int) -> Bool {
        guard delimiter.count > 1 else { return true }
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 1..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A quoted value: straight from the bytes, or what `scratch` holds followed by `range`.
    private mutating func value(_ range: Range<Int>, pieced: Bool) -> String {
        guard pieced else { return string(range) }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        return String(decoding: scratch, as: UTF8.self)
    }

    /// How many bytes the scalar starting with `byte` takes (1 for a byte that cannot start
    /// one, which valid UTF-8 does not have).
    private static func scalarLength(leadingByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
