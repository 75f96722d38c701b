/// One member of a catalogue object: its name and the rules every reader applies to it.
struct CatalogueMember: Sendable {
    let name: StaticString
    /// Absent is an error.
    let required: Bool
    /// Empty or white space is an error (texts only).
    let nonBlank: Bool

    init(_ name: StaticString, required: Bool = false, nonBlank: Bool = false) {
        self.name = name
        self.required = required
        self.nonBlank = nonBlank
    }

    var key: String { name.description }

    /// `case CatalogueSchema.Event.title:` in a `switch` over a key of the fast reader.
    @inline(__always)
    static func ~= (member: CatalogueMember, key: StaticKey) -> Bool { member.name ~= key }
}

/// The catalogue's format (docs/catalogue.md), member by member (computed, not stored: each
/// member folds into a constant where the fast reader matches keys, as a literal would): the one description that the
/// reader with messages (`EventReader`) and the fast one (`FastEventReader`) both follow, so
/// that a member's name and rules are written once.
enum CatalogueSchema {
    enum Root {
        static var schemaVersion: CatalogueMember { CatalogueMember("schemaVersion", required: true) }
        static var publisher: CatalogueMember { CatalogueMember("publisher") }
        static var events: CatalogueMember { CatalogueMember("events", required: true) }
        static let all = [schemaVersion, publisher, events]
    }

    enum Event {
        static var id: CatalogueMember { CatalogueMember("id", required: true) }
        static var title: CatalogueMember { CatalogueMember("title", required: true, nonBlank: true) }
        static var kind: CatalogueMember { CatalogueMember("kind", required: true, nonBlank: true) }
        static var status: CatalogueMember { CatalogueMember("status") }
        static var start: CatalogueMember { CatalogueMember("start", required: true) }
        static var end: CatalogueMember { CatalogueMember("end") }
        static var location: CatalogueMember { CatalogueMember("location") }
        static var organisers: CatalogueMember { CatalogueMember("organisers") }
        static var audience: CatalogueMember { CatalogueMember("audience") }
        static var summary: CatalogueMember { CatalogueMember("summary") }
        static var description: CatalogueMember { CatalogueMember("description") }
        static var objectives: CatalogueMember { CatalogueMember("objectives") }
        static var programme: CatalogueMember { CatalogueMember("programme") }
        static var themes: CatalogueMember { CatalogueMember("themes") }
        static var countryGroups: CatalogueMember { CatalogueMember("countryGroups") }
        static var contacts: CatalogueMember { CatalogueMember("contacts") }
        static var registration: CatalogueMember { CatalogueMember("registration") }
        static var documents: CatalogueMember { CatalogueMember("documents") }
        static var updatedAt: CatalogueMember { CatalogueMember("updatedAt") }
        static var connection: CatalogueMember { CatalogueMember("connection") }
        static var messages: CatalogueMember { CatalogueMember("messages") }
        static var uid: CatalogueMember { CatalogueMember("uid") }
        static let all = [id, title, kind, status, start, end, location, organisers, audience, summary, description,
                          objectives, programme, themes, countryGroups, contacts, registration, documents, updatedAt, connection,
                          messages, uid]
    }

    enum Location {
        static var mode: CatalogueMember { CatalogueMember("mode") }
        static var venue: CatalogueMember { CatalogueMember("venue") }
        static var address: CatalogueMember { CatalogueMember("address") }
        static var city: CatalogueMember { CatalogueMember("city") }
        static var country: CatalogueMember { CatalogueMember("country") }
        static let all = [mode, venue, address, city, country]
    }

    enum Slot {
        static var date: CatalogueMember { CatalogueMember("date") }
        static var start: CatalogueMember { CatalogueMember("start", required: true) }
        static var end: CatalogueMember { CatalogueMember("end") }
        static var title: CatalogueMember { CatalogueMember("title", required: true, nonBlank: true) }
        static var speakers: CatalogueMember { CatalogueMember("speakers") }
        static let all = [date, start, end, title, speakers]
    }

    enum Contact {
        static var name: CatalogueMember { CatalogueMember("name", required: true, nonBlank: true) }
        static var role: CatalogueMember { CatalogueMember("role") }
        static var email: CatalogueMember { CatalogueMember("email") }
        static var phone: CatalogueMember { CatalogueMember("phone") }
        static let all = [name, role, email, phone]
    }

    enum Document {
        static var title: CatalogueMember { CatalogueMember("title", required: true, nonBlank: true) }
        static var href: CatalogueMember { CatalogueMember("href", required: true, nonBlank: true) }
        static let all = [title, href]
    }

    enum Registration {
        static var opens: CatalogueMember { CatalogueMember("opens") }
        static var deadline: CatalogueMember { CatalogueMember("deadline") }
        static var capacity: CatalogueMember { CatalogueMember("capacity") }
        static var waitlist: CatalogueMember { CatalogueMember("waitlist") }
        static var modes: CatalogueMember { CatalogueMember("modes") }
        static var questions: CatalogueMember { CatalogueMember("questions") }
        static let all = [opens, deadline, capacity, waitlist, modes, questions]
    }

    enum Question {
        static var id: CatalogueMember { CatalogueMember("id", required: true, nonBlank: true) }
        static var label: CatalogueMember { CatalogueMember("label", required: true, nonBlank: true) }
        static var type: CatalogueMember { CatalogueMember("type", required: true) }
        static var required: CatalogueMember { CatalogueMember("required") }
        static var options: CatalogueMember { CatalogueMember("options") }
        static var help: CatalogueMember { CatalogueMember("help") }
        static let all = [id, label, type, required, options, help]
    }
}
