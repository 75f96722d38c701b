@testable import AgendaModel
import CatalogueGenerator
import SampleCatalogue
import Testing

/// The fast path (`FastEventReader`, events read straight from their bytes) and the plain path
/// (`JSONParser` tree, `EventReader`) must agree on every input: the same events, in the same
/// order, and the same problems, word for word in both languages. The fast reader may only give
/// up; these tests feed both paths valid catalogues, every kind of fault near every field of
/// every sample event, and random single-byte edits.
@Suite("Fast path and plain path read catalogues alike", .tags(.slow))
struct FastPathEquivalenceTests {
    @Test("the sample catalogue reads the same on both paths, every event by the fast reader")
    func sampleCatalogue() throws {
        let (fast, plain) = compare(sampleCatalogueBytes, "sample catalogue")
        #expect(plain.problems.isEmpty)
        #expect(fast.catalogue?.events.count == SampleEvents.all.count)
        // The fast path is taken: the fast reader gives up on none of the events.
        let ranges = try #require(try JSONParser.parse(sampleCatalogueBytes, deferringElementsOf: "events").deferred)
        #expect(ranges.count == SampleEvents.all.count)
        sampleCatalogueBytes.withUnsafeBufferPointer { buffer in
            for range in ranges { #expect(FastEventReader.read(buffer, range) != nil, "event at \(range.lowerBound)") }
        }
    }

    @Test("a generated catalogue of 3 000 events reads the same on both paths, with no problem")
    func generatedCatalogue() {
        let bytes = CatalogueGenerator(eventCount: 3_000).bytes()
        let (fast, plain) = compare(bytes, "generated catalogue", fingerprints: false)
        #expect(fast.problems.isEmpty)
        #expect(plain.problems.isEmpty)
        #expect(fast.catalogue?.events.count == 3_000)
        #expect(plain.catalogue?.events.count == 3_000)
    }

    @Test("every mutation of each sample event reads the same on both paths", arguments: SampleEvents.all.indices)
    func mutationsOfOneEvent(index: Int) {
        let mutations = Mutations.of(event: index)
        #expect(mutations.count > 150)
        for mutation in mutations { check(mutation) }
    }

    @Test("faults of the document around the events read the same on both paths")
    func documentMutations() {
        for mutation in Mutations.ofDocument() { check(mutation) }
    }

    /// `"events"` written twice: the last one counts. The fast path gives up on a repeated
    /// `events` (the parser refuses to defer it twice), so the plain path reads the document;
    /// before that, the fast path read the first array, or never parsed it.
    @Test("a repeated events member reads the same on both paths")
    func repeatedEventsMember() {
        let event = SampleEvents.all[0].removing("title")
        for last in [Node.number("5"), .null, .string("x"), .object([])] {
            let document = Node.object([
                Member("schemaVersion", .number("1")),
                Member("events", .array([event])),
                Member("events", last),
            ])
            check(Mutation("events repeated, last \(last.bytes.text)", document.bytes, expect: .problems))
        }
        for broken in [#"[{"id": tru}]"#, #"[{"id": "a\x"}]"#, #"[{"a": 1 "b": 2}]"#, "[\"\u{1}\"]"] {
            let document = Node.object([
                Member("schemaVersion", .number("1")),
                Member("events", .literal(broken)),
                Member("events", .array([SampleEvents.all[0]])),
            ])
            check(Mutation("events repeated, the first \(broken) not JSON", document.bytes, expect: .problems))
        }
        // Both arrays, both well-formed: the same reading.
        check(Mutation("events repeated, both arrays", Node.object([
            Member("schemaVersion", .number("1")), Member("events", .array([event])), Member("events", .array([SampleEvents.all[1]])),
        ]).bytes, expect: .problems))
    }

    @Test("500 random single-byte edits of the sample catalogue read the same on both paths", arguments: 0..<4)
    func randomEdits(batch: Int) {
        // One fixed seed; four batches of 125 edits, run side by side.
        var random = SplitMix64(seed: 0xA6E_DA00 &+ UInt64(batch))
        let alphabet = Array(#""{}[],:\ 0a-"#.utf8) + [0xC3, 0xFF]
        let original = sampleCatalogueBytes
        // Half the edits fall on the bytes that shape the document (and on digits: dates, numbers).
        let shaping = Set(#""{}[],:\0123456789-"#.utf8)
        let structural = original.indices.filter { shaping.contains(original[$0]) }
        for edit in 0..<125 {
            var bytes = original
            let position = random.below(2) == 0 ? random.below(bytes.count) : structural[random.below(structural.count)]
            let byte = alphabet[random.below(alphabet.count)]
            let description: String
            switch random.below(3) {
            case 0:
                description = "replace byte \(position) (\(bytes[position])) by \(byte)"
                bytes[position] = byte
            case 1:
                description = "delete byte \(position) (\(bytes[position]))"
                bytes.remove(at: position)
            default:
                description = "insert \(byte) at \(position)"
                bytes.insert(byte, at: position)
            }
            compare(bytes, "batch \(batch) edit \(edit): \(description)", fingerprints: false, lineColumns: false)
        }
    }
}

// MARK: - Comparing the paths

private enum Expectation {
    /// Whatever the plain path says.
    case any
    /// The plain path reports at least one problem (checks that the mutation did something).
    case problems
    /// The plain path reports nothing and reads every event.
    case clean
}

private struct Mutation {
    let name: String
    let bytes: [UInt8]
    let expect: Expectation

    init(_ name: String, _ bytes: [UInt8], expect: Expectation = .any) {
        self.name = name
        self.bytes = bytes
        self.expect = expect
    }
}

private func check(_ mutation: Mutation, sourceLocation: SourceLocation = #_sourceLocation) {
    let (_, plain) = compare(mutation.bytes, mutation.name, sourceLocation: sourceLocation)
    switch mutation.expect {
    case .any: break
    case .problems:
        if plain.problems.isEmpty {
            Issue.record("\(mutation.name): the plain path reports nothing (the mutation does not do what it says)",
                         sourceLocation: sourceLocation)
        }
    case .clean:
        if !plain.problems.isEmpty || plain.catalogue == nil {
            Issue.record("\(mutation.name): expected a clean reading, the plain path says \(reports(plain, .en))",
                         sourceLocation: sourceLocation)
        }
    }
}

/// Reads `bytes` both ways and records every difference.
///
/// `lineColumns: false` renders the problems without their `line:column`: finding the lines of
/// a large file is slow in a debug build, and the place is a function of the offset, which
/// `==` compares, and of the bytes, which are the same.
@discardableResult
private func compare(_ bytes: [UInt8], _ name: String, fingerprints: Bool = true, lineColumns: Bool = true,
                     sourceLocation: SourceLocation = #_sourceLocation) -> (fast: CatalogueReading, plain: CatalogueReading) {
    let fast = CatalogueDecoder.read(bytes)
    let plain = CatalogueDecoder.read(bytes, fastPath: false)
    // One source for both readings: the same bytes, and their lines found once.
    let source = lineColumns ? SourceText(bytes: bytes) : nil
    let sameReports = Language.allCases.allSatisfy { language in
        reports(fast, language, source) == reports(plain, language, source)
    }
    if fast.problems != plain.problems || !sameReports {
        Issue.record("""
            \(name): the problems differ
              fast:  \(reports(fast, .en))
              plain: \(reports(plain, .en))
            """, sourceLocation: sourceLocation)
    }
    switch (fast.catalogue, plain.catalogue) {
    case (nil, nil):
        break
    case (let fastCatalogue?, let plainCatalogue?):
        if fastCatalogue.publisher.map({ Array($0.utf8) }) != plainCatalogue.publisher.map({ Array($0.utf8) }) {
            Issue.record("\(name): the publishers differ", sourceLocation: sourceLocation)
        }
        let fastEvents = fastCatalogue.events, plainEvents = plainCatalogue.events
        if fastEvents != plainEvents {
            let first = zip(fastEvents, plainEvents).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            Issue.record("""
                \(name): the events differ (\(fastEvents.count) fast, \(plainEvents.count) plain; first at \(first.map(String.init) ?? "the end"))
                """, sourceLocation: sourceLocation)
        } else if fingerprints, fastEvents.map(fingerprint) != plainEvents.map(fingerprint) {
            // `==` on strings is canonical equivalence: the texts must also be the same bytes.
            Issue.record("\(name): the events' texts differ in their bytes", sourceLocation: sourceLocation)
        }
    default:
        Issue.record("""
            \(name): one path reads a catalogue, the other none
              fast:  \(fast.catalogue == nil ? "none" : "\(fast.catalogue!.events.count) events") \(reports(fast, .en))
              plain: \(plain.catalogue == nil ? "none" : "\(plain.catalogue!.events.count) events") \(reports(plain, .en))
            """, sourceLocation: sourceLocation)
    }
    return (fast, plain)
}

private func reports(_ reading: CatalogueReading, _ language: Language) -> [String] {
    reading.problems.map { $0.report(fileName: "c.json", source: reading.source, language: language) }
}

/// The reports as bytes (`==` on strings would let canonically equivalent texts pass).
private func reports(_ reading: CatalogueReading, _ language: Language, _ source: SourceText?) -> [[UInt8]] {
    reading.problems.map { Array($0.report(fileName: "c.json", source: source, language: language).utf8) }
}

/// Every text of an event as bytes, in a fixed order.
private func fingerprint(_ event: Event) -> [UInt8] {
    var texts: [String?] = [event.id, event.title, event.kind.rawValue, event.audience, event.summary, event.description]
    texts += event.organisers + event.objectives + event.themes + event.countryGroups
    if let location = event.location { texts += [location.venue, location.address, location.city, location.country] }
    for slot in event.programme { texts += [slot.title] + slot.speakers }
    for contact in event.contacts { texts += [contact.name, contact.role, contact.email, contact.phone] }
    for document in event.documents { texts += [document.title, document.href] }
    for question in event.registration?.questions ?? [] { texts += [question.id, question.label, question.help] + question.options }
    var bytes: [UInt8] = []
    for text in texts {
        bytes.append(text == nil ? 0x01 : 0x02)
        bytes += Array((text ?? "").utf8)
        bytes.append(0x00)
    }
    return bytes
}

// MARK: - JSON to mutate and write back

/// A JSON value kept in the order written, repeated members included, written back as text.
private indirect enum Node: Sendable {
    case object([Member])
    case array([Node])
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    /// Written as these bytes, whatever they are.
    case raw([UInt8])
    /// A string whose content, between the quotes, is written as these bytes.
    case rawString([UInt8])

    init(_ value: JSONValue) {
        switch value.content {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text): self = .number(text)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(Node.init))
        case .object(let object): self = .object(object.members.map { Member(.string($0.key), Node($0.value)) })
        }
    }

    /// `.raw` of a text.
    static func literal(_ text: String) -> Node { .raw(Array(text.utf8)) }
    /// `.rawString` of a text.
    static func quoted(_ text: String) -> Node { .rawString(Array(text.utf8)) }

    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        write(to: &bytes)
        return bytes
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { out += Array(", ".utf8) }
                member.key.write(to: &out)
                out += Array(": ".utf8)
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { out += Array(", ".utf8) }
                element.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case ..<0x20: out += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        case .number(let text): out += Array(text.utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .null: out += Array("null".utf8)
        case .raw(let bytes): out += bytes
        case .rawString(let bytes):
            out.append(UInt8(ascii: "\""))
            out += bytes
            out.append(UInt8(ascii: "\""))
        }
    }

