import Foundation

/// Reads one event straight from its bytes into an `Event`, without building a JSON tree: the
/// path a large, valid catalogue takes.
///
/// It gives up (nil) at the first thing that is not plainly right — anything `EventReader` would
/// report as a problem or a warning, and the rare forms it does not handle itself (an escaped
/// member name, a count written `12.0`) — and that event is then read by `EventReader`, which
/// says what is wrong. So the messages come from one place, and this reader only has to agree
/// with `EventReader` on the events it accepts (the tests compare both on every event).
///
/// Skimming checks an event just as thoroughly but keeps only what ordering and the first
/// screen need (id, title, kind, status, start, end): the other texts are checked where they
/// stand and left in the file's bytes, to be read whole when first asked for.
struct FastEventReader {
    private struct GiveUp: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    private var depth = 2
    /// The member names of the objects being read, to notice a repeated one.
    private var keys: [Range<Int>] = []

    private let pool: StringPool?
    /// Texts not kept are checked and given as "", lists of texts not kept as [].
    private let skimming: Bool

    private init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, pool: StringPool?, skimming: Bool) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
        self.pool = pool
        self.skimming = skimming
        keys.reserveCapacity(48)
    }

    /// `pool`: where texts met before are shared, for the events read by one thread.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, pool: StringPool? = nil) -> Event? {
        var reader = FastEventReader(bytes, range, pool: pool, skimming: false)
        do {
            let event = try reader.readEvent().whole
            reader.skipWhitespace()
            return reader.index == reader.end ? event : nil
        } catch {
            return nil
        }
    }

    /// The event that starts at `start`, if `read` would give one (every rule is checked the
    /// same), as far as a skim keeps it, and the position after its `}`.
    /// (Not pooled: a skim keeps few texts, most met once.)
    static func skim(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (event: EventHeading, end: Int)? {
        var reader = FastEventReader(bytes, start..<bytes.count, pool: nil, skimming: true)
        guard let event = try? reader.readEvent().skimmed else { return nil }
        return (event, reader.index)
    }

    // MARK: - The event

    /// The whole event only when not skimming.
    private mutating func readEvent() throws(GiveUp) -> (skimmed: EventHeading, whole: Event?) {
        var id: String?, title: String?, kind: String?, start: EventTime?
        var status = EventStatus.scheduled
        var endTime: EventTime?, location: EventLocation?, registration: RegistrationRules?, updatedAt: EventTime?
        var audience: String?, summary: String?, description: String?, connection: String?, uid: String?
        var organisers: [String] = [], objectives: [String] = [], themes: [String] = [], countryGroups: [String] = []
        var programme: [ProgrammeSlot] = [], contacts: [Contact] = [], documents: [EventDocument] = []
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Event.id: id = try reader.optionalString(kept: true, shared: false)
            case Schema.Event.title: title = try reader.optionalString(nonBlank: Schema.Event.title.nonBlank, kept: true)
            case Schema.Event.kind: kind = try reader.optionalString(nonBlank: Schema.Event.kind.nonBlank, kept: true)
            case Schema.Event.status: status = try reader.optionalEnumeration(EventStatus.self) ?? .scheduled
            case Schema.Event.start: start = try reader.optionalTime(DateParsing.eventTime)
            case Schema.Event.end: endTime = try reader.optionalTime(DateParsing.eventTime)
            case Schema.Event.location: location = try reader.optionalObject { reader throws(GiveUp) in try reader.readLocation() }
            case Schema.Event.organisers: organisers = try reader.strings()
            case Schema.Event.audience: audience = try reader.optionalString()
            case Schema.Event.summary: summary = try reader.optionalString()
            case Schema.Event.description: description = try reader.optionalString()
            case Schema.Event.objectives: objectives = try reader.strings()
            case Schema.Event.programme: programme = try reader.objects { reader throws(GiveUp) in try reader.readSlot() }
            case Schema.Event.themes: themes = try reader.strings()
            case Schema.Event.countryGroups: countryGroups = try reader.strings()
            case Schema.Event.contacts: contacts = try reader.objects { reader throws(GiveUp) in try reader.readContact() }
            case Schema.Event.registration: registration = try reader.optionalObject { reader throws(GiveUp) in try reader.readRegistration() }
            case Schema.Event.documents: documents = try reader.objects { reader throws(GiveUp) in try reader.readDocument() }
            case Schema.Event.updatedAt: updatedAt = try reader.optionalTime(DateParsing.dateTime)
            case Schema.Event.connection: connection = try reader.optionalString()
            case Schema.Event.uid: uid = try reader.optionalString()
            // An event's own message texts are rare and checked as templates: EventReader reads them.
            case Schema.Event.messages: throw GiveUp()
            default: try reader.skipValue()
            }
        }
        guard let id, EventReader.isValidIdentifier(id), let title, let kind, let start else { throw GiveUp() }
        if let endTime, EventReader.endsBeforeStart(start, endTime) { throw GiveUp() }
        let skimmed = EventHeading(id: id, title: title, kind: EventKind(rawValue: kind), status: status, start: start, end: endTime)
        if skimming { return (skimmed, nil) }
        return (skimmed, Event(id: id, title: title, kind: EventKind(rawValue: kind), status: status, start: start, end: endTime,
                     location: location, organisers: organisers, audience: audience, summary: summary,
                     description: description, objectives: objectives, programme: programme, themes: themes,
                     countryGroups: countryGroups, contacts: contacts, registration: registration,
                     documents: documents, updatedAt: updatedAt, connection: connection, uid: uid))
    }

    private mutating func readLocation() throws(GiveUp) -> EventLocation {
        var location = EventLocation()
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Location.mode: location.mode = try reader.optionalEnumeration(LocationMode.self)
            case Schema.Location.venue: location.venue = try reader.optionalString()
            case Schema.Location.address: location.address = try reader.optionalString()
            case Schema.Location.city: location.city = try reader.optionalString()
            case Schema.Location.country: location.country = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        return location
    }

    private mutating func readSlot() throws(GiveUp) -> ProgrammeSlot {
        var date: CalendarDate?, start: TimeOfDay?, end: TimeOfDay?, title: String?
        var speakers: [String] = []
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Slot.date: date = try reader.optionalTime { DateParsing.date($0).map(EventTime.allDay) }?.date
            case Schema.Slot.start: start = try reader.optionalTime(DateParsing.timeOfDay)
            case Schema.Slot.end: end = try reader.optionalTime(DateParsing.timeOfDay)
            case Schema.Slot.title: title = try reader.optionalString(nonBlank: Schema.Slot.title.nonBlank)
            case Schema.Slot.speakers: speakers = try reader.strings()
            default: try reader.skipValue()
            }
        }
        guard let start, let title else { throw GiveUp() }
        if let end, end < start { throw GiveUp() }
        return ProgrammeSlot(date: date, start: start, end: end, title: title, speakers: speakers)
    }

    private mutating func readContact() throws(GiveUp) -> Contact {
        var name: String?, role: String?, email: String?, phone: String?
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Contact.name: name = try reader.optionalString(nonBlank: Schema.Contact.name.nonBlank)
            case Schema.Contact.role: role = try reader.optionalString()
            case Schema.Contact.email: email = try reader.optionalString()
            case Schema.Contact.phone: phone = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        guard let name else { throw GiveUp() }
        return Contact(name: name, role: role, email: email, phone: phone)
    }

    private mutating func readDocument() throws(GiveUp) -> EventDocument {
        var title: String?, href: String?
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Document.title: title = try reader.optionalString(nonBlank: Schema.Document.title.nonBlank)
            case Schema.Document.href: href = try reader.optionalString(nonBlank: Schema.Document.href.nonBlank)
            default: try reader.skipValue()
            }
        }
        guard let title, let href else { throw GiveUp() }
        return EventDocument(title: title, href: href)
    }

    private mutating func readRegistration() throws(GiveUp) -> RegistrationRules {
        var rules = RegistrationRules()
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Registration.opens: rules.opens = try reader.optionalTime(DateParsing.eventTime)
            case Schema.Registration.deadline: rules.deadline = try reader.optionalTime(DateParsing.eventTime)
            case Schema.Registration.capacity: rules.capacity = try reader.optionalCount()
            case Schema.Registration.waitlist: rules.waitlist = try reader.optionalBool() ?? true
            case Schema.Registration.modes:
                rules.modes = []
                for text in try reader.strings(kept: true) {
                    guard let mode = AttendanceMode(rawValue: text) else { throw GiveUp() }
                    if !rules.modes.contains(mode) { rules.modes.append(mode) }
                }
            case Schema.Registration.questions: rules.questions = try reader.objects { reader throws(GiveUp) in try reader.readQuestion() }
            default: try reader.skipValue()
            }
        }
        if let opens = rules.opens, let deadline = rules.deadline, EventReader.endsBeforeStart(opens, deadline) { throw GiveUp() }
        for (position, question) in rules.questions.enumerated()
        where rules.questions[..<position].contains(where: { $0.id == question.id }) {
            throw GiveUp()
        }
        return rules
    }

    private mutating func readQuestion() throws(GiveUp) -> RegistrationQuestion {
        var id: String?, label: String?, kind: RegistrationQuestion.Kind?, help: String?
        var required = false
        var options: [String] = []
        try readObject { reader, key throws(GiveUp) in
            switch key {
            case Schema.Question.id: id = try reader.optionalString(nonBlank: Schema.Question.id.nonBlank, kept: true)
            case Schema.Question.label: label = try reader.optionalString(nonBlank: Schema.Question.label.nonBlank)
            case Schema.Question.type: kind = try reader.optionalEnumeration(RegistrationQuestion.Kind.self)
            case Schema.Question.required: required = try reader.optionalBool() ?? false
            case Schema.Question.options: options = try reader.strings(kept: true)
            case Schema.Question.help: help = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        guard let id, let label, let kind else { throw GiveUp() }
        if (kind == .choice || kind == .multi) && options.isEmpty { throw GiveUp() }
        return RegistrationQuestion(id: id, label: label, kind: kind, required: required, options: options, help: help)
    }

    /// A visible ASCII byte anywhere settles it without Unicode properties: it starts a
    /// character of its own (or follows a prepended mark), which is not whitespace.
    private func isBlank(_ utf8: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> Bool {
        if utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return try decodedString(utf8).allSatisfy(\.isWhitespace)
    }

    // MARK: - Typed values (null counts as absent, as in `FieldReader`)

    /// `nonBlank`: a text of whitespace only gives up. `kept`: the text is wanted even when skimming.
    /// `shared: false`: a text met once (an id), not worth pooling.
    private mutating func optionalString(nonBlank: Bool = false, kept: Bool = false, shared: Bool = true) throws(GiveUp) -> String? {
        if try skipNull() { return nil }
        return try string(nonBlank: nonBlank, kept: kept, shared: shared)
    }

    private mutating func optionalEnumeration<T: RawRepresentable>(_ type: T.Type) throws(GiveUp) -> T? where T.RawValue == String {
        guard let text = try optionalString(kept: true) else { return nil }
        guard let value = T(rawValue: text) else { throw GiveUp() }
        return value
    }

    private mutating func optionalTime<T>(_ parse: (UnsafeBufferPointer<UInt8>) -> T?) throws(GiveUp) -> T? {
        if try skipNull() { return nil }
        let range = try plainString()
        guard let value = parse(UnsafeBufferPointer(rebasing: bytes[range])) else { throw GiveUp() }
        return value
    }

    private mutating func optionalBool() throws(GiveUp) -> Bool? {
        guard index < end else { throw GiveUp() }
        switch bytes[index] {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        case UInt8(ascii: "n"): try literal("null"); return nil
        default: throw GiveUp()
        }
    }

    /// A plain whole number ≥ 0; any other form goes to `FieldReader`, which knows them all.
    private mutating func optionalCount() throws(GiveUp) -> Int? {
        if try skipNull() { return nil }
        let start = index
        var value = 0
        while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39, index - start < 15 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > start, index == start + 1 || bytes[start] != UInt8(ascii: "0"), index < end else { throw GiveUp() }
        switch bytes[index] {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return value
        default: throw GiveUp()
        }
    }

    private mutating func strings(kept: Bool = false) throws(GiveUp) -> [String] {
        if try skipNull() { return [] }
        var result: [String] = []
        let keeping = kept || !skimming
        try readArray { reader throws(GiveUp) in
            let text = try reader.string(kept: kept)
            if keeping { result.append(text) }
        }
        return result
    }

    private mutating func objects<T>(_ read: (inout FastEventReader) throws(GiveUp) -> T) throws(GiveUp) -> [T] {
        if try skipNull() { return [] }
        var result: [T] = []
        try readArray { reader throws(GiveUp) in
            guard reader.index < reader.end, reader.bytes[reader.index] == UInt8(ascii: "{") else { throw GiveUp() }
            result.append(try read(&reader))
        }
        return result
    }

    private mutating func optionalObject<T>(_ read: (inout FastEventReader) throws(GiveUp) -> T) throws(GiveUp) -> T? {
        if try skipNull() { return nil }
        guard index < end, bytes[index] == UInt8(ascii: "{") else { throw GiveUp() }
        return try read(&self)
    }

    // MARK: - JSON structure

    /// Calls `member` with each member name, the reader standing on its value, which `member`
    /// must consume. A repeated name gives up (it is a warning).
    private mutating func readObject(_ member: (inout FastEventReader, StaticKey) throws(GiveUp) -> Void) throws(GiveUp) {
        guard index < end, bytes[index] == UInt8(ascii: "{") else { throw GiveUp() }
        try enter()
        index += 1
        let firstKey = keys.count
        defer { keys.removeSubrange(firstKey...) }
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            let name = try plainString()
            // A name that is not ASCII: its UTF-8 is not checked here, and it may repeat an earlier
            // name as text though not as bytes ("é" precomposed or not, "K" and the Kelvin sign),
            // which `EventReader` reports, comparing `String`s.
            for position in name where bytes[position] >= 0x80 { throw GiveUp() }
            for earlier in keys[firstKey...] where bytes[earlier].elementsEqual(bytes[name]) { throw GiveUp() }
            keys.append(name)
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else { throw GiveUp() }
            index += 1
            skipWhitespace()
            try member(&self, StaticKey(UnsafeBufferPointer(rebasing: bytes[name])))
            skipWhitespace()
            guard index < end else { throw GiveUp() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw GiveUp()
        }
        depth -= 1
    }

    private mutating func readArray(_ element: (inout FastEventReader) throws(GiveUp) -> Void) throws(GiveUp) {
        guard index < end, bytes[index] == UInt8(ascii: "[") else { throw GiveUp() }
        try enter()
        index += 1
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            skipWhitespace()
            guard index < end else { throw GiveUp() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw GiveUp()
        }
        depth -= 1
    }

    private mutating func enter() throws(GiveUp) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw GiveUp() }
    }

    /// Moves past a value of a member this version does not know, checking it all the same.
    private mutating func skipValue() throws(GiveUp) {
        guard index < end else { throw GiveUp() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try readObject { reader, _ throws(GiveUp) in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { reader throws(GiveUp) in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try skipNumber()
        }
    }

    private mutating func skipNull() throws(GiveUp) -> Bool {
        guard index < end, bytes[index] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ text: StaticString) throws(GiveUp) {
        let count = text.utf8CodeUnitCount
        guard index + count <= end else { throw GiveUp() }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { throw GiveUp() }
        index += count
    }

    private mutating func skipNumber() throws(GiveUp) {
        let start = index
        func digits(_ reader: inout FastEventReader) -> Int {
            let first = reader.index
            while reader.index < reader.end, reader.bytes[reader.index] >= 0x30, reader.bytes[reader.index] <= 0x39 { reader.index += 1 }
            return reader.index - first
        }
        if index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits(&self)
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw GiveUp() }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw GiveUp() }
        }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw GiveUp() }
        }
        guard index > start else { throw GiveUp() }
    }

    // MARK: - Strings

    /// The bytes between the quotes of a string without escapes (names, dates).
    private mutating func plainString() throws(GiveUp) -> Range<Int> {
        guard index < end, bytes[index] == UInt8(ascii: "\"") else { throw GiveUp() }
        index += 1
        let start = index
        let stop = JSONParser.firstSpecialByte(bytes, from: start, to: end, controls: true)
        guard stop < end, bytes[stop] == UInt8(ascii: "\"") else { throw GiveUp() }
        index = stop + 1
        return start..<stop
    }

    /// When skimming, a text not `kept` is checked and given as "".
    private mutating func string(nonBlank: Bool = false, kept: Bool = false, shared: Bool = true) throws(GiveUp) -> String {
        guard index < end, bytes[index] == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = index + 1
        let stop = JSONParser.firstSpecialByte(bytes, from: start, to: end, controls: true)
        guard stop < end else { throw GiveUp() }
        let onlyChecked = skimming && !kept
        if bytes[stop] == UInt8(ascii: "\"") {
            index = stop + 1
            return try text(UnsafeBufferPointer(rebasing: bytes[start..<stop]), nonBlank: nonBlank, onlyChecked: onlyChecked, shared: shared)
        }
        guard bytes[stop] == UInt8(ascii: "\\") else { throw GiveUp() }  // a control character
        index = stop
        // Unescaped into a buffer only when a text is wanted, or its blankness.
        if onlyChecked && !nonBlank {
            _ = try unescaped(prefix: start..<stop, collecting: false)
            return ""
        }
        return try unescaped(prefix: start..<stop, collecting: true).withUnsafeBufferPointer { (utf8) throws(GiveUp) in
            try text(utf8, nonBlank: nonBlank, onlyChecked: onlyChecked, shared: shared)
        }
    }

    /// The text of a string's `utf8`, checked; "" when `onlyChecked`.
    private func text(_ utf8: UnsafeBufferPointer<UInt8>, nonBlank: Bool, onlyChecked: Bool, shared: Bool) throws(GiveUp) -> String {
        if nonBlank, try isBlank(utf8) { throw GiveUp() }
        if onlyChecked {
            guard UTF8Validation.isValid(utf8) else { throw GiveUp() }
            return ""
        }
        return shared ? try validatedString(utf8) : try decodedString(utf8)
    }

    /// `String(validating:)` is generic and slow; decoding repairs invalid UTF-8 instead of
    /// refusing it, so the text is valid when the repair changed nothing (always for ASCII).
    private func validatedString(_ utf8: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> String {
        guard let pool, StringPool.pooledLengths.contains(utf8.count) else { return try decodedString(utf8) }
        if let pooled = pool.string(utf8) { return pooled }
        let text = try decodedString(utf8)
        pool.add(text)
        return text
    }

    private func decodedString(_ utf8: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> String {
        let text = String(decoding: utf8, as: UTF8.self)
        if isASCII(utf8) { return text }
        var copy = text
        let unchanged = copy.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        guard unchanged else { throw GiveUp() }
        return copy
    }

    private func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        let raw = UnsafeRawPointer(utf8.baseAddress)
        while position + 8 <= utf8.count, let raw {
            if raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            position += 8
        }
        while position < utf8.count {
            if utf8[position] >= 0x80 { return false }
            position += 1
        }
        return true
    }

    /// Moves past the rest of a string with escapes, from the first backslash, checking it.
    /// The text's UTF-8 when `collecting`; else each run between escapes is checked on its own,
    /// which comes to the same: an escape gives whole characters, so it cannot complete a
    /// sequence cut by it.
    private mutating func unescaped(prefix: Range<Int>, collecting: Bool) throws(GiveUp) -> [UInt8] {
        var buffer: [UInt8] = []
        if collecting {
            buffer.reserveCapacity(prefix.count + 64)
            buffer.append(contentsOf: bytes[prefix])
        } else if !UTF8Validation.isValid(UnsafeBufferPointer(rebasing: bytes[prefix])) {
            throw GiveUp()
        }
        while index < end {
            let stop = JSONParser.firstSpecialByte(bytes, from: index, to: end, controls: true)
            guard stop < end else { throw GiveUp() }
            if collecting {
                buffer.append(contentsOf: bytes[index..<stop])
            } else if !UTF8Validation.isValid(UnsafeBufferPointer(rebasing: bytes[index..<stop])) {
                throw GiveUp()
            }
            index = stop
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return buffer
            }
            guard byte == UInt8(ascii: "\\"), index + 1 < end else { throw GiveUp() }  // or a control character
            let escape = bytes[index + 1]
            index += 2
            if let unescaped = JSONParser.escapedByte(escape) {
                if collecting { buffer.append(unescaped) }
                continue
            }
            guard escape == UInt8(ascii: "u") else { throw GiveUp() }
            var high = try hex4()
            if (0xD800...0xDBFF).contains(high) {
                guard index + 2 <= end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw GiveUp()
                }
                index += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                high = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(high) else { throw GiveUp() }
            if collecting { buffer.append(contentsOf: UTF8.encode(scalar)!) }
        }
        throw GiveUp()
    }

    private mutating func hex4() throws(GiveUp) -> UInt32 {
        guard index + 4 <= end else { throw GiveUp() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = JSONParser.hexDigit(bytes[index]) else { throw GiveUp() }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    mutating func skipWhitespace() { Self.skipWhitespace(bytes, &index, end: end) }

    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, end: Int) {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }
}

/// A member name compared with the names the reader knows without making a `String`.
/// The catalogue's members, as `case Schema.Event.title:` reads.
private typealias Schema = CatalogueSchema

struct StaticKey {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// `case "title":` in a `switch` over a key.
    static func ~= (name: StaticString, key: StaticKey) -> Bool {
        guard name.utf8CodeUnitCount == key.bytes.count else { return false }
        for offset in 0..<key.bytes.count where name.utf8Start[offset] != key.bytes[offset] { return false }
        return true
    }
}
