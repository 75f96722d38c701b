/// What a participant wrote in a message, as an inscription's note keeps it: the `text/plain`
/// part (else the text of the HTML part), without the message quoted below a reply and
/// without the signature, which is kept apart for `OrganisationGuess`.
struct MailBodyText: Sendable, Equatable {
    /// LF line ends, trimmed.
    var text: String
    /// The lines after `-- ` (or, without that line, the last short lines of the text), trimmed.
    var signature: [String]
    /// The names of the attachments, in their order (not their content).
    var attachments: [String]

    init(text: String, signature: [String] = [], attachments: [String] = []) {
        self.text = text
        self.signature = signature
        self.attachments = attachments
    }

    init(_ mail: ParsedMail) {
        let texts = mail.leaves.filter { !$0.isAttachment }
        let chosen = texts.first { $0.contentType == "text/plain" } ?? texts.first
        var raw = chosen.map { MailCharset.text($0.body, charset: $0.charset) } ?? ""
        if chosen?.contentType == "text/html" { raw = HTMLText.plain(raw) }
        // LF, CRLF or CR: a CR before an LF is one line end with it (Swift reads "\r\n" as one character).
        let lines = raw.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let (own, signature) = Self.trimmed(lines)
        text = own.joined(separator: "\n").trimmedWhitespace
        self.signature = signature
        attachments = mail.leaves.filter(\.isAttachment).compactMap(\.fileName)
    }

    /// The lines the sender wrote, and the signature's.
    static func trimmed(_ lines: [Substring]) -> ([Substring], [String]) {
        var own: [Substring] = []
        var signature: [String] = []
        var inSignature = false
        for (index, line) in lines.enumerated() {
            if startsQuote(line, next: index + 1 < lines.count ? lines[index + 1] : nil) { break }
            if line.hasPrefix(">") { continue }
            if line == "-- " || line == "--" || line == "__" {
                inSignature = true
                continue
            }
            if inSignature {
                let text = line.trimmedWhitespace
                if !text.isEmpty { signature.append(text) }
            } else {
                own.append(line)
            }
        }
        while let last = own.last, last.trimmedWhitespace.isEmpty { own.removeLast() }
        // Without a delimiter the signature is the last block after a blank line, when short.
        if !inSignature, let blank = own.lastIndex(where: { $0.trimmedWhitespace.isEmpty }), blank > 0 {
            let tail = own[(blank + 1)...].map { $0.trimmedWhitespace }
            if tail.count <= 6 { signature = tail }
        }
        return (own, signature)
    }

    /// A line where the message being replied to begins: "Le … a écrit :", "On … wrote:",
    /// Outlook's "-----Original Message-----" or a "De :"/"From:" line followed by a date.
    /// Compared folded (`MailPhrase.words`), as mail clients vary in case, accents and spaces.
    static func startsQuote(_ line: Substring, next: Substring?) -> Bool {
        // Every opening starts with one of these letters: most lines are passed over at once.
        guard let first = line.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }),
              "-lLoOdDfF".unicodeScalars.contains(first) else { return false }
        let text = line.trimmedWhitespace
        let words = MailPhrase.words(text)
        let key = words.joined()
        if text.hasPrefix("---"), ["originalmessage", "messagedorigine", "messageoriginal", "forwardedmessage", "messagetransfere"].contains(key) {
            return true
        }
        if words.first == "le", key.hasSuffix("aecrit"), text.hasSuffix(":") { return true }
        if words.first == "on", key.hasSuffix("wrote"), text.hasSuffix(":") { return true }
        if ["de", "from"].contains(words.first), MailPhrase.has(text, UInt8(ascii: ":")), let next, MailPhrase.has(next, UInt8(ascii: ":")) {
            return ["envoye", "sent", "date", "a", "to"].contains(MailPhrase.words(String(next)).first)
        }
        return false
    }
}