    var members: [Member] {
        if case .object(let members) = self { return members }
        return []
    }

    var elements: [Node] {
        if case .array(let elements) = self { return elements }
        return []
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// The last member named `key` (the one JSON readers keep).
    subscript(key: String) -> Node? { members.last { $0.isNamed(key) }?.value }

    func removing(_ key: String) -> Node { .object(members.filter { !$0.isNamed(key) }) }

    /// The member `key` set to `value`, where it is, or added at the end.
    func setting(_ key: String, _ value: Node) -> Node {
        var members = members
        if let position = members.lastIndex(where: { $0.isNamed(key) }) {
            members[position].value = value
        } else {
            members.append(Member(.string(key), value))
        }
        return .object(members)
    }

    func appending(_ key: Node, _ value: Node) -> Node { .object(members + [Member(key, value)]) }
    func appending(_ key: String, _ value: Node) -> Node { appending(.string(key), value) }
    func prepending(_ key: String, _ value: Node) -> Node { .object([Member(.string(key), value)] + members) }

    enum Step: Sendable {
        case key(String)
        case index(Int)
    }

    func updating(_ path: ArraySlice<Step>, _ transform: (Node) -> Node) -> Node {
        guard let step = path.first else { return transform(self) }
        switch step {
        case .key(let key):
            return setting(key, (self[key] ?? .null).updating(path.dropFirst(), transform))
        case .index(let index):
            var elements = elements
            elements[index] = elements[index].updating(path.dropFirst(), transform)
            return .array(elements)
        }
    }

    func updating(_ path: [Step], _ transform: (Node) -> Node) -> Node { updating(path[...], transform) }

    func value(at path: [Step]) -> Node? {
        var node: Node? = self
        for step in path {
            switch step {
            case .key(let key): node = node?[key]
            case .index(let index): node = node.flatMap { $0.elements.indices.contains(index) ? $0.elements[index] : nil }
            }
        }
        return node
    }
}

private struct Member: Sendable {
    var key: Node
    var value: Node

