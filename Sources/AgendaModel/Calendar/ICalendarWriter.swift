/// Events as an iCalendar stream (RFC 5545), for importing into any calendar client.
///
/// Choices, each valid RFC 5545 and read the same by every client:
/// - Timed events are written in UTC (`DTSTART:20200519T130000Z`). The catalogue gives a fixed
///   offset, not a named zone, so a `TZID` would need a made-up `VTIMEZONE`; a UTC instant is the
///   same moment, and every client shows it in its user's own zone.
/// - Whole-day events are `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE`: the day after
///   the last day covered (18–21 November ends on the 22nd; a single day ends the next day).
/// - `UID` is the event's `uid` when it came from a calendar (so that the calendar it came from
///   recognises it), else `<event id>@agenda.cites-unies-france.invalid`: ids are unique in a
///   catalogue and stable, so exporting again updates the events a client already holds instead
///   of doubling them.
/// - `DTSTAMP` (and `LAST-MODIFIED`) is the event's `updatedAt` in UTC; without it, `DTSTAMP` is
///   `fallbackStamp`, which the command sets to 00:00 UTC of the export's "today" (`--today`, else
///   the real date), so that exporting the same catalogue twice the same day gives the same bytes.
/// - Text comes from anyone: control characters are removed, never written (`ICalendarText.clean`).
public struct ICalendarWriter: Sendable {
    /// The right-hand side of every UID (`.invalid` is reserved, so it can never clash with a real host).
    public static let uidDomain = "agenda.cites-unies-france.invalid"
    public static let productID = "-//Cites Unies France//agenda " + AgendaVersion.current + "//FR"

    /// `X-WR-CALNAME`, the name most clients give the imported calendar (the publisher); nil: none.
    public var calendarName: String?
    /// Seconds since 1970-01-01T00:00Z: the `DTSTAMP` of an event without `updatedAt`.
    public var fallbackStamp: Int

    public init(calendarName: String? = nil, fallbackStamp: Int) {
        self.calendarName = calendarName
        self.fallbackStamp = fallbackStamp
    }

    /// 00:00 UTC of `day`: the fallback stamp the command uses.
    public static func stamp(for day: CalendarDate) -> Int {
        day.daysSinceEpoch * 86_400
    }

    /// The whole stream, folded, every line ended with CRLF.
    public func document(_ events: [Event]) -> String {
        var text = ""
        for line in contentLines(events) { text += ICalendarText.fold(line) }
        return text
    }

    /// `document(events)` as UTF-8 bytes.
    public func bytes(_ events: [Event]) -> [UInt8] {
        Array(document(events).utf8)
    }

