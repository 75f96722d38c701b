import AgendaModel

// Helpers shared by the test targets: catalogue JSON builders, reading shortcuts, and
// values written the way the catalogue writes them.

// MARK: - Catalogue JSON

/// A minimal valid catalogue holding `events` (JSON object texts), laid out so that positions
/// are easy to predict: `{` on line 1, `schemaVersion` on line 2, `"events": [` on line 3, and
/// each event on its own line from line 4, starting at column 5.
public func catalogueJSON(events: [String]) -> String {
    var lines = ["{", "  \"schemaVersion\": 1,", "  \"events\": ["]
    for (index, event) in events.enumerated() {
        lines.append("    " + event + (index == events.count - 1 ? "" : ","))
    }
    lines.append(contentsOf: ["  ]", "}"])
    return lines.joined(separator: "\n")
}

/// `catalogueJSON(events:)` with the events written as separate arguments.
public func catalogueJSON(_ events: String...) -> String {
    catalogueJSON(events: events)
}

/// One event object on one line with the four required fields, followed by `extra` members
/// written as JSON text (for example `#""end": "2026-05-19T17:00:00+02:00""#`).
public func eventJSON(id: String = "evenement-1", title: String = "Atelier", kind: String = "workshop",
                      start: String = "2026-05-19T14:00:00+02:00", _ extra: String...) -> String {
    let members = [#""id": "\#(id)""#, #""title": "\#(title)""#, #""kind": "\#(kind)""#, #""start": "\#(start)""#] + extra
    return "{ " + members.joined(separator: ", ") + " }"
}

// MARK: - Reading

/// Reads `json` as a catalogue file.
public func readCatalogue(_ json: String) -> CatalogueReading {
    CatalogueDecoder.read(Array(json.utf8))
}

/// Every problem (errors and warnings) found in `json`, in file order.
public func problems(in json: String) -> [CatalogueProblem] {
    readCatalogue(json).problems
}

/// The one problem found in `json`; nil when there is none or more than one.
public func onlyProblem(in json: String) -> CatalogueProblem? {
    let found = problems(in: json)
    return found.count == 1 ? found[0] : nil
}

/// A place in a source file, as an editor shows it (both from 1).
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

extension CatalogueReading {
    /// Where `problem` is in the file read; nil for a problem with no place.
    public func position(of problem: CatalogueProblem) -> SourcePosition? {
        problem.offset.map { offset in
            let (line, column) = source.lineColumn(of: offset)
            return SourcePosition(line: line, column: column)
        }
    }

    /// The place of the first problem.
    public var firstProblemPosition: SourcePosition? {
        problems.first.flatMap(position(of:))
    }
}

/// Where `needle` starts in `text` (its `occurrence`-th appearance); nil when it is not there.
public func position(of needle: String, in text: String, occurrence: Int = 1) -> SourcePosition? {
    guard let offset = byteOffset(of: needle, in: text, occurrence: occurrence) else { return nil }
    let (line, column) = SourceText(bytes: Array(text.utf8)).lineColumn(of: offset)
    return SourcePosition(line: line, column: column)
}

/// The byte offset at which `needle` starts in `text` (its `occurrence`-th appearance).
public func byteOffset(of needle: String, in text: String, occurrence: Int = 1) -> Int? {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
    var seen = 0
    for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
        seen += 1
        if seen == occurrence { return start }
    }
    return nil
}

// MARK: - Values as the catalogue writes them

/// A `YYYY-MM-DD` date that must be valid.
public func day(_ text: String) -> CalendarDate {
    guard let date = DateParsing.date(text) else { preconditionFailure("not a valid date: \(text)") }
    return date
}

/// A date (`YYYY-MM-DD`) or date-time with offset that must be valid.
public func eventTime(_ text: String) -> EventTime {
    guard let time = DateParsing.eventTime(text) else { preconditionFailure("not a valid date or date-time: \(text)") }
    return time
}

/// "Now" at a date-time with offset: the coordinator's today is the day written, and the
/// coordinator's offset is the one written.
public func moment(_ text: String) -> Moment {
    guard case .timed(let date, _, let offset)? = DateParsing.dateTime(text) else {
        preconditionFailure("not a valid date-time: \(text)")
    }
    return Moment(today: date, instant: eventTime(text).instant(), utcOffset: offset)
}

/// An event built in code, with dates written as in the catalogue.
public func makeEvent(id: String = "evenement-1", title: String = "Atelier", kind: EventKind = .workshop,
                      status: EventStatus = .scheduled, start: String, end: String? = nil,
                      location: EventLocation? = nil, organisers: [String] = [], audience: String? = nil,
                      summary: String? = nil, description: String? = nil, themes: [String] = [],
                      countryGroups: [String] = [], registration: RegistrationRules? = nil) -> Event {
    Event(id: id, title: title, kind: kind, status: status, start: eventTime(start), end: end.map(eventTime),
          location: location, organisers: organisers, audience: audience, summary: summary,
          description: description, themes: themes, countryGroups: countryGroups, registration: registration)
}
