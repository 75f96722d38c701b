/// An event as the editor holds it while it is typed: its fields as text (dates as typed,
/// lists with commas) and its choices, from which `EventDraftCheck` makes the event, with the
/// catalogue's own rules.
public struct EventDraft: Equatable, Sendable {
    /// The editor's fields, in its order.
    public enum Field: Hashable, Sendable, CaseIterable {
        case title, kind, status, start, end, allDay
        case mode, venue, address, city, country
        case summary, description, themes, countryGroups, contacts, connection
        case takesRegistrations, opens, deadline, capacity, waitlist
    }

    /// The fields typed as text; an absent one is empty.
    public var texts: [Field: String] = [:]
    public var kind: EventKind = .workshop
    public var status: EventStatus = .scheduled
    /// Nil: no place said.
    public var mode: LocationMode?
    public var allDay = false
    public var takesRegistrations = false
    public var waitlist = true

    /// Paragraphs of a description on the editor's one line: the pilcrow says where one ends.
    public static let paragraphMark = " ¶ "

    public init() {}

    /// The event's fields as the editor shows them, times in `zone` when they are in its offset.
    public init(_ event: Event, zone: LocalZone?) {
        kind = event.kind
        status = event.status
        mode = event.location?.mode
        allDay = event.start.isAllDay
        texts[.title] = event.title
        texts[.start] = EditorDateText.text(event.start, zone: zone)
        texts[.end] = event.end.map { EditorDateText.text($0, zone: zone) }
        texts[.venue] = event.location?.venue
        texts[.address] = event.location?.address
        texts[.city] = event.location?.city
        texts[.country] = event.location?.country
        texts[.summary] = event.summary
        texts[.description] = event.description.map {
            $0.components(separatedBy: "\n\n").joined(separator: Self.paragraphMark)
        }
        texts[.themes] = event.themes.joined(separator: ", ")
        texts[.countryGroups] = event.countryGroups.joined(separator: ", ")
        texts[.contacts] = event.contacts.map(ContactText.text).joined(separator: "; ")
        texts[.connection] = event.connection
        if let rules = event.registration {
            takesRegistrations = true
            waitlist = rules.waitlist
            texts[.opens] = rules.opens.map { EditorDateText.text($0, zone: zone) }
            texts[.deadline] = rules.deadline.map { EditorDateText.text($0, zone: zone) }
            texts[.capacity] = rules.capacity.map(String.init)
        }
        texts = texts.filter { !$0.value.isEmpty }
    }

    public func text(_ field: Field) -> String { texts[field] ?? "" }
}

/// A contact as the editor writes it: `Name <address>`, or the name alone.
enum ContactText {
    static func text(_ contact: Contact) -> String {
        contact.email.map { "\(contact.name) <\($0)>" } ?? contact.name
    }

    /// The contacts of `text` (`;` between them), each keeping the role and phone of the
    /// contact of the same name in `before`; nil for one written `<…>` without its name.
    static func contacts(_ text: String, before: [Contact]) -> [Contact]? {
        var contacts: [Contact] = []
        for part in text.split(separator: ";") {
            let written = part.trimmedWhitespace
            guard !written.isEmpty else { continue }
            var name = written, email: String?
            if let open = written.lastIndex(of: "<"), written.hasSuffix(">") {
                name = String(written[..<open]).trimmedWhitespace
                email = String(written[written.index(after: open)..<written.index(before: written.endIndex)]).trimmedWhitespace
            } else if written.contains("@"), !written.contains(" ") {
                email = written
                name = written
            }
            guard !name.isEmpty else { return nil }
            let earlier = before.first { $0.name == name }
            contacts.append(Contact(name: name, role: earlier?.role, email: email.flatMap { $0.isEmpty ? nil : $0 }, phone: earlier?.phone))
        }
        return contacts
    }
}