    init(_ key: Node, _ value: Node) {
        self.key = key
        self.value = value
    }

    init(_ key: String, _ value: Node) { self.init(.string(key), value) }

    func isNamed(_ name: String) -> Bool {
        if case .string(let text) = key { return Array(text.utf8) == Array(name.utf8) }
        return false
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)

private extension Array where Element == UInt8 {
    var text: String { String(decoding: self, as: UTF8.self) }
}

// MARK: - The sample's events and documents around them

private enum SampleEvents {
    /// The events of the sample catalogue, as written.
    static let all: [Node] = {
        guard let root = try? JSONParser.parse(sampleCatalogueBytes), let events = Node(root)["events"] else { return [] }
        return events.elements
    }()
}

private enum Documents {
    static let head = Array("{\n  \"schemaVersion\": 1,\n  \"publisher\": \"Cités Unies France\",\n  \"events\": [\n    ".utf8)
    static let tail = Array("\n  ]\n}\n".utf8)

    /// A catalogue holding these events, written as they are.
    static func of(_ events: [[UInt8]], separator: String = ",\n    ") -> [UInt8] {
        var bytes = head
        for (position, event) in events.enumerated() {
            if position > 0 { bytes += Array(separator.utf8) }
            bytes += event
        }
        return bytes + tail
    }

    static func of(_ events: Node...) -> [UInt8] { of(events.map(\.bytes)) }
}

// MARK: - The mutations

private enum FieldType {
    case string, enumeration, date, dateTime, time, count, bool, strings, objects, object
}

/// An object of the format with its fields: where it is in the event, and what it holds.
private struct Site {
    let name: String
    let path: [Node.Step]
    let fields: [(name: String, type: FieldType, required: Bool)]

    static let event = Site(name: "event", path: [], fields: [
        ("id", .string, true), ("title", .string, true), ("kind", .string, true), ("status", .enumeration, false),
        ("start", .date, true), ("end", .date, false), ("location", .object, false), ("organisers", .strings, false),
        ("audience", .string, false), ("summary", .string, false), ("description", .string, false),
        ("objectives", .strings, false), ("programme", .objects, false), ("themes", .strings, false),
        ("countryGroups", .strings, false), ("contacts", .objects, false), ("registration", .object, false),
        ("documents", .objects, false), ("updatedAt", .dateTime, false),
    ])
    static let location = Site(name: "location", path: [.key("location")], fields: [
        ("mode", .enumeration, false), ("venue", .string, false), ("address", .string, false),
        ("city", .string, false), ("country", .string, false),
    ])
    static let registration = Site(name: "registration", path: [.key("registration")], fields: [
        ("opens", .date, false), ("deadline", .date, false), ("capacity", .count, false), ("waitlist", .bool, false),
        ("modes", .strings, false), ("questions", .objects, false),
    ])
    static let question = Site(name: "question", path: [.key("registration"), .key("questions"), .index(0)], fields: [
        ("id", .string, true), ("label", .string, true), ("type", .enumeration, true), ("required", .bool, false),
        ("options", .strings, false), ("help", .string, false),
    ])
    static let slot = Site(name: "programme slot", path: [.key("programme"), .index(0)], fields: [
        ("date", .date, false), ("start", .time, true), ("end", .time, false), ("title", .string, true),
        ("speakers", .strings, false),
    ])
    static let contact = Site(name: "contact", path: [.key("contacts"), .index(0)], fields: [
        ("name", .string, true), ("role", .string, false), ("email", .string, false), ("phone", .string, false),
    ])
    static let document = Site(name: "document", path: [.key("documents"), .index(0)], fields: [
        ("title", .string, true), ("href", .string, true),
    ])
    static let all = [event, location, registration, question, slot, contact, document]

