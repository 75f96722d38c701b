/// One content line of an iCalendar stream, unfolded (RFC 5545 §3.1): `NAME;PARAM=VALUE:value`.
public struct ICalendarProperty: Sendable, Hashable {
    /// Upper-cased: names are case-insensitive.
    public let name: String
    public let parameters: [ICalendarParameter]
    /// As written, escapes kept: whether `\,` is a comma or a separator depends on the property.
    public let value: String
    /// The physical line (from 1) the content line begins on.
    public let line: Int

    public init(name: String, parameters: [ICalendarParameter] = [], value: String, line: Int) {
        self.name = name
        self.parameters = parameters
        self.value = value
        self.line = line
    }

    /// The first value of the parameter `name` (upper-case), quotes removed.
    public func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.values.first
    }

    /// The value as TEXT (§3.3.11): `\,` `\;` `\n` `\N` `\\` undone.
    public var text: String { ICalendarText.unescape(value) }

    /// The value as a list of TEXT values (CATEGORIES): split on the commas not escaped.
    public var textList: [String] {
        var pieces: [String] = []
        let bytes = Array(value.utf8)
        var pieceStart = 0, index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: ",") {
                pieces.append(String(decoding: bytes[pieceStart..<index], as: UTF8.self))
                pieceStart = index + 1
            }
            index += 1
        }
        pieces.append(String(decoding: bytes[min(pieceStart, bytes.count)...], as: UTF8.self))
        return pieces.map(ICalendarText.unescape)
    }
}

/// A property parameter: `TZID=Europe/Paris`, `CN="Dupont, Anne"`, `MEMBER="a","b"`.
public struct ICalendarParameter: Sendable, Hashable {
    /// Upper-cased.
    public let name: String
    /// Each value with its double quotes removed.
    public let values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// A `BEGIN:…`/`END:…` block: VCALENDAR, VEVENT, VTIMEZONE, STANDARD, DAYLIGHT, VALARM…
public struct ICalendarComponent: Sendable, Hashable {
    /// Upper-cased.
    public let name: String
    public var properties: [ICalendarProperty]
    public var components: [ICalendarComponent]
    /// The line of its `BEGIN`.
    public let line: Int

    public init(name: String, properties: [ICalendarProperty] = [], components: [ICalendarComponent] = [], line: Int) {
        self.name = name
        self.properties = properties
        self.components = components
        self.line = line
    }

    /// The first property named `name` (upper-case).
    public func property(_ name: String) -> ICalendarProperty? {
        properties.first { $0.name == name }
    }

    /// Every property named `name`, in order.
    public func properties(_ name: String) -> [ICalendarProperty] {
        properties.filter { $0.name == name }
    }
}

/// A line the parser could not read, or a block left open: reported with its line, the rest read.
public struct ICalendarSyntaxProblem: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// No colon, or no name before it.
        case malformedLine
        /// A parameter with no `=`, or a quote never closed.
        case malformedParameter
        /// An `END` that closes no open block, or another one than the last opened.
        case unexpectedEnd(String)
        /// A `BEGIN` never closed before the end of the file.
        case unclosed(String)
        /// A content line outside any `BEGIN:VCALENDAR`.
        case outsideCalendar
    }

    public let reason: Reason
    public let line: Int

    public init(reason: Reason, line: Int) {
        self.reason = reason
        self.line = line
    }
}

/// Why a stream cannot be read at all.
public enum ICalendarFileError: Error, Sendable, Equatable {
    case tooLarge(bytes: Int, limit: Int)
    /// The first line that is not UTF-8.
    case notUTF8(line: Int)
    /// No `BEGIN:VCALENDAR` in it: not an iCalendar file.
    case notICalendar
}

/// What a stream holds: its calendars and the lines that could not be read.
public struct ICalendarDocument: Sendable {
    public var calendars: [ICalendarComponent]
    public var problems: [ICalendarSyntaxProblem]
}

/// Bytes → components (RFC 5545 §3.1, §3.4). CRLF or LF line ends, a byte-order mark, folded
/// lines (a line end followed by a space or a tab), quoted parameter values. It never stops on a
/// bad line: each is reported with its line and left out.
public enum ICalendarParser {
    /// 64 MB: some 200 000 events; a larger file is refused before anything is read.
    public static let maximumBytes = 64 << 20

