/// A calendar's entries merged into the catalogue's events.
///
/// An entry is the event whose `uid` is its UID; else, for a UID of our own export
/// (`<id>@agenda.cites-unies-france.invalid`), the event with that id; else a new event, with a
/// readable id: its start day and its title (`2026-12-08-webinaire-climat`, accents folded, at
/// most 60 characters, `-2`, `-3`… when taken).
///
/// An update changes only what iCalendar carries — title, times, location, description, themes,
/// status, the URL, contacts — and each only when the calendar says something else than the
/// event would export: a value our export cannot tell apart from the event's (a description made
/// of the summary and the programme, a location joined from venue and city, `TENTATIVE` for a
/// postponed event, times in another offset at the same instant) leaves the event as it is.
/// The kind, programme, registration rules and questions, connection details (set only when the
/// event has none), messages, country groups, organisers and documents are never lost; contacts
/// from ORGANIZER and CONTACT are added to those the event has, never replace them.
public struct CatalogueMerge: Sendable {
    public var added: [Event] = []
    public var updated: [Event] = []
    public var unchanged: [Event] = []
    /// Events added or changed that the calendar marks TENTATIVE, and are scheduled (an event
    /// already postponed stays so).
    public var tentative = 0
    /// Every event after the merge: those of before in their order (updated in place), then the added.
    public var events: [Event]

    public var changed: Bool { !added.isEmpty || !updated.isEmpty }

    public init(_ entries: [CalendarEntry], into existing: [Event]) {
        events = existing
        var byUID: [String: Int] = [:]
        var byID: [String: Int] = [:]
        var takenIDs = Set<String>()
        for (position, event) in existing.enumerated() {
            if let uid = event.uid { byUID[uid] = position }
            byID[event.id] = position
            takenIDs.insert(event.id)
        }
        for entry in entries {
            let ownID = Self.ownID(entry.uid)
            var position = byUID[entry.uid]
            if position == nil, let ownID, let found = byID[ownID], events[found].uid == nil || events[found].uid == entry.uid {
                position = found
            }
            if let position {
                let before = events[position]
                let after = Self.apply(entry, to: before, ownUID: ownID != nil)
                if after == before { unchanged.append(before) } else {
                    if entry.fields.status == .tentative, after.status != before.status { tentative += 1 }
                    updated.append(after)
                    events[position] = after
                }
                continue
            }
            let id = ownID.flatMap { takenIDs.contains($0) ? nil : $0 }
                ?? EventIdentifier.make(title: entry.fields.title, date: entry.start.date) { takenIDs.contains($0) }
            takenIDs.insert(id)
            let event = Self.newEvent(entry, id: id, keepUID: ownID == nil)
            if entry.fields.status == .tentative, event.status != .postponed { tentative += 1 }
            byUID[entry.uid] = events.count
            byID[id] = events.count
            events.append(event)
            added.append(event)
        }
    }

    /// The id in a UID of our own export; nil for any other UID, and for one that only looks
    /// like ours (what comes before the domain is no id), whose event must keep its UID.
    static func ownID(_ uid: String) -> String? {
        let suffix = "@" + ICalendarWriter.uidDomain
        guard uid.hasSuffix(suffix), uid.count > suffix.count else { return nil }
        let id = String(uid.dropLast(suffix.count))
        return EventReader.isValidIdentifier(id) ? id : nil
    }

    // MARK: - New events

    static func newEvent(_ entry: CalendarEntry, id: String, keepUID: Bool) -> Event {
        let fields = entry.fields
        var documents: [EventDocument] = []
        for href in [fields.url].compactMap({ $0 }) + fields.attachments where !documents.contains(where: { $0.href == href }) {
            documents.append(EventDocument(title: documentTitle(href), href: href))
        }
        // Our own export writes a postponed event TENTATIVE: one of ours comes back postponed.
        let status: EventStatus = fields.status == .cancelled ? .cancelled : fields.status == .tentative && !keepUID ? .postponed : .scheduled
        return Event(id: id, title: fields.title, kind: fields.kind, status: status,
                     start: entry.start, end: entry.end, location: fields.location, description: fields.description,
                     themes: fields.themes, contacts: fields.contacts, documents: documents, connection: fields.connection,
                     uid: keepUID ? entry.uid : nil)
    }

    /// A link's host (`cites-unies-france.org`), else the link itself.
    static func documentTitle(_ href: String) -> String {
        guard let schemeEnd = href.range(of: "://") else { return href }
        let rest = href[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? href : String(host)
    }

    // MARK: - Updates

    /// `event` with what `entry` says differently.
    static func apply(_ entry: CalendarEntry, to event: Event, ownUID: Bool) -> Event {
        let fields = entry.fields
        var result = event
        if ICalendarEventFields.oneLine(event.title) != fields.title { result.title = fields.title }
        if !sameTimes(event, entry) {
            result.start = entry.start
            result.end = entry.end
        }
        let incoming = Event(id: event.id, title: fields.title, kind: event.kind, start: entry.start, location: fields.location,
                             description: fields.description)
        if ICalendarWriter.location(incoming) != ICalendarWriter.location(event) { result.location = fields.location }
        if let link = fields.connection, event.connection == nil { result.connection = link }
        let description = fields.description ?? ""
        if description != ICalendarWriter.description(event), description != ICalendarText.clean(event.description ?? "").trimmedWhitespace {
            result.description = fields.description
        }
        let themes = event.themes.map { ICalendarText.clean($0).trimmedWhitespace }.filter { !$0.isEmpty }
        if themes != fields.themes { result.themes = fields.themes }
        switch (fields.status, event.status) {
        case (.cancelled, .cancelled), (.tentative, .postponed), (.tentative, .scheduled), (.confirmed, .scheduled): break
        case (.cancelled, _): result.status = .cancelled
        default: result.status = .scheduled
        }
        for contact in fields.contacts where !event.contacts.contains(where: { same($0, contact) }) {
            result.contacts.append(contact)
        }
        if let url = fields.url, ICalendarText.uri(url) != ICalendarWriter.links(event).url {
            result.documents.removeAll { $0.href == url }
            result.documents.insert(EventDocument(title: documentTitle(url), href: url), at: 0)
        }
        if !ownUID, event.uid != entry.uid { result.uid = entry.uid }
        return result
    }

    /// The same e-mail address, or the same name when either has none.
    private static func same(_ a: Contact, _ b: Contact) -> Bool {
        if let first = a.email?.lowercased(), let second = b.email?.lowercased() { return first == second }
        return ICalendarEventFields.oneLine(a.name) == b.name
    }

    /// Whether the event's start and end are the entry's: the same instants (whatever the
    /// offset they are written in), or the same days.
    static func sameTimes(_ event: Event, _ entry: CalendarEntry) -> Bool {
        switch (event.start, entry.start) {
        case (.allDay(let first), .allDay(let other)):
            guard first == other else { return false }
            return max(event.lastDay, first) == max(entry.end?.date ?? other, other)
        case (.timed, .timed):
            return event.start.instant() == entry.start.instant() && endInstant(of: event) == entry.end.map { $0.instant() }
        default:
            return false
        }
    }

    /// A timed event's end as the export gives it (a whole-day end: the end of that day in the
    /// event's offset; an end equal to the start: none).
    private static func endInstant(of event: Event) -> Int? {
        guard case .timed(_, _, let offset) = event.start, let end = event.end else { return nil }
        let instant: Int
        if case .allDay(let last) = end {
            instant = EventTime.allDay(last.adding(days: 1)).instant(offsetForAllDay: offset)
        } else {
            instant = end.instant()
        }
        return instant
    }
}
