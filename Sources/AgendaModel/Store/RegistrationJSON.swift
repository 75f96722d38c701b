/// Registrations written as JSON by hand, because an import brings 100 000 of them at once and
/// JSONEncoder takes some 20 µs for each.
///
/// The bytes are exactly those of the JSONEncoder path (sorted keys, slashes as they are, then
/// `TerminalSafeText.escapingJSON`), so that files written either way stay identical; the tests
/// compare the two on every field shape, hostile text and thousands of random registrations.
enum RegistrationJSON {
    /// Appends `registration` exactly as `StoreCache.indented(RegistrationStore.encode(registration))`
    /// gives it: pretty-printed, every line after four spaces, no final newline.
    static func appendElement(_ registration: Registration, to output: inout [UInt8]) {
        write(registration, into: &output, pretty: true, margin: 4)
    }

    /// Appends `registration` on one line, exactly as JSONEncoder with `[.sortedKeys,
    /// .withoutEscapingSlashes]` followed by `TerminalSafeText.escapingJSON` gives it (no newline).
    static func appendLine(_ registration: Registration, to output: inout [UInt8]) {
        write(registration, into: &output, pretty: false, margin: 0)
    }

    private static func write(_ registration: Registration, into output: inout [UInt8], pretty: Bool, margin: Int) {
        var writer = Writer(pretty: pretty, margin: margin)
        // The writer works in the caller's buffer itself: no copy of what it already holds.
        swap(&writer.bytes, &output)
        writer.spaces(margin)
        writer.registration(registration)
        swap(&writer.bytes, &output)
    }
}

/// JSONEncoder's layout (swift-foundation's JSONWriter): pretty, `"key" : value`, two spaces a
/// level, and an empty container still opened and closed on lines of its own (`{\n\n}`).
private struct Writer {
    var bytes: [UInt8] = []
    let pretty: Bool
    /// Spaces after every line break: the store file indents each element of its array.
    let margin: Int
    private var depth = 0
    private var firstInContainer = true

    init(pretty: Bool, margin: Int) {
        self.pretty = pretty
        self.margin = margin
    }

    // MARK: - The registration

    // Keys in the order sortedKeys gives them: their UTF-8 bytes compared.
    mutating func registration(_ registration: Registration) {
        openObject()
        key("answers")
        answers(registration.answers)
        key("consent")
        bool(registration.consent)
        key("createdAt")
        string(registration.createdAt)
        if let messageID = registration.emailMessageId {
            key("emailMessageId")
            string(messageID)
        }
        key("eventId")
        string(registration.eventId)
        key("history")
        openArray()
        for entry in registration.history {
            nextElement()
            historyEntry(entry)
        }
        closeArray()
        key("id")
        string(registration.id)
        if let mode = registration.mode {
            key("mode")
            string(mode.rawValue)
        }
        key("note")
        string(registration.note)
        key("participant")
        participant(registration.participant)
        key("source")
        string(registration.source.rawValue)
        key("status")
        string(registration.status.rawValue)
        key("updatedAt")
        string(registration.updatedAt)
        closeObject()
    }

    private mutating func participant(_ participant: Participant) {
        openObject()
        key("email")
        string(participant.email)
        key("firstName")
        string(participant.firstName)
        if let language = participant.language {
            key("language")
            string(language.rawValue)
        }
        key("lastName")
        string(participant.lastName)
        key("organisation")
        string(participant.organisation)
        if let phone = participant.phone {
            key("phone")
            string(phone)
        }
        if let role = participant.role {
            key("role")
            string(role)
        }
        closeObject()
    }

    private mutating func historyEntry(_ entry: Registration.HistoryEntry) {
        openObject()
        key("at")
        string(entry.at)
        if let corrected = entry.corrected {
            key("corrected")
            openArray()
            for field in corrected {
                nextElement()
                string(field)
            }
            closeArray()
        }
        key("from")
        if let from = entry.from { string(from.rawValue) } else { append("null") }
        if let message = entry.message {
            key("message")
            openObject()
            key("id")
            string(message.id)
            key("kind")
            string(message.kind.rawValue)
            closeObject()
        }
        if let note = entry.note {
            key("note")
            string(note)
        }
        if let override = entry.override {
            key("override")
            string(override.rawValue)
        }
        key("to")
        string(entry.to.rawValue)
        if let undo = entry.undo {
            key("undo")
            append(undo ? "true" : "false")
        }
        closeObject()
    }