    /// Values of the wrong type for a field of this type.
    static func wrongValues(for type: FieldType) -> [Node] {
        switch type {
        case .string, .enumeration, .date, .dateTime, .time:
            return [.number("42"), .bool(true), .array([.string("x")]), .object([])]
        case .count:
            return [.string("12"), .bool(true), .array([]), .object([])]
        case .bool:
            return [.string("true"), .number("1"), .array([]), .object([])]
        case .strings:
            return [.string("x"), .object([]), .number("1"), .array([.number("1")]), .array([.string("a"), .null]),
                    .array([.array([])]), .array([.object([])]), .array([.bool(false)])]
        case .objects:
            return [.string("x"), .object([]), .array([.number("1")]), .array([.string("x")]), .array([.array([])]),
                    .array([.null]), .array([.object([])])]
        case .object:
            return [.string("x"), .array([]), .number("0"), .bool(false)]
        }
    }
}

private enum Mutations {
    static let location = Node.object([Member("mode", .string("hybrid")), Member("venue", .string("Salle des fêtes")),
                                       Member("city", .string("Paris"))])
    static let question = Node.object([
        Member("id", .string("role")), Member("label", .string("Votre rôle")), Member("type", .string("choice")),
        Member("required", .bool(true)), Member("options", .array([.string("Élu"), .string("Agent")])),
        Member("help", .string("Un seul choix")),
    ])
    static let registration = Node.object([
        Member("opens", .string("2015-01-01")), Member("deadline", .string("2015-01-10T18:00:00+01:00")),
        Member("capacity", .number("30")), Member("waitlist", .bool(false)),
        Member("modes", .array([.string("onsite"), .string("online")])), Member("questions", .array([question])),
    ])
    static let slot = Node.object([
        Member("date", .string("2015-01-20")), Member("start", .string("09:00")), Member("end", .string("10:30")),
        Member("title", .string("Ouverture")), Member("speakers", .array([.string("Mme A."), .string("M. B.")])),
    ])
    static let contact = Node.object([
        Member("name", .string("Pauline May")), Member("role", .string("Chargée de mission")),
        Member("email", .string("pauline.may@example.org")), Member("phone", .string("+33 1 00 00 00 00")),
    ])
    static let document = Node.object([Member("title", .string("Programme")), Member("href", .string("https://example.org/p.pdf"))])

    /// The event with every optional object present, so that each site can be mutated.
    static func complete(_ event: Node) -> Node {
        var event = event
        if event["location"]?.isObject != true { event = event.setting("location", location) }
        if let rules = event["registration"], rules.isObject {
            if rules["questions"]?.elements.first?.isObject != true {
                event = event.setting("registration", rules.setting("questions", .array([question])))
            }
        } else {
            event = event.setting("registration", registration)
        }
        for (key, element) in [("programme", slot), ("contacts", contact), ("documents", document)]
        where event[key]?.elements.first?.isObject != true {
            event = event.setting(key, .array([element]))
        }
        return event
    }

