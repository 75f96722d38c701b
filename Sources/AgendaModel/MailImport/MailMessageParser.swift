import Foundation

/// One message read from a mailbox: its headers and the leaves of its MIME tree, bodies
/// decoded from their transfer encoding (quoted-printable, base64, 7bit, 8bit, binary).
struct ParsedMail: Sendable {
    /// A part that is not itself a multipart: a text to read, or an attachment to name.
    struct Leaf: Sendable {
        /// Lowercased: `text/plain`, `text/html`, `application/pdf`.
        var contentType: String
        var charset: String?
        /// The name of an attachment (Content-Disposition `filename`, or Content-Type `name`);
        /// nil for a part shown inline with no name.
        var fileName: String?
        var isAttachment: Bool
        /// The decoded bytes; empty for an attachment, which only its name is kept of.
        var body: [UInt8]
    }

    var headers: MailHeaders
    var leaves: [Leaf]
    /// The message, or one of its parts, is `multipart/report` (a delivery status notification).
    var isReport: Bool
}

/// Reads a message's bytes (LF or CRLF line ends) into headers and MIME leaves. Nothing is
/// refused that has headers: a multipart without its boundary is read as one text, an unknown
/// transfer encoding as 8bit, a broken base64 as the bytes that do decode.
enum MailMessageParser {
    /// Parts within parts, at most: a deeper message is read as far as this.
    static let maximumDepth = 8

    /// nil when the bytes hold no header at all (not a message).
    static func parse(_ bytes: [UInt8]) -> ParsedMail? {
        let (headers, body) = split(bytes[...])
        guard !headers.fields.isEmpty else { return nil }
        var leaves: [ParsedMail.Leaf] = []
        var isReport = false
        collect(headers: headers, body: body, depth: 0, into: &leaves, isReport: &isReport)
        return ParsedMail(headers: headers, leaves: leaves, isReport: isReport)
    }

    /// The headers, and the body after the first empty line.
    static func split(_ bytes: ArraySlice<UInt8>) -> (MailHeaders, ArraySlice<UInt8>) {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var bodyStart = bytes.endIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            let next = end < bytes.endIndex ? end + 1 : end
            if line.isEmpty {
                bodyStart = next
                break
            }
            lines.append(line)
            start = next
        }
        return (MailHeaders(lines: lines), bytes[bodyStart...])
    }

    private static func collect(headers: MailHeaders, body: ArraySlice<UInt8>, depth: Int,
                                into leaves: inout [ParsedMail.Leaf], isReport: inout Bool) {
        let type = MailFieldParameters(headers["content-type"] ?? "text/plain")
        let disposition = MailFieldParameters(headers["content-disposition"])
        if type.value == "multipart/report" { isReport = true }
        if type.value.hasPrefix("multipart/"), let boundary = type.parameters["boundary"], !boundary.isEmpty,
           depth < maximumDepth {
            for part in parts(of: body, boundary: boundary) {
                let (partHeaders, partBody) = split(part)
                collect(headers: partHeaders, body: partBody, depth: depth + 1, into: &leaves, isReport: &isReport)
            }
            return
        }
        let fileName = disposition.parameters["filename"] ?? type.parameters["name"]
        let isText = type.value.isEmpty || type.value == "text/plain" || type.value == "text/html"
        let isAttachment = disposition.value == "attachment" || !isText || (fileName != nil && depth > 0)
        let decoded = isAttachment ? [] : decode(body, transferEncoding: headers["content-transfer-encoding"])
        leaves.append(.init(contentType: type.value.isEmpty ? "text/plain" : type.value, charset: type.parameters["charset"],
                            fileName: fileName, isAttachment: isAttachment, body: decoded))
    }

    /// The parts between the lines `--boundary`, up to `--boundary--` (or the end). The line
    /// break before a boundary line belongs to it, not to the part.
    static func parts(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let end = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<end]
            if line.starts(with: delimiter) {
                let after = line.dropFirst(delimiter.count)
                if let start = partStart {
                    var partEnd = lineStart
                    if partEnd > start, body[partEnd - 1] == 0x0A { partEnd -= 1 }
                    if partEnd > start, body[partEnd - 1] == 0x0D { partEnd -= 1 }
                    parts.append(body[start..<max(start, partEnd)])
                }
                if after.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) { return parts }
                partStart = end < body.endIndex ? end + 1 : end
            }
            lineStart = end < body.endIndex ? end + 1 : end
        }
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// A body's bytes from its Content-Transfer-Encoding.
    static func decode(_ body: ArraySlice<UInt8>, transferEncoding: String?) -> [UInt8] {
        switch (transferEncoding ?? "").trimmedWhitespace.lowercased() {
        case "quoted-printable":
            return QuotedPrintable.decode(body)
        case "base64":
            return base64(body)
        default:
            return Array(body)
        }
    }

    /// Base64 read as mail clients read it: line breaks and stray characters skipped, what
    /// follows the padding ignored, a last incomplete group dropped.
    private static func base64(_ body: ArraySlice<UInt8>) -> [UInt8] {
        var clean: [UInt8] = []
        clean.reserveCapacity(body.count)
        for byte in body {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"):
                clean.append(byte)
            case UInt8(ascii: "="):
                break
            default:
                continue
            }
        }
        clean.removeLast(clean.count % 4 == 1 ? 1 : 0)
        while clean.count % 4 != 0 { clean.append(UInt8(ascii: "=")) }
        return Data(base64Encoded: Data(clean)).map(Array.init) ?? []
    }
}