    /// Every content line of the stream, unfolded and without line ends.
    public func contentLines(_ events: [Event]) -> [String] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendarText.escape(Self.productID), "CALSCALE:GREGORIAN"]
        if let name = calendarName.map(ICalendarText.escape), !name.isEmpty {
            lines.append("X-WR-CALNAME:" + name)
        }
        for event in events { lines += contentLines(event) }
        lines.append("END:VCALENDAR")
        return lines
    }

    /// The content lines of one `VEVENT`, unfolded.
    public func contentLines(_ event: Event) -> [String] {
        let text = ICalendarText.escape
        var lines = ["BEGIN:VEVENT", "UID:" + text(Self.uid(for: event))]
        if let updated = event.updatedAt {
            let stamp = ICalendarText.utcDateTime(instant: updated.instant())
            lines += ["DTSTAMP:" + stamp, "LAST-MODIFIED:" + stamp]
        } else {
            lines.append("DTSTAMP:" + ICalendarText.utcDateTime(instant: fallbackStamp))
        }
        lines += Self.timeLines(event)
        lines.append("SUMMARY:" + text(event.title))
        if let location = Self.location(event) { lines.append("LOCATION:" + text(location)) }
        let description = Self.description(event)
        if !description.isEmpty { lines.append("DESCRIPTION:" + text(description)) }
        let themes = event.themes.map { ICalendarText.clean($0).trimmedWhitespace }.filter { !$0.isEmpty }
        if !themes.isEmpty { lines.append("CATEGORIES:" + ICalendarText.escapeList(themes)) }
        lines.append("STATUS:" + Self.status(event.status))
        let links = Self.links(event)
        if let url = links.url { lines.append("URL:" + url) }
        lines += links.attachments.map { "ATTACH:" + $0 }
        lines.append("END:VEVENT")
        return lines
    }

    // MARK: - Properties

    /// `<id>@agenda.cites-unies-france.invalid`.
    public static func uid(for event: Event) -> String {
        event.uid ?? event.id + "@" + uidDomain
    }

    /// `DTSTART` and, when it can be said, `DTEND`.
    static func timeLines(_ event: Event) -> [String] {
        switch event.start {
        case .allDay(let first):
            // Exclusive: the day after the last day covered.
            let end = max(event.lastDay, first).adding(days: 1)
            return ["DTSTART;VALUE=DATE:" + ICalendarText.date(first), "DTEND;VALUE=DATE:" + ICalendarText.date(end)]
        case .timed(_, _, let offset):
            var lines = ["DTSTART:" + ICalendarText.utcDateTime(instant: event.start.instant())]
            switch event.end {
            case let end? where !end.isAllDay:
                lines.append("DTEND:" + ICalendarText.utcDateTime(instant: end.instant()))
            case .allDay(let last)?:
                // A timed start with a whole-day end: the end of that day in the event's offset
                // (DTEND must have DTSTART's value type).
                lines.append("DTEND:" + ICalendarText.utcDateTime(instant: EventTime.allDay(last.adding(days: 1)).instant(offsetForAllDay: offset)))
            default:
                // No end: RFC 5545 makes the event end when it starts; no duration is invented.
                break
            }
            return lines
        }
    }

    /// Venue, address, city and country, those given, joined with ", ".
    static func location(_ event: Event) -> String? {
        guard let location = event.location else { return nil }
        let parts = [location.venue, location.address, location.city, location.country]
            .compactMap { $0.map { ICalendarText.clean($0).trimmedWhitespace } }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The summary, the description and the programme (in the event's local time, its UTC
    /// offset given), then the documents that have no URI, separated by blank lines.
    static func description(_ event: Event) -> String {
        var sections: [String] = []
        for text in [event.summary, event.description].compactMap({ $0 }) {
            let cleaned = ICalendarText.clean(text).trimmedWhitespace
            if !cleaned.isEmpty { sections.append(cleaned) }
        }
        if !event.programme.isEmpty {
            var heading = "Programme"
            if case .timed(_, _, let offset) = event.start {
                heading += " (UTC" + (offset == 0 ? "" : EventTime.offsetText(offset)) + ")"
            }
            let slots = event.programme.map { slot -> String in
                var line = slot.date.map { "\($0) " } ?? ""
                line += slot.start.description + (slot.end.map { "–\($0)" } ?? "")
                line += " " + oneLine(slot.title)
                let speakers = slot.speakers.map(oneLine).filter { !$0.isEmpty }
                if !speakers.isEmpty { line += " (" + speakers.joined(separator: ", ") + ")" }
                return line
            }
            sections.append(([heading] + slots).joined(separator: "\n"))
        }
        let paths = event.documents.filter { document in
            let href = cleanHref(document)
            return !href.isEmpty && !ICalendarText.isURI(href) && !href.hasPrefix("/")
        }
        if !paths.isEmpty {
            sections.append((["Documents"] + paths.map { document in
                let title = oneLine(document.title)
                return (title.isEmpty ? "" : title + ": ") + cleanHref(document)
            }).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
    }

    /// Cancelled → CANCELLED, postponed → TENTATIVE (it will take place, not on that date),
    /// scheduled → CONFIRMED.
    static func status(_ status: EventStatus) -> String {
        switch status {
        case .scheduled: return "CONFIRMED"
        case .cancelled: return "CANCELLED"
        case .postponed: return "TENTATIVE"
        }
    }

    /// `URL`: the first document whose href is a URI; `ATTACH`: the other documents with a URI,
    /// an absolute path as a `file://` URI. (A relative path is listed in the description: it
    /// cannot be made a URI without knowing what it is relative to.)
    static func links(_ event: Event) -> (url: String?, attachments: [String]) {
        var url: String?
        var attachments: [String] = []
        for document in event.documents {
            let href = cleanHref(document)
            if ICalendarText.isURI(href) {
                if url == nil { url = ICalendarText.uri(href) } else { attachments.append(ICalendarText.uri(href)) }
            } else if href.hasPrefix("/") {
                attachments.append(ICalendarText.fileURI(path: href))
            }
        }
        return (url, attachments)
    }

    private static func cleanHref(_ document: EventDocument) -> String {
        oneLine(document.href)
    }

    /// Cleaned text on one line: line breaks become spaces.
    private static func oneLine(_ text: String) -> String {
        String(ICalendarText.clean(text).map { $0 == "\n" ? " " : $0 }).trimmedWhitespace
    }
}