    static let dates = [
        "2020-02-29", "2020-02-30", "2021-02-29", "1900-02-29", "2000-02-29", "2020-04-31", "2020-13-01", "2020-00-10",
        "2020-05-00", "2020-1-1", "20200519", "", " 2020-05-19", "2020-05-19 ", "2020/05/19", "２０２０-05-19",
        "2020-05-19T10:00", "2020-05-19T10:00Z", "2020-05-19T10:00:00Z", "2020-05-19t10:00:00z",
        "2020-05-19T10:00:00.5+02:00", "2020-05-19T10:00:00.+02:00", "2020-05-19T10:00:00.123456789-05:30",
        "2020-05-19T24:00:00+02:00", "2020-05-19T23:60:00+02:00", "2020-05-19T10:00:60+02:00", "2020-05-19T10:00:00+19:00",
        "2020-05-19T10:00:00+18:00", "2020-05-19T10:00:00-12:60", "2020-05-19T10:00:00+0200", "2020-05-19T10:00:00 +02:00",
        "2020-05-19T10:00:00+02:00x", "2020-05-19T10:00+02:00", "2020-05-19 10:00:00+02:00", "0000-01-01", "9999-12-31",
    ]
    static let times = ["00:00", "23:59", "24:00", "9:00", "09:60", "09:00:00", "0900", "", "09:0a", "٠٩:٠٠", " 09:00"]
    static let capacities: [(Node, Expectation)] = [
        (.number("12"), .clean), (.number("12.0"), .clean), (.number("-1"), .problems), (.number("1e2"), .clean),
        (.literal("012"), .problems), (.string("12"), .problems), (.number("0"), .clean), (.number("-0"), .clean),
        (.number("1.5"), .problems), (.number("999999999999999"), .clean), (.number("9999999999999999"), .clean),
        (.number("1E2"), .clean), (.number("1e-2"), .problems), (.number("12.50"), .problems), (.number("-0.0"), .clean),
        (.number("1e400"), .problems), (.number("123456789012345678901234567890"), .problems), (.literal("+1"), .problems),
        (.literal("1."), .problems), (.literal(".5"), .problems), (.null, .clean), (.number("12 "), .clean),
    ]
    static let blanks = [" ", "\t", "\n", "\u{00A0}", "\u{3000}", "\u{2028}", "\u{200B}", "", " x ", "\u{85}"]
    static let identifiers = [
        "a b", "", String(repeating: "a", count: 65), String(repeating: "z", count: 64), "é", "id/1", "ID_1.x-y", " id",
        "-", ".", "a\u{0}", "ｉｄ",
    ]
    /// String contents, written as they are between the quotes.
    static let escapes = [
        #"a\nb"#, #"a\"b"#, #"a\\b"#, #"a\/b"#, #"caf\u00e9"#, #"caf\u00E9"#, #"\ud83d\ude00"#, #"\udc00"#, #"\ud83d"#,
        #"\ud83dx"#, #"\ud83d\u0041"#, #"\ud83d\ud83d"#, #"\x"#, #"\u12"#, #"\u00G0"#, #"\u0000"#, #"\b\f\r\t"#,
        #"\U00e9"#, #"\'"#, #"a\"#, #"\u0020"#, #"\u00a0"#, #"x\u0301"#, #"\uFFFF"#, #"\uFEFF"#, #"2020\u002d05-19"#,
        #"\u0041tel\u0069er"#,
    ]
    /// Bytes inside a string, valid UTF-8 or not.
    static let utf8: [[UInt8]] = [
        [0xC3, 0x28], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        [0x80], [0xF0, 0x9F, 0x98, 0x80], [0xEF, 0xBB, 0xBF], [0xC3, 0xA9], [0x65, 0xCC, 0x81], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xE0, 0x80, 0x80], [0xEF, 0xBF, 0xBD],
    ]
    static let controls: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x7F]
    /// Values of members this version does not know.
    static let unknownValues: [(Node, Expectation)] = {
        let clean: [String] = [
            #"{"a": [1, 2.5e-3, -0, 1E+2, 0.0, -12.5e+7, true, false, null, {"b": "c", "d": []}], "n": {}}"#,
            "[]", "[[[]]]", "{}", "0", "-0.0e-0", "true", "false", "null", #""s""#, #"{"a": 1, "a": 2}"#,
            #"{"x": {"y": {"y": 1, "y": [2]}}}"#, #"[{"id": 1, "id": 2}]"#, #"{"title": 5, "start": null}"#,
            " [ 1 , { } , \"\\u00e9\\n\" ]\t", "1E400", #""\ud83d\ude00""#,
        ]
        let faulty: [String] = [
            "01", "1.", "-", "+1", ".5", "1e", "1e+", "NaN", "Infinity", "tru", "nul", "fals", "True", "'s'", "[1,]",
            #"{"a": 1,}"#, "[1 2]", #"{"a" 1}"#, "{1: 2}", #"{"a":}"#, "}", "", #""\x""#, "\"a\u{1}\"", "truefalse", "[}",
            #"{"a": 1 "b": 2}"#, "00", "-01", "1.5e",
        ]
        var values: [(Node, Expectation)] = clean.map { (Node.literal($0), Expectation.clean) }
        values += faulty.map { (Node.literal($0), Expectation.problems) }
        values.append((Node.raw([0x22, 0xFF, 0x22]), Expectation.problems))
        return values
    }()

