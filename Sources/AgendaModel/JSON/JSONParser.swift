/// A strict JSON reader (RFC 8259) over raw bytes that keeps the offset of every value.
///
/// Foundation's decoders do not say where a value is, and a catalogue problem is only useful
/// with its line and column. Nesting is bounded so that a hostile file cannot exhaust the stack.
public struct JSONParser {
    public static let maximumDepth = 512

    public struct SyntaxError: Error, Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            case emptyDocument
            case unexpectedEnd
            case unexpectedCharacter(String)
            case expected(Expectation)
            case invalidUTF8
            case invalidEscape
            case controlCharacterInString
            case invalidNumber
            case tooDeep(limit: Int)
            case trailingContent
        }

        /// What the parser was looking for where it stopped.
        public enum Expectation: Sendable, Equatable {
            /// `true`, `false` or `null`, as written.
            case literal(String)
            case memberName
            case colonAfterMemberName
            case commaOrClosingBrace
            case commaOrClosingBracket
            /// A member the fast reader reads apart appears more than once (its name).
            case singleMember(String)
            /// A member the fast reader reads apart could not be delimited (its name).
            case memberReadApart(String)
        }

        public let reason: Reason
        public let offset: Int

        public init(reason: Reason, offset: Int) {
            self.reason = reason
            self.offset = offset
        }
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses the document, except the elements of the root object's array member `key`: that
    /// member is returned as an empty array, and the byte range of each of its elements apart, so
    /// that a large catalogue's events can be parsed one at a time, and on several cores.
    ///
    /// The elements are only delimited, not checked: parse each with `parse(_:element:)`. The
    /// catalogue is read with `parse(_:handingOver:to:)` and `EventScan`, which finds the elements
    /// on every core; this one-core delimiting is what the tests hold the scan to.
    public static func parse(_ bytes: [UInt8], deferringElementsOf key: String) throws(SyntaxError)
        -> (root: JSONValue, deferred: [Range<Int>]?) {
        var parser = JSONParser(bytes: bytes)
        parser.deferredKey = key
        let root = try parser.parseDocument()
        return (root, parser.deferred)
    }

    /// Parses the document, except the root object's array member `key`, handed to `scan` at its
    /// `[`: `scan` reads it its own way and gives the position after its `]`, or nil when it
    /// cannot, which ends the parse with an error. The member is returned as an empty array.
    public static func parse(_ bytes: [UInt8], handingOver key: String,
                             to scan: @escaping (Int) -> Int?) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.deferredKey = key
        parser.arrayScan = scan
        return try parser.parseDocument()
    }

    /// Parses one element delimited by `parse(_:deferringElementsOf:)`, as deep as it stands in
    /// the document, so that offsets and the nesting limit are those of a whole-document parse.
    public static func parse(_ bytes: [UInt8], element range: Range<Int>) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, end: range.upperBound)
        parser.index = range.lowerBound
        parser.depth = 2
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == range.upperBound else { throw SyntaxError(reason: .trailingContent, offset: parser.index) }
        return value
    }

    private let bytes: [UInt8]
    /// Where parsing stops: the end of the document, or of the one element being parsed.
    private let end: Int
    private var index = 0
    private var depth = 0
    private var deferredKey: String?
    private var deferred: [Range<Int>]?
    private var deferredKeySeen = false
    private var arrayScan: ((Int) -> Int?)?

    private init(bytes: [UInt8], end: Int? = nil) {
        self.bytes = bytes
        self.end = end ?? bytes.count
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < end else { throw SyntaxError(reason: .emptyDocument, offset: index) }
        let value = try parseValue()
        skipWhitespace()
        guard index == end else { throw SyntaxError(reason: .trailingContent, offset: index) }
        return value
    }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func fail(_ reason: SyntaxError.Reason, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(reason: reason, offset: offset ?? index)
    }

    private func unexpected() -> SyntaxError {
        guard index < end else { return fail(.unexpectedEnd) }
        let byte = bytes[index]
        if byte >= 0x80 {
            // Name the character when it is one; otherwise the bytes are not UTF-8 at all.
            var last = index + 1
            while last < end, last < index + 4, bytes[last] & 0xC0 == 0x80 { last += 1 }
            if let text = String(validating: bytes[index..<last], as: UTF8.self) {
                return fail(.unexpectedCharacter(text))
            }
            return fail(.invalidUTF8)
        }
        let scalar = Unicode.Scalar(byte)
        return fail(.unexpectedCharacter(byte < 0x20 || byte == 0x7F ? scalar.escaped(asASCII: true) : String(scalar)))
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard index < end else { throw fail(.unexpectedEnd) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONValue(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONValue(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONValue(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected()
        }
    }

    private mutating func expectLiteral(_ literal: String) throws(SyntaxError) {
        let start = index
        for expected in literal.utf8 {
            guard index < end else { throw fail(.unexpectedEnd) }
            guard bytes[index] == expected else { throw fail(.expected(.literal(literal)), at: start) }
            index += 1
        }
    }

    private mutating func enterContainer() throws(SyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw fail(.tooDeep(limit: JSONParser.maximumDepth)) }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        let start = index
        try enterContainer()
        index += 1
        var object = JSONObject()
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONValue(.object(object), offset: start)
        }
        while true {
            skipWhitespace()
            guard index < end else { throw fail(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw fail(.expected(.memberName)) }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < end else { throw fail(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: ":") else { throw fail(.expected(.colonAfterMemberName)) }
            index += 1
            skipWhitespace()
            var deferredValue: JSONValue?
            if depth == 1, key == deferredKey {
                // Repeated: the last one counts, and the plain reader says so. Give up deferring.
                if deferredKeySeen { throw fail(.expected(.singleMember(key)), at: keyOffset) }
                deferredKeySeen = true
                if index < end, bytes[index] == UInt8(ascii: "[") {
                    if let arrayScan {
                        guard let after = arrayScan(index) else { throw fail(.expected(.memberReadApart(key))) }
                        index = after
                    } else {
                        deferred = try delimitElements()
                    }
                    deferredValue = JSONValue(.array([]), offset: keyOffset)
                }
            }
            let value = if let deferredValue { deferredValue } else { try parseValue() }
            object.append(.init(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard index < end else { throw fail(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw fail(.expected(.commaOrClosingBrace))
        }
        depth -= 1
        return JSONValue(.object(object), offset: start)
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        let start = index
        try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONValue(.array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < end else { throw fail(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw fail(.expected(.commaOrClosingBracket))
        }
        depth -= 1
        return JSONValue(.array(elements), offset: start)
    }

    /// The ranges of the elements of the array at `index`, found by matching brackets and
    /// skipping strings; what lies between them is checked only when each is parsed.
    private mutating func delimitElements() throws(SyntaxError) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        index += 1
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return ranges
        }
        while true {
            skipWhitespace()
            let start = index
            try skipLoosely()
            ranges.append(start..<index)
            skipWhitespace()
            guard index < end else { throw fail(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return ranges }
            throw fail(.expected(.commaOrClosingBracket))
        }
    }

    /// Moves past one value without checking it: to the bracket that closes it, or to the
    /// next `,`, `]`, `}` or white space outside strings.
    private mutating func skipLoosely() throws(SyntaxError) {
        let start = index
        let stop = bytes.withUnsafeBufferPointer { JSONParser.looseEnd(of: $0, from: start, to: end) }
        guard let stop else { throw fail(.unexpectedEnd, at: start) }
        index = stop
        if index == start { throw unexpected() }
    }

    /// Where the value at `start` ends, without checking it: after the bracket that closes it,
    /// or at the next `,`, `]`, `}` or white space outside strings; nil when the text ends first.
    static func looseEnd(of buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var nesting = 0
        var position = start
        while position < end {
            switch buffer[position] {
            case UInt8(ascii: "\""):
                position += 1
                while position < end, buffer[position] != UInt8(ascii: "\"") {
                    position = JSONParser.firstSpecialByte(buffer, from: position, to: end, controls: false)
                    guard position < end, buffer[position] != UInt8(ascii: "\"") else { break }
                    position += 2  // a backslash and what it escapes
                }
                guard position < end else { return nil }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if nesting == 0 { return position }
                nesting -= 1
                if nesting == 0 { return position + 1 }
            case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                if nesting == 0 { return position }
            default:
                break
            }
            position += 1
        }
        return nesting > 0 ? nil : position
    }

    /// The first position from `start` holding a quote, a backslash or, with `controls`, a
    /// control character (or `end`), eight bytes at a time: most of a catalogue is the text of
    /// its strings.
    static func firstSpecialByte(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                 controls: Bool) -> Int {
        var position = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        if let raw = UnsafeRawPointer(buffer.baseAddress) {
            while position + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                let quotes = word ^ (ones &* 0x22)
                let backslashes = word ^ (ones &* 0x5C)
                // A byte is zero in `quotes`, zero in `backslashes`, or below 0x20 in `word`.
                var found = (quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes
                if controls { found |= (word &- ones &* 0x20) & ~word }
                if found & (ones &* 0x80) != 0 { break }
                position += 8
            }
        }
        while position < end {
            let byte = buffer[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (controls && byte < 0x20) { return position }
            position += 1
        }
        return end
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes.
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard let text = String(validating: bytes[start..<index], as: UTF8.self) else {
                    throw fail(.invalidUTF8, at: firstInvalidUTF8(from: start, to: index))
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail(.controlCharacterInString) }
            index += 1
        }
        guard index < end else { throw fail(.unexpectedEnd) }
        var buffer = Array(bytes[start..<index])
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw fail(.invalidUTF8, at: firstInvalidUTF8(from: start, to: index))
                }
                index += 1
                return text
            }
            if byte < 0x20 { throw fail(.controlCharacterInString) }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                index += 1
                continue
            }
            let escapeStart = index
            index += 1
            guard index < end else { throw fail(.unexpectedEnd) }
            let escape = bytes[index]
            index += 1
            if let byte = Self.escapedByte(escape) {
                buffer.append(byte)
                continue
            }
            switch escape {
            case UInt8(ascii: "u"):
                let scalar = try parseUnicodeEscape(escapeStart)
                buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw fail(.invalidEscape, at: escapeStart)
            }
        }
        throw fail(.unexpectedEnd)
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= end else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else { return nil }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// The byte a one-letter escape (`\n`, `\"`…) stands for; nil for `\u` and the invalid ones.
    static func escapedByte(_ escape: UInt8) -> UInt8? {
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return escape
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The value of a hexadecimal digit of a `\u` escape.
    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    private mutating func parseUnicodeEscape(_ escapeStart: Int) throws(SyntaxError) -> Unicode.Scalar {
        guard let high = hex4() else { throw fail(.invalidEscape, at: escapeStart) }
        if (0xD800...0xDBFF).contains(high) {
            guard index + 2 <= end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fail(.invalidEscape, at: escapeStart)
            }
            index += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { throw fail(.invalidEscape, at: escapeStart) }
            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw fail(.invalidEscape, at: escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw fail(.invalidEscape, at: escapeStart) }
        return scalar
    }

    private func firstInvalidUTF8(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= end,
                  String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else { return index }
            index += length
        }
        return start
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end else { throw fail(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if isDigit(bytes[index]) {
            while index < end, isDigit(bytes[index]) { index += 1 }
        } else {
            throw fail(.invalidNumber, at: start)
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < end, isDigit(bytes[index]) else { throw fail(.invalidNumber, at: start) }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end, isDigit(bytes[index]) else { throw fail(.invalidNumber, at: start) }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return JSONValue(.number(text), offset: start)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
