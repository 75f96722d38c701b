/// The lexical rules of iCalendar (RFC 5545 §3.1 and §3.3): cleaning and escaping TEXT values,
/// folding content lines, and writing dates and URIs.
public enum ICalendarText {
    /// A content line may hold at most this many octets, its CRLF not counted (§3.1).
    public static let maximumLineOctets = 75

    /// The line end of every iCalendar stream.
    public static let lineEnd = "\r\n"

    // MARK: - TEXT values

    /// `text` with every character a calendar must not receive taken out: C0 and C1 controls,
    /// DEL, bidi overrides and isolates (the characters `TerminalSafeText` keeps from the screen).
    /// Line breaks (LF, CR LF, CR, U+2028, U+2029) become one `\n`; a tab becomes a space.
    /// Nothing is replaced by a placeholder: the characters are removed.
    public static func clean(_ text: String) -> String {
        // Most text has nothing to take out: given back as it is, without a copy.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
        if !text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\t" || ($0 != "\n" && TerminalSafeText.isUnsafe($0)) }) {
            return text
        }
        var result = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n":
                if !afterCarriageReturn { result.append("\n") }
            case "\r", "\u{2028}", "\u{2029}":
                result.append("\n")
            case "\t":
                result.append(" ")
            default:
                if !TerminalSafeText.isUnsafe(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// A TEXT value (§3.3.11), cleaned: `\` `;` `,` are escaped with a backslash and a line break is
    /// written `\n`. (A colon and a double quote need no escape in a value.)
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A list of TEXT values (CATEGORIES): each escaped, separated by unescaped commas.
    public static func escapeList(_ values: [String]) -> String {
        values.map(escape).joined(separator: ",")
    }

    // MARK: - Folding

    /// `line` (one content line, without its line end) folded so that no physical line exceeds
    /// 75 octets: each continuation line begins with one space, and a UTF-8 sequence is never
    /// split (the line is cut only between Unicode scalars). Every physical line ends with CRLF.
    public static func fold(_ line: String) -> String {
        var result = ""
        result.reserveCapacity(line.utf8.count + line.utf8.count / 36 + 2)
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumLineOctets {
                result += lineEnd + " "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += width
        }
        return result + lineEnd
    }

    /// The content lines of a folded stream (§3.1: a line end followed by one space or tab is
    /// removed). For tests and readers; the writer never needs it.
    public static func unfold(_ stream: String) -> [String] {
        let scalars = Array(stream.unicodeScalars)
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                if index + 2 < scalars.count, scalars[index + 2] == " " || scalars[index + 2] == "\t" {
                    index += 3
                } else {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                    index += 2
                }
                continue
            }
            current.append(scalars[index])
            index += 1
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// The value of a TEXT property as written, back to its text (the inverse of `escape` on
    /// cleaned text).
    public static func unescape(_ value: String) -> String {
        if !value.utf8.contains(UInt8(ascii: "\\")) { return value }
        // By bytes: an escape is ASCII, so a multi-byte character is copied whole.
        var result: [UInt8] = []
        result.reserveCapacity(value.utf8.count)
        var escaping = false
        for byte in value.utf8 {
            if escaping {
                result.append(byte == UInt8(ascii: "n") || byte == UInt8(ascii: "N") ? 0x0A : byte)
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    // MARK: - Dates

    /// A DATE value: `20241118`.
    public static func date(_ date: CalendarDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    /// A DATE-TIME value in UTC (§3.3.5, form 2): `20200519T130000Z`.
    public static func utcDateTime(instant: Int) -> String {
        let days = Int((Double(instant) / 86_400).rounded(.down))
        let seconds = instant - days * 86_400
        return date(CalendarDate(daysSinceEpoch: days)) + "T" + pad(seconds / 3600, 2) + pad(seconds % 3600 / 60, 2)
            + pad(seconds % 60, 2) + "Z"
    }

    // MARK: - URIs

    /// True when `href` is an absolute URI: a scheme of two or more letters, digits, `+`, `-` or
    /// `.` followed by a colon (`https:`, `mailto:`; `C:\…` is a Windows path, not a URI).
    public static func isURI(_ href: String) -> Bool {
        let scalars = Array(href.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon >= 2, isLetter(scalars[0]) else { return false }
        return scalars[1..<colon].allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// A URI value (§3.3.13) for `href`: controls removed and every octet a URI may not hold
    /// (space, non-ASCII, `"` `<` `>` `\` `^` `` ` `` `{` `|` `}`) percent-encoded; `%` is kept, as
    /// the URI is taken to be encoded already where it needs to be. A URI value is not escaped
    /// like TEXT.
    public static func uri(_ href: String) -> String {
        var result = ""
        for byte in clean(href).utf8 where byte != UInt8(ascii: "\n") {
            if isURIByte(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hex(byte >> 4) + hex(byte & 0xF)
            }
        }
        return result
    }

    /// A `file://` URI for an absolute path.
    public static func fileURI(path: String) -> String {
        "file://" + uri(path)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// RFC 3986's unreserved and reserved characters, and `%`.
    private static func isURIByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(Unicode.Scalar(nibble < 10 ? nibble + 0x30 : nibble - 10 + 0x41))
    }
}