    /// Nested arrays or objects `depth` deep.
    static func nested(_ depth: Int, objects: Bool) -> Node {
        objects ? .literal(String(repeating: #"{"a": "#, count: depth) + "1" + String(repeating: "}", count: depth))
                : .literal(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
    }

    /// The mutations of one sample event. The long lists (dates, escapes, byte sequences…) turn
    /// with the event: each event takes a share, and the events together take them all.
    static func of(event index: Int) -> [Mutation] {
        let original = SampleEvents.all[index]
        let full = complete(original)
        let other = SampleEvents.all[(index + 1) % SampleEvents.all.count]
        var result: [Mutation] = []
        func add(_ name: String, _ event: Node, expect: Expectation = .any) {
            result.append(Mutation("event \(index), \(name)", Documents.of(event), expect: expect))
        }
        func addBytes(_ name: String, _ bytes: [UInt8], expect: Expectation = .any) {
            result.append(Mutation("event \(index), \(name)", bytes, expect: expect))
        }
        /// `count` of `values`, from a place that moves on with each event.
        func share<T>(_ values: [T], _ count: Int, _ salt: Int = 0) -> [T] {
            guard values.count > count else { return values }
            let first = (index * count + salt) % values.count
            return (0..<count).map { values[(first + $0) % values.count] }
        }
        add("as written", original, expect: .clean)
        add("completed", full, expect: .clean)

        // Each field of each object: of the wrong type; absent and null when required (null, and a
        // repetition, in turn for the others).
        for (siteNumber, site) in Site.all.enumerated() {
            for (fieldNumber, field) in site.fields.enumerated() {
                let name = "\(site.name).\(field.name)"
                let salt = siteNumber * 7 + fieldNumber
                for wrong in share(Site.wrongValues(for: field.type), 1, salt) {
                    add("\(name) = \(wrong.bytes.text)", full.updating(site.path) { $0.setting(field.name, wrong) }, expect: .problems)
                }
                if field.required {
                    add("\(name) absent", full.updating(site.path) { $0.removing(field.name) }, expect: .problems)
                }
                if field.required || (index + salt) % 2 == 0 {
                    let questionKind = site.name == "question" && field.name == "options"
                    add("\(name) null", full.updating(site.path) { $0.setting(field.name, .null) },
                        expect: questionKind ? .any : field.required ? .problems : .clean)
                }
                let value = full.value(at: site.path)?[field.name] ?? .string("x")
                switch (index + salt) % 6 {
                case 0:
                    add("\(name) repeated", full.updating(site.path) { $0.setting(field.name, value).appending(field.name, value) },
                        expect: .problems)
                case 3:
                    add("\(name) repeated, the first wrong",
                        full.updating(site.path) { $0.removing(field.name).appending(field.name, .number("5")).appending(field.name, value) },
                        expect: .problems)
                default:
                    break
                }
            }
            // Members this version does not know; names written with an escape.
            switch (index + siteNumber) % 4 {
            case 0:
                for (unknown, expectation) in share(unknownValues, 1, siteNumber) {
                    add("\(site.name) unknown member first = \(unknown.bytes.text)",
                        full.updating(site.path) { .object([Member("x-extra", unknown)] + $0.members) }, expect: expectation)
                }
            case 1:
                add("\(site.name) unknown member last", full.updating(site.path) { $0.appending("x-extra", .literal(#"{"k": [1, {"k": 2}]}"#)) },
                    expect: .clean)
            case 2:
                add("\(site.name) repeated unknown member",
                    full.updating(site.path) { $0.appending("x-a", .number("1")).appending("x-a", .number("2")) }, expect: .problems)
            default:
                add("\(site.name) escaped member names",
                    full.updating(site.path) { .object($0.members.map { member in
                        guard case .string(let key) = member.key, let first = key.unicodeScalars.first else { return member }
                        let hex = String(first.value, radix: 16)
                        let escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex + String(key.unicodeScalars.dropFirst())
                        return Member(.quoted(escaped), member.value)
                    }) }, expect: .clean)
            }
        }

        // Values of the enumerations, known and not.
        for status in share(["tentative", "Scheduled", "", "cancelled", "postponed", "scheduled "], 1) {
            add("status \(status)", full.setting("status", .string(status)))
        }
        for mode in share(["remote", "Online", "", "onsite", "online", "hybrid"], 1) {
            add("location mode \(mode)", full.updating([.key("location")]) { $0.setting("mode", .string(mode)) })
        }
        for modes in share([["hybrid"], ["online", "online"], [], ["onsite", "Remote"], ["online", "onsite", "online"]], 1) {
            add("modes \(modes)", full.updating([.key("registration")]) { $0.setting("modes", .array(modes.map(Node.string))) })
        }
        for type in share(["date", "Text", "", "text", "choice", "multi", "boolean", "number"], 1) {
            add("question type \(type)", full.updating(Site.question.path) { $0.setting("type", .string(type)) })
        }

        // Dates and times, each form in one of the date fields.
        let dateFields: [(path: [Node.Step], key: String)] = [
            ([], "start"), ([], "end"), ([], "updatedAt"), ([.key("registration")], "opens"),
            ([.key("registration")], "deadline"), (Site.slot.path, "date"),
        ]
        for (position, text) in share(dates, 9).enumerated() {
            let field = dateFields[(index + position) % dateFields.count]
            add("\(field.key) = \(text)", full.updating(field.path) { $0.setting(field.key, .string(text)) })
        }
        for (position, text) in share(times, 2).enumerated() {
            let key = (index + position) % 2 == 0 ? "start" : "end"
            add("slot \(key) = \(text)", full.updating(Site.slot.path) { $0.setting(key, .string(text)) })
        }

        // An end before its start; a deadline before the opening.
        let pairs: [(String, String, Expectation)] = [
            ("2020-05-19", "2020-05-18", .problems), ("2020-05-19", "2020-05-19", .clean),
            ("2020-05-19T10:00:00+02:00", "2020-05-19T09:59:59+02:00", .problems),
            ("2020-05-19T10:00:00+02:00", "2020-05-19T09:00:00+01:00", .clean),
            ("2020-05-19T10:00:00+02:00", "2020-05-19T08:30:00+01:00", .problems),
            ("2020-05-19", "2020-05-19T00:00:00+02:00", .clean), ("2020-05-19T23:00:00+02:00", "2020-05-19", .clean),
            ("2020-05-19T23:00:00-02:00", "2020-05-18T23:00:00+14:00", .problems),
            ("2020-05-19T10:00:00.9+02:00", "2020-05-19T10:00:00.1+02:00", .any),
        ]
        for (position, (start, end, expectation)) in share(pairs, 3).enumerated() {
            if (index + position) % 2 == 0 {
                add("start \(start), end \(end)", full.setting("start", .string(start)).setting("end", .string(end)), expect: expectation)
            } else {
                add("opens \(start), deadline \(end)",
                    full.updating([.key("registration")]) { $0.setting("opens", .string(start)).setting("deadline", .string(end)) },
                    expect: expectation)
            }
        }
        add("end before start", full.setting("start", .string("2020-05-19")).setting("end", .string("2020-05-17")), expect: .problems)
        add("deadline before opens", full.updating([.key("registration")]) {
            $0.setting("opens", .string("2020-05-19T10:00:00+02:00")).setting("deadline", .string("2020-05-18"))
        }, expect: .problems)
        add("end without start", full.removing("start").setting("end", .string("2020-05-18")), expect: .problems)
        add("deadline without opens", full.updating([.key("registration")]) { $0.removing("opens").setting("deadline", .string("2000-01-01")) },
            expect: .clean)
        for (start, end, expectation) in share([("09:00", "08:59", Expectation.problems), ("09:00", "09:00", .clean), ("23:59", "00:00", .problems)], 1) {
            add("slot \(start)–\(end)", full.updating(Site.slot.path) { $0.setting("start", .string(start)).setting("end", .string(end)) },
                expect: expectation)
        }

        // Capacities.
        for (capacity, expectation) in share(capacities, 4) {
            add("capacity \(capacity.bytes.text)", full.updating([.key("registration")]) { $0.setting("capacity", capacity) },
                expect: expectation)
        }

        // Blank texts where a text is required.
        let required: [(path: [Node.Step], key: String)] = [
            ([], "title"), ([], "kind"), (Site.contact.path, "name"), (Site.document.path, "title"),
            (Site.document.path, "href"), (Site.question.path, "id"), (Site.question.path, "label"), (Site.slot.path, "title"),
        ]
        for (position, text) in share(blanks, 3).enumerated() {
            let field = required[(index + position) % required.count]
            add("\(field.key) = \(text.debugDescription)", full.updating(field.path) { $0.setting(field.key, .string(text)) })
        }
        add("title whitespace only", original.setting("title", .string("  \t ")), expect: .problems)

        // Identifiers.
        for id in share(identifiers, 3) {
            add("id \(id.debugDescription)", original.setting("id", .string(id)))
        }
        add("id invalid", original.setting("id", .string("a b")), expect: .problems)

        // Escapes, raw control characters and bytes that are not (all) UTF-8, in a text, an
        // identifier, a date, a list, an unknown member.
        let textFields: [(path: [Node.Step], key: String)] = [
            ([], "title"), ([], "summary"), ([], "description"), ([], "id"), ([], "start"), ([], "kind"),
            ([.key("location")], "city"), ([.key("organisers")], ""), (Site.question.path, "id"), (Site.question.path, "label"),
            (Site.slot.path, "start"), ([], "x-extra"),
        ]
        func settingText(_ field: (path: [Node.Step], key: String), _ value: Node) -> Node {
            if field.key.isEmpty { return full.updating(field.path) { .array([value] + $0.elements) } }
            return full.updating(field.path) { $0.setting(field.key, value) }
        }
        for (position, escape) in share(escapes, 8).enumerated() {
            let field = textFields[(index + position) % textFields.count]
            add("\(field.key) = \"\(escape)\"", settingText(field, .quoted(escape)))
        }
        add("escapes in the title", original.setting("title", .quoted(#"Atelier \"zones\" \\ \/ caf\u00e9 \ud83d\ude00\n"#)), expect: .clean)
        add("lone surrogate in the title", original.setting("title", .quoted(#"a\udc00b"#)), expect: .problems)
        add("bad escape in the title", original.setting("title", .quoted(#"a\xb"#)), expect: .problems)
        for (position, control) in share(controls, 1).enumerated() {
            let field = textFields[(index + position) % textFields.count]
            add("raw control \(control) in \(field.key)", settingText(field, .rawString([0x61, control, 0x62])),
                expect: control == 0x7F ? .any : .problems)
        }
        add("raw line feed in the title", original.setting("title", .rawString([0x61, 0x0A, 0x62])), expect: .problems)
        for (position, bytes) in share(utf8, 4).enumerated() {
            let field = textFields[(index + position) % textFields.count]
            add("bytes \(bytes) in \(field.key)", settingText(field, .rawString([0x61] + bytes + [0x62])))
            switch (index + position) % 3 {
            case 0: add("bytes \(bytes) ending the title", original.setting("title", .rawString([0x61] + bytes)))
            case 1: add("bytes \(bytes) in a member name", full.appending(.rawString([0x78] + bytes), .number("1")))
            default: add("bytes \(bytes) in a location member name", full.updating([.key("location")]) { $0.appending(.rawString(bytes), .null) })
            }
        }
        add("invalid UTF-8 in the title", original.setting("title", .rawString([0x61, 0xC3, 0x28])), expect: .problems)
        add("invalid UTF-8 in a member name", original.appending(.rawString([0x61, 0xFF]), .null), expect: .problems)

        // Member names that are different bytes but the same text.
        let kelvin = Node.rawString([0xE2, 0x84, 0xAA]), decomposed = Node.rawString([0x65, 0xCC, 0x81])
        add("K and the Kelvin sign as member names", full.appending("K", .number("1")).appending(kelvin, .number("2")), expect: .problems)
        add("é and e + combining acute as member names", full.appending("é", .number("1")).appending(decomposed, .number("2")),
            expect: .problems)
        add("é and e + combining acute in location", full.updating([.key("location")]) { $0.appending("é", .null).appending(decomposed, .null) },
            expect: .problems)
        add("é and e + combining acute in a question",
            full.updating(Site.question.path) { $0.appending("é", .null).appending(decomposed, .null) }, expect: .problems)
        add("a non-ASCII member name", full.appending("clé", .string("valeur")), expect: .clean)
        add("question ids é and e + combining acute",
            full.updating([.key("registration"), .key("questions")]) {
                .array($0.elements + [question.setting("id", .string("é")), question.setting("id", .rawString([0x65, 0xCC, 0x81]))])
            }, expect: .problems)

        // Unknown members holding anything, nested deep.
        for (value, expectation) in share(unknownValues, 6) {
            add("unknown member = \(value.bytes.text)", original.appending("x-extra", value), expect: expectation)
        }
        let depths = [100, 507, 508, 509, 510, 511, 600]
        for depth in share(depths, 1) {
            add("arrays \(depth) deep in an unknown member", original.appending("x-deep", nested(depth, objects: false)),
                expect: depth >= 510 ? .problems : .clean)
        }
        for depth in share(depths, 1, 3) {
            add("objects \(depth) deep in an unknown member of registration", full.updating([.key("registration")]) {
                $0.appending("x-deep", nested(depth, objects: true))
            }, expect: depth >= 509 ? .problems : .clean)
        }

        // Repeated ids.
        addBytes("the event twice", Documents.of([original.bytes, original.bytes]), expect: .problems)
        addBytes("two events with one id", Documents.of([other.setting("id", original["id"] ?? .null).bytes, original.bytes]),
                 expect: .problems)
        addBytes("three events with one id, one with an error",
                 Documents.of([original.bytes, original.removing("title").bytes, original.bytes]), expect: .problems)
        if case .string(let id)? = original["id"] {
            addBytes("ids differing in case", Documents.of([original.bytes, other.setting("id", .string(id.uppercased())).bytes]),
                     expect: .clean)
        }
        add("question ids repeated", full.updating([.key("registration"), .key("questions")]) { .array($0.elements + [$0.elements[0]]) },
            expect: .problems)
        add("question ids repeated, the copy otherwise wrong",
            full.updating([.key("registration"), .key("questions")]) { .array($0.elements + [$0.elements[0].removing("label")]) },
            expect: .problems)
        add("choice question without options",
            full.updating(Site.question.path) { $0.setting("type", .string("choice")).removing("options") }, expect: .problems)
        add("multi question with no options",
            full.updating(Site.question.path) { $0.setting("type", .string("multi")).setting("options", .array([])) }, expect: .problems)
        add("choice question with null options",
            full.updating(Site.question.path) { $0.setting("type", .string("choice")).setting("options", .null) }, expect: .problems)
        add("text question with options", full.updating(Site.question.path) { $0.setting("type", .string("text")) }, expect: .clean)

        // The structure around the event.
        let event = original.bytes, second = other.bytes
        let garbage = ["x", "}", "]", ",", " \"a\"", "}}", " 1", "{}", " null", "\u{0}", "\u{FEFF}"]
        for text in share(garbage, 1) {
            addBytes("\(text.debugDescription) after the event", Documents.of([event + Array(text.utf8)]), expect: .problems)
        }
        for text in share(garbage, 1, 5) {
            addBytes("\(text.debugDescription) after the events",
                     Array(Documents.of([event, second]).dropLast(Documents.tail.count)) + Array(text.utf8) + Documents.tail,
                     expect: .problems)
        }
        addBytes("garbage after the document", Documents.of([event]) + Array("x".utf8), expect: .problems)
        addBytes("no comma between events", Documents.of([event, second], separator: "\n    "), expect: .problems)
        addBytes("no comma, no space between events", Documents.of([event, second], separator: ""), expect: .problems)
        addBytes("two commas between events", Documents.of([event, second], separator: ",,"), expect: .problems)
        addBytes("trailing comma after the events",
                 Array(Documents.of([event, second]).dropLast(Documents.tail.count)) + Array(",".utf8) + Documents.tail,
                 expect: .problems)
        addBytes("event not closed", Documents.of([Array(event.dropLast()), second]), expect: .problems)
        addBytes("event closed twice", Documents.of([event + [UInt8(ascii: "}")], second]), expect: .problems)
        let document = Documents.of([event, second])
        let cuts = 3
        for cut in 1...cuts {
            let length = document.count * cut / (cuts + 1) + index * 13 % 97
            addBytes("truncated to \(length) bytes", Array(document.prefix(length)), expect: .problems)
        }
        addBytes("truncated in the event's last string", Array(document.prefix(Documents.head.count + event.count - 3)), expect: .problems)
        addBytes("truncated after the event", Array(document.prefix(Documents.head.count + event.count)), expect: .problems)
        return result
    }

    /// Faults of the top level, and events that are not objects.
    static func ofDocument() -> [Mutation] {
        let event = SampleEvents.all[1].bytes
        var result: [Mutation] = []
        func add(_ name: String, _ text: String, expect: Expectation = .problems) {
            result.append(Mutation(name, Array(text.utf8), expect: expect))
        }
        let events = event.text
        add("byte-order mark", "\u{FEFF}{\"schemaVersion\": 1, \"events\": [\(events)]}", expect: .clean)
        add("empty events", #"{"schemaVersion": 1, "events": []}"#, expect: .clean)
        add("events first", "{\"events\": [\(events)], \"schemaVersion\": 1}", expect: .clean)
        add("events twice, both arrays", "{\"schemaVersion\": 1, \"events\": [1], \"events\": [\(events)]}")
        add("events twice, both arrays, the last wrong", "{\"schemaVersion\": 1, \"events\": [\(events)], \"events\": [1]}")
        add("events in a nested object", "{\"schemaVersion\": 1, \"x\": {\"events\": [1]}, \"events\": [\(events)]}", expect: .clean)
        add("events null", #"{"schemaVersion": 1, "events": null}"#)
        add("events an object", #"{"schemaVersion": 1, "events": {}}"#)
        add("events missing", #"{"schemaVersion": 1}"#)
        for version in ["2", "0", "-1", "\"1\"", "1.0", "1.5", "null", "1e0"] {
            add("schemaVersion \(version)", "{\"schemaVersion\": \(version), \"events\": [\(events)]}", expect: .any)
        }
        add("schemaVersion missing", "{\"events\": [\(events)]}")
        add("publisher a number", "{\"schemaVersion\": 1, \"publisher\": 5, \"events\": [\(events)]}")
        add("publisher escaped", "{\"schemaVersion\": 1, \"publisher\": \"Cit\\u00e9s\", \"events\": [\(events)]}", expect: .clean)
        add("top level an array", "[\(events)]")
        add("top level a string", #""events""#)
        add("empty file", "")
        add("white space only", " \n\t ")
        for element in ["1", "\"x\"", "null", "[]", "true", "{}", "-", "[1, 2]", "{\"id\": 1}"] {
            add("an event \(element)", "{\"schemaVersion\": 1, \"events\": [\(events), \(element)]}")
        }
        add("events a string holding brackets", "{\"schemaVersion\": 1, \"events\": [\(events), \"]}{[\"]}")
        add("events holding a bare word", "{\"schemaVersion\": 1, \"events\": [\(events), abc]}")
        add("events holding a string then a word", "{\"schemaVersion\": 1, \"events\": [\"a\"b, \(events)]}")
        add("an event ending in a backslash string", "{\"schemaVersion\": 1, \"events\": [{\"id\": \"a\\\"}, \(events)]}")
        add("events deeper than the limit", "{\"schemaVersion\": 1, \"events\": [" + String(repeating: "[", count: 600)
            + String(repeating: "]", count: 600) + "]}")
        add("events not closed", "{\"schemaVersion\": 1, \"events\": [\(events)")
        add("events closed by a brace", "{\"schemaVersion\": 1, \"events\": [\(events)}}")
        return result
    }
}
