/// What a VEVENT says besides its times (RFC 5545 §3.8), in the catalogue's terms.
///
/// - SUMMARY → title; DESCRIPTION → description; CATEGORIES → themes.
/// - LOCATION: a link (or a known meeting host: Zoom, Teams, Meet, Webex, Jitsi, GoToMeeting,
///   Whereby, BigBlueButton) makes the event online, with the link as its connection details;
///   a link beside other words, hybrid, the words being the venue; other words, on site. Google's
///   `X-GOOGLE-CONFERENCE`, Microsoft's `X-MICROSOFT-SKYPETEAMSMEETINGURL` and a meeting link in
///   the DESCRIPTION do the same when LOCATION has none.
/// - URL → the first document (titled by the link's host), ATTACH links → further documents.
/// - STATUS: CANCELLED → cancelled; TENTATIVE → scheduled, counted as tentative in the report;
///   CONFIRMED or none → scheduled.
/// - ORGANIZER (its CN and mailto address) and CONTACT → contacts.
/// - The kind: the first CATEGORIES value that names one (`webinar`, `webinaire`, `atelier`…,
///   case and accents ignored), else `meeting`.
public struct ICalendarEventFields: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        case confirmed, tentative, cancelled
    }

    public var title: String
    public var description: String?
    public var location: EventLocation?
    /// The meeting link found in LOCATION or beside it.
    public var connection: String?
    public var url: String?
    public var attachments: [String]
    public var themes: [String]
    public var status: Status
    public var contacts: [Contact]
    public var kind: EventKind

    /// The fields of `component`; nil when it has no SUMMARY (or an empty one).
    public init?(_ component: ICalendarComponent) {
        let title = Self.oneLine(component.property("SUMMARY")?.text ?? "")
        guard !title.isEmpty else { return nil }
        self.title = title
        let description = component.property("DESCRIPTION").map { ICalendarText.clean($0.text).trimmedWhitespace } ?? ""
        self.description = description.isEmpty ? nil : description
        themes = component.properties("CATEGORIES").flatMap(\.textList).map(Self.oneLine).filter { !$0.isEmpty }
        kind = themes.lazy.compactMap(Self.kind(named:)).first ?? .meeting
        switch component.property("STATUS")?.value.uppercased() {
        case "CANCELLED": status = .cancelled
        case "TENTATIVE": status = .tentative
        default: status = .confirmed
        }
        url = component.property("URL").map { Self.oneLine($0.value) }.flatMap { $0.isEmpty ? nil : $0 }
        attachments = component.properties("ATTACH").filter { $0.parameter("VALUE")?.uppercased() != "BINARY" && $0.parameter("ENCODING") == nil }
            .map { Self.oneLine($0.value) }.filter(ICalendarText.isURI)
        contacts = Self.contacts(component)
        (location, connection) = Self.location(component, description: description)
    }

    // MARK: - Location

    /// Hosts whose links are meetings to join.
    static let meetingHosts = ["zoom.us", "zoom.com", "teams.microsoft.com", "teams.live.com", "meet.google.com", "webex.com",
                               "jitsi", "meet.jit.si", "gotomeeting.com", "gotomeet.me", "whereby.com", "bigbluebutton",
                               "skype.com", "meet.lync.com", "bluejeans.com", "livestorm.co"]

    /// Words that name a meeting service rather than a place (folded).
    static let meetingServices: Set<String> = ["teams", "zoom", "meet", "webex", "jitsi", "skype", "gotomeeting", "whereby", "webinaire", "webinar"]

    /// Whether `word` holds a meeting host's name. Bytes, not Foundation's search: every word of
    /// every LOCATION goes through it, 10 000 events in an import.
    static func isMeetingLink(_ word: String) -> Bool {
        let lower = lowercased(word.utf8)
        return lower.count >= 5 && meetingHostBytes.contains { host in contains(lower, host) }
    }

    private static let schemeSeparator = Array("://".utf8)
    private static let meetingHostBytes = meetingHosts.map { Array($0.utf8) }

    private static func lowercased(_ utf8: some Sequence<UInt8>) -> [UInt8] {
        utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// `http://…`, `https://…`, or a word naming a meeting host that is not an e-mail address.
    static func isLink(_ word: String) -> Bool {
        let scheme = lowercased(word.utf8.prefix(8))
        if scheme.starts(with: "https://".utf8) || scheme.starts(with: "http://".utf8) { return true }
        return !word.utf8.contains(UInt8(ascii: "@")) && isMeetingLink(word)
    }

    private static func location(_ component: ICalendarComponent, description: String) -> (EventLocation?, String?) {
        let text = oneLine(component.property("LOCATION")?.text ?? "")
        var link: String?
        var place = text
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        if let found = words.first(where: isLink) {
            link = trimmedLink(found)
            place = words.filter { !isLink($0) }.joined(separator: " ")
                .trimming(" ,;:-/|()[]<>")
        }
        if link == nil {
            link = ["X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGCONFLINK"]
                .lazy.compactMap { component.property($0).map { oneLine($0.value) } }.first { !$0.isEmpty }
        }
        if link == nil {
            // Only when the description holds a URL at all: a long text is not split for nothing.
            if contains(Array(description.utf8), schemeSeparator) {
                link = description.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
                    .first { contains(Array($0.utf8), schemeSeparator) && isMeetingLink($0) }.map(trimmedLink)
            }
        }
        // "Réunion Microsoft Teams", "Zoom", "Visioconférence": the name of the link, not a place.
        if link != nil, SearchFolding.fold(place).split(separator: " ").contains(where: { word in
            meetingServices.contains(String(word)) || word.hasPrefix("visio")
        }) {
            place = ""
        }
        switch (link, place.isEmpty) {
        case (nil, true): return (nil, nil)
        case (nil, false): return (EventLocation(mode: .onsite, venue: place), nil)
        case (let link?, true): return (EventLocation(mode: .online), link)
        case (let link?, false): return (EventLocation(mode: .hybrid, venue: place), link)
        }
    }

    /// A link as found in running text: `<https://…>` or `(https://…),` without what surrounds it.
    private static func trimmedLink(_ word: String) -> String {
        word.trimming("<>()[],;\"'")
    }

    // MARK: - Contacts

    private static func contacts(_ component: ICalendarComponent) -> [Contact] {
        var contacts: [Contact] = []
        for organizer in component.properties("ORGANIZER") {
            let email = mailAddress(organizer.value)
            let name = oneLine(organizer.parameter("CN") ?? "")
            guard let display = name.isEmpty ? email : name, !display.isEmpty else { continue }
            contacts.append(Contact(name: display, email: email))
        }
        for contact in component.properties("CONTACT") {
            let name = oneLine(contact.text)
            guard !name.isEmpty else { continue }
            contacts.append(Contact(name: name, email: contact.parameter("ALTREP").flatMap(mailAddress)))
        }
        return contacts
    }

    /// `mailto:anne@example.org` → `anne@example.org`; nil for another kind of address.
    private static func mailAddress(_ value: String) -> String? {
        let trimmed = value.trimmedWhitespace
        guard trimmed.lowercased().hasPrefix("mailto:") else { return nil }
        let address = String(trimmed.dropFirst(7)).trimmedWhitespace
        return address.contains("@") ? address : nil
    }

    // MARK: - Kind

    /// The catalogue's spellings and the French words coordinators tag events with, folded.
    static let kindWords: [String: EventKind] = [
        "workshop": .workshop, "atelier": .workshop, "webinar": .webinar, "webinaire": .webinar,
        "conference": .conference, "meeting": .meeting, "reunion": .meeting,
        "training": .training, "formation": .training,
    ]

    static func kind(named category: String) -> EventKind? {
        category.lowercased() == EventKind.countryDay.rawValue ? .countryDay : kindWords[SearchFolding.fold(category)]
    }

    /// Cleaned text on one line (line breaks become spaces), trimmed.
    static func oneLine(_ text: String) -> String {
        let cleaned = ICalendarText.clean(text)
        guard cleaned.utf8.contains(0x0A) else { return cleaned.trimmedWhitespace }
        return String(cleaned.map { $0 == "\n" ? " " : $0 }).trimmedWhitespace
    }
}

extension String {
    /// The string without any of `characters` at either end.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
