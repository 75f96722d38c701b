/// A JSON value to be written as the catalogue is laid out by hand: two spaces a level,
/// `"key": value`, members in the order given, every non-ASCII character as it is (accents,
/// 田中 and Հայաստան stay readable in the file), empty arrays and objects on one line.
indirect enum PrettyJSON: Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([PrettyJSON])
    case object([(key: String, value: PrettyJSON)])

    static func == (a: PrettyJSON, b: PrettyJSON) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: return false
        }
    }

    /// The text, its first line unindented and every following one after `margin` spaces (the
    /// depth at which it is placed in the file).
    func text(margin: Int = 0) -> String {
        var output = ""
        write(into: &output, depth: margin / 2, extra: margin % 2)
        return output
    }

    private func write(into output: inout String, depth: Int, extra: Int) {
        let inner = String(repeating: " ", count: (depth + 1) * 2 + extra)
        let closing = String(repeating: " ", count: depth * 2 + extra)
        switch self {
        case .string(let text): PrettyJSON.quote(text, into: &output)
        case .integer(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (position, element) in elements.enumerated() {
                output += inner
                element.write(into: &output, depth: depth + 1, extra: extra)
                output += position == elements.count - 1 ? "\n" : ",\n"
            }
            output += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (position, member) in members.enumerated() {
                output += inner
                PrettyJSON.quote(member.key, into: &output)
                output += ": "
                member.value.write(into: &output, depth: depth + 1, extra: extra)
                output += position == members.count - 1 ? "\n" : ",\n"
            }
            output += closing + "}"
        }
    }

    /// RFC 8259's escapes for the quote, the backslash and the control characters; the line
    /// and paragraph separators too, which some JavaScript readers take for line ends. The runs
    /// between escapes are copied whole: a 10 000-event import writes megabytes of text.
    static func quote(_ text: String, into output: inout String) {
        output += "\""
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0, index = 0
            func copyRun() {
                if index > runStart { output += String(decoding: UnsafeBufferPointer(rebasing: utf8[runStart..<index]), as: UTF8.self) }
            }
            while index < utf8.count {
                let byte = utf8[index]
                let escape: String?, length: Int
                switch byte {
                case 0x22: (escape, length) = ("\\\"", 1)
                case 0x5C: (escape, length) = ("\\\\", 1)
                case 0x0A: (escape, length) = ("\\n", 1)
                case 0x0D: (escape, length) = ("\\r", 1)
                case 0x09: (escape, length) = ("\\t", 1)
                case 0x08: (escape, length) = ("\\b", 1)
                case 0x0C: (escape, length) = ("\\f", 1)
                case 0x00..<0x20: (escape, length) = ("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16), 1)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    (escape, length) = (utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
                default: (escape, length) = (nil, 1)
                }
                if let escape {
                    copyRun()
                    output += escape
                    runStart = index + length
                }
                index += length
            }
            copyRun()
        }
        output += "\""
    }
}