    public static func parse(_ bytes: [UInt8], maximumBytes: Int = maximumBytes) throws(ICalendarFileError) -> ICalendarDocument {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        let lines = try contentLines(bytes)
        var problems: [ICalendarSyntaxProblem] = []
        var calendars: [ICalendarComponent] = []
        var open: [ICalendarComponent] = []
        var sawCalendar = false
        for raw in lines {
            guard let property = property(raw.bytes, line: raw.line, problems: &problems) else { continue }
            if property.name == "BEGIN" {
                let name = property.value.uppercased()
                if open.isEmpty, name != "VCALENDAR" {
                    problems.append(ICalendarSyntaxProblem(reason: .outsideCalendar, line: raw.line))
                }
                if name == "VCALENDAR" { sawCalendar = true }
                open.append(ICalendarComponent(name: name, line: raw.line))
            } else if property.name == "END" {
                let name = property.value.uppercased()
                guard let last = open.last, last.name == name else {
                    problems.append(ICalendarSyntaxProblem(reason: .unexpectedEnd(name), line: raw.line))
                    // An END of a block opened further out closes the ones left open inside it.
                    if let index = open.lastIndex(where: { $0.name == name }) {
                        while open.count > index + 1 { close(&open, into: &calendars, unclosed: true, problems: &problems) }
                        close(&open, into: &calendars, unclosed: false, problems: &problems)
                    }
                    continue
                }
                close(&open, into: &calendars, unclosed: false, problems: &problems)
            } else if open.isEmpty {
                problems.append(ICalendarSyntaxProblem(reason: .outsideCalendar, line: raw.line))
            } else {
                open[open.count - 1].properties.append(property)
            }
        }
        while !open.isEmpty { close(&open, into: &calendars, unclosed: true, problems: &problems) }
        guard sawCalendar else { throw .notICalendar }
        return ICalendarDocument(calendars: calendars, problems: problems)
    }

    /// Closes the innermost open block into its parent (or the list of calendars); when
    /// `unclosed`, it is reported as never closed.
    private static func close(_ open: inout [ICalendarComponent], into calendars: inout [ICalendarComponent],
                              unclosed: Bool, problems: inout [ICalendarSyntaxProblem]) {
        guard let component = open.popLast() else { return }
        if unclosed { problems.append(ICalendarSyntaxProblem(reason: .unclosed(component.name), line: component.line)) }
        if open.isEmpty {
            if component.name == "VCALENDAR" { calendars.append(component) }
        } else {
            open[open.count - 1].components.append(component)
        }
    }

    // MARK: - Lines

    struct RawLine {
        var bytes: [UInt8]
        var line: Int
    }

    /// The unfolded content lines, each with the physical line it began on; blank lines dropped.
    static func contentLines(_ bytes: [UInt8]) throws(ICalendarFileError) -> [RawLine] {
        var lines: [RawLine] = []
        lines.reserveCapacity(bytes.count / 40)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var physical = 0
        var current: RawLine?
        let count = bytes.count
        while start < count {
            physical += 1
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            let isValid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            guard isValid else { throw .notUTF8(line: physical) }
            if end > start, bytes[start] == 0x20 || bytes[start] == 0x09, current != nil {
                current?.bytes.append(contentsOf: bytes[(start + 1)..<end])
            } else {
                if let done = current { lines.append(done) }
                current = end > start ? RawLine(bytes: Array(bytes[start..<end]), line: physical) : nil
            }
            start = next
        }
        if let done = current { lines.append(done) }
        return lines
    }

    // MARK: - One content line

    /// `name *(";" param) ":" value`; nil (and a problem) when it does not read.
    static func property(_ bytes: [UInt8], line: Int, problems: inout [ICalendarSyntaxProblem]) -> ICalendarProperty? {
        let colon = UInt8(ascii: ":"), semicolon = UInt8(ascii: ";"), quote = UInt8(ascii: "\""), equals = UInt8(ascii: "=")
        var index = 0
        while index < bytes.count, bytes[index] != colon, bytes[index] != semicolon { index += 1 }
        guard index < bytes.count, index > 0 else {
            // A line of only spaces (trailing space left by a mail program) is no problem.
            if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                problems.append(ICalendarSyntaxProblem(reason: .malformedLine, line: line))
            }
            return nil
        }
        let name = text(bytes[0..<index]).uppercased()
        var parameters: [ICalendarParameter] = []
        while index < bytes.count, bytes[index] == semicolon {
            index += 1
            let nameStart = index
            while index < bytes.count, bytes[index] != equals, bytes[index] != colon, bytes[index] != semicolon { index += 1 }
            guard index < bytes.count, bytes[index] == equals, index > nameStart else {
                problems.append(ICalendarSyntaxProblem(reason: .malformedParameter, line: line))
                return nil
            }
            let parameterName = text(bytes[nameStart..<index]).uppercased()
            var values: [String] = []
            repeat {
                index += 1
                if index < bytes.count, bytes[index] == quote {
                    let valueStart = index + 1
                    guard let close = bytes[valueStart...].firstIndex(of: quote) else {
                        problems.append(ICalendarSyntaxProblem(reason: .malformedParameter, line: line))
                        return nil
                    }
                    values.append(text(bytes[valueStart..<close]))
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != colon, bytes[index] != semicolon,
                          bytes[index] != quote { index += 1 }
                    values.append(text(bytes[valueStart..<index]))
                }
            } while index < bytes.count && bytes[index] == UInt8(ascii: ",")
            parameters.append(ICalendarParameter(name: parameterName, values: values))
            guard index < bytes.count, bytes[index] == colon || bytes[index] == semicolon else {
                problems.append(ICalendarSyntaxProblem(reason: .malformedParameter, line: line))
                return nil
            }
        }
        guard index < bytes.count, bytes[index] == colon else {
            problems.append(ICalendarSyntaxProblem(reason: .malformedLine, line: line))
            return nil
        }
        return ICalendarProperty(name: name, parameters: parameters, value: text(bytes[(index + 1)...]), line: line)
    }

    /// Bytes already checked as UTF-8.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
