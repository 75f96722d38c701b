/// One message to a participant, complete: what the outbox keeps and `sendmail` reads.
public struct MailMessage: Hashable, Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var replyTo: MailAddress?
    public var bcc: MailAddress?
    public var subject: String
    public var body: String
    /// `Thu, 03 Dec 2026 16:23:20 +0100`.
    public var date: String
    /// `<…@…>`, unique: the same message sent twice is recognised as one.
    public var messageID: String
    /// `X-Agenda-…` headers: what the program needs to find again (kind, registration, event).
    public var extraHeaders: [(String, String)]

    public init(from: MailAddress, to: MailAddress, replyTo: MailAddress? = nil, bcc: MailAddress? = nil, subject: String,
                body: String, date: String, messageID: String, extraHeaders: [(String, String)] = []) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.bcc = bcc
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
        self.extraHeaders = extraHeaders
    }

    public static func == (a: MailMessage, b: MailMessage) -> Bool { a.rfc5322 == b.rfc5322 }
    public func hash(into hasher: inout Hasher) { hasher.combine(rfc5322) }

    /// The message as RFC 5322 and MIME write it: ASCII headers, CRLF line ends, a UTF-8 text
    /// body in quoted-printable.
    public var rfc5322: String {
        var headers: [(String, String)] = [
            ("Date", date), ("From", from.headerValue), ("To", to.headerValue),
        ]
        if let replyTo { headers.append(("Reply-To", replyTo.headerValue)) }
        if let bcc { headers.append(("Bcc", bcc.headerValue)) }
        headers += [
            ("Subject", MailHeader.unstructured(subject)), ("Message-ID", messageID), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable"),
        ]
        headers += extraHeaders.map { ($0.0, MailHeader.unstructured($0.1)) }
        let head = headers.map { MailHeader.line($0.0, $0.1) }.joined(separator: "\r\n")
        let encoded = QuotedPrintable.encode(body)
        return head + "\r\n\r\n" + encoded + (encoded.hasSuffix("\r\n") ? "" : "\r\n")
    }

    /// `<moment.random@domain>`: unique (the moment and 64 random bits), at the domain the
    /// iCalendar UIDs use, so that every id the program makes names the same sender.
    public static func newMessageID(at moment: Moment) -> String {
        "<\(moment.instant).\(String(UInt64.random(in: 0...UInt64.max), radix: 36))@\(ICalendarWriter.uidDomain)>"
    }

    /// `Thu, 03 Dec 2026 16:23:20 +0100`: the moment as the `Date` header writes it.
    public static func dateHeader(_ moment: Moment) -> String {
        let local = moment.instant + moment.utcOffset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let date = CalendarDate(daysSinceEpoch: days)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let offset = abs(moment.utcOffset)
        let sign = moment.utcOffset < 0 ? "-" : "+"
        return "\(weekdays[date.isoWeekday - 1]), \(two(date.day)) \(months[date.month - 1]) \(date.year) "
            + "\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60)) \(sign)\(two(offset / 3600))\(two(offset % 3600 / 60))"
    }
}
