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
    static func ~= (member: CatalogueMember, key: StaticKey) -> Bool { member.name ~= key }
}

/// The catalogue's format (docs/catalogue.md), member by member: the one description that the
/// reader with messages (`EventReader`) and the fast one (`FastEventReader`) both follow, so
/// that a member's name and rules are written once.
enum CatalogueSchema {
    enum Root {
        static let schemaVersion = CatalogueMember("schemaVersion", required: true)
        static let publisher = CatalogueMember("publisher")
        static let events = CatalogueMember("events", required: true)
        static let all = [schemaVersion, publisher, events]
    }

    enum Event {
        static let id = CatalogueMember("id", required: true)
        static let title = CatalogueMember("title", required: true, nonBlank: true)
        static let kind = CatalogueMember("kind", required: true, nonBlank: true)
        static let status = CatalogueMember("status")
        static let start = CatalogueMember("start", required: true)
        static let end = CatalogueMember("end")
        static let location = CatalogueMember("location")
        static let organisers = CatalogueMember("organisers")
        static let audience = CatalogueMember("audience")
        static let summary = CatalogueMember("summary")
        static let description = CatalogueMember("description")
        static let objectives = CatalogueMember("objectives")
        static let programme = CatalogueMember("programme")
        static let themes = CatalogueMember("themes")
        static let countryGroups = CatalogueMember("countryGroups")
        static let contacts = CatalogueMember("contacts")
        static let registration = CatalogueMember("registration")
        static let documents = CatalogueMember("documents")
        static let updatedAt = CatalogueMember("updatedAt")
        static let all = [id, title, kind, status, start, end, location, organisers, audience, summary, description,
                          objectives, programme, themes, countryGroups, contacts, registration, documents, updatedAt]
    }

    enum Location {
        static let mode = CatalogueMember("mode")
        static let venue = CatalogueMember("venue")
        static let address = CatalogueMember("address")
        static let city = CatalogueMember("city")
        static let country = CatalogueMember("country")
        static let all = [mode, venue, address, city, country]
    }

    enum Slot {
        static let date = CatalogueMember("date")
        static let start = CatalogueMember("start", required: true)
        static let end = CatalogueMember("end")
        static let title = CatalogueMember("title", required: true, nonBlank: true)
        static let speakers = CatalogueMember("speakers")
        static let all = [date, start, end, title, speakers]
    }

    enum Contact {
        static let name = CatalogueMember("name", required: true, nonBlank: true)
        static let role = CatalogueMember("role")
        static let email = CatalogueMember("email")
        static let phone = CatalogueMember("phone")
        static let all = [name, role, email, phone]
    }

    enum Document {
        static let title = CatalogueMember("title", required: true, nonBlank: true)
        static let href = CatalogueMember("href", required: true, nonBlank: true)
        static let all = [title, href]
    }

    enum Registration {
        static let opens = CatalogueMember("opens")
        static let deadline = CatalogueMember("deadline")
        static let capacity = CatalogueMember("capacity")
        static let waitlist = CatalogueMember("waitlist")
        static let modes = CatalogueMember("modes")
        static let questions = CatalogueMember("questions")
        static let all = [opens, deadline, capacity, waitlist, modes, questions]
    }

    enum Question {
        static let id = CatalogueMember("id", required: true, nonBlank: true)
        static let label = CatalogueMember("label", required: true, nonBlank: true)
        static let type = CatalogueMember("type", required: true)
        static let required = CatalogueMember("required")
        static let options = CatalogueMember("options")
        static let help = CatalogueMember("help")
        static let all = [id, label, type, required, options, help]
    }
}