    private mutating func answers(_ answers: [String: Answer]) {
        openObject()
        // JSONWriter sorts keys by their UTF-8 bytes on Linux (no locale, no numeric order).
        for key in answers.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            nextElement()
            string(key)
            append(pretty ? " : " : ":")
            answer(answers[key]!)
        }
        closeObject()
    }

    private mutating func answer(_ answer: Answer) {
        switch answer {
        case .text(let text):
            string(text)
        case .choices(let choices):
            openArray()
            for choice in choices {
                nextElement()
                string(choice)
            }
            closeArray()
        case .flag(let flag):
            bool(flag)
        case .number(let number):
            // Answer.encode's choice: whole numbers below 1e15 as integers, the rest as doubles.
            if number.rounded() == number, abs(number) < 1e15 {
                bytes.append(contentsOf: String(Int(number)).utf8)
            } else {
                precondition(number.isFinite, "store values are always encodable")
                // JSONEncoder writes a double's description without a trailing ".0".
                var text = number.description
                if text.hasSuffix(".0") { text.removeLast(2) }
                bytes.append(contentsOf: text.utf8)
            }
        }
    }

    // MARK: - Containers

    private mutating func openObject() { open(0x7B) }
    private mutating func closeObject() { close(0x7D) }
    private mutating func openArray() { open(0x5B) }
    private mutating func closeArray() { close(0x5D) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        firstInContainer = true
        if pretty { lineBreak() }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            lineBreak()
            spaces(2 * depth)
        }
        bytes.append(bracket)
        firstInContainer = false
    }

    /// Before each member or element: the comma after the one before, and its line.
    private mutating func nextElement() {
        if !firstInContainer {
            bytes.append(0x2C)
            if pretty { lineBreak() }
        }
        firstInContainer = false
        if pretty { spaces(2 * depth) }
    }

    private mutating func key(_ name: StaticString) {
        nextElement()
        bytes.append(0x22)
        append(name)
        append(pretty ? "\" : " : "\":")
    }

    private mutating func lineBreak() {
        bytes.append(0x0A)
        spaces(margin)
    }

    mutating func spaces(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }

    // MARK: - Values

    private mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A JSON string as JSONWriter escapes it (`"`, `\`, C0; `/` kept), with what
    /// `TerminalSafeText.escapingJSON` escapes afterwards (DEL, C1, bidi controls, line and
    /// paragraph separators) escaped in the same pass.
    private mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var copied = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let length: Int
                switch byte {
                case 0x22, 0x5C, 0x00..<0x20, 0x7F:
                    length = 1
                // The lead bytes of every unsafe character above DEL (see escapingJSON).
                case 0xC2, 0xD8:
                    length = 2
                case 0xE2:
                    length = 3
                default:
                    index += 1
                    continue
                }
                let scalar = length == 1 ? UInt32(byte) : Self.scalar(utf8, at: index, length: length)
                if length > 1, let unicode = Unicode.Scalar(scalar), !TerminalSafeText.isUnsafe(unicode) {
                    index += length
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                escape(scalar)
                index += length
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<utf8.count]))
        }
        bytes.append(0x22)
    }

    /// The scalar of a two- or three-byte UTF-8 sequence (a String's UTF-8 is always valid).
    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        if length == 2 {
            return UInt32(utf8[index] & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
        }
        return UInt32(utf8[index] & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
    }

    private mutating func escape(_ scalar: UInt32) {
        bytes.append(0x5C)
        switch scalar {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            // Lowercase hex, as both JSONWriter and escapingJSON write it.
            let hexDigits: StaticString = "0123456789abcdef"
            bytes.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                bytes.append(hexDigits.utf8Start[Int(scalar >> UInt32(shift) & 0xF)])
            }
        }
    }
}
