/// Why one row of an import file was refused. The other rows are imported all the same.
public enum ImportRefusal: Hashable, Sendable {
    /// A required value (firstName, lastName, email, organisation, eventId) is empty or absent.
    case missing(ImportColumn)
    case invalidEmail(String)
    /// The event is not in the catalogue. The store keeps orphans it already has, but an import
    /// refuses to create one: it is almost always a typo or the wrong catalogue.
    case unknownEvent(String)
    case invalidStatus(String)
    case invalidMode(String)
    /// `createdAt` is neither a date-time with its offset nor a date.
    case invalidDate(String)
    case invalidConsent(String)
    /// A CSV row with more values than the header has columns: its quotes or separators are off.
    case extraValues(found: Int, expected: Int)
    /// A JSON element that is not an object.
    case notAnObject
    /// A JSON member of the wrong type (an object where text is expected…).
    case wrongType(String)
    /// A value longer than any field of a form can be (a column's name, its length in bytes).
    case tooLong(String, bytes: Int)

    /// The most a value may hold: a long note fits, a file pasted in a cell does not.
    public static let maximumValueBytes = 65_536

    /// One phrase for `FILE:LINE: reason`.
    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .missing(let column):
            return fr ? "\(column.rawValue) est obligatoire et vide" : "\(column.rawValue) is required and empty"
        case .invalidEmail(let text):
            return fr ? "« \(text) » n'est pas une adresse électronique (nom@domaine.fr)"
                      : "'\(text)' is not an e-mail address (name@domain.org)"
        case .unknownEvent(let id):
            return fr ? "aucun événement « \(id) » dans le catalogue : vérifiez eventId (agenda list --all donne les identifiants)"
                      : "no event '\(id)' in the catalogue: check eventId (agenda list --all shows the ids)"
        case .invalidStatus(let text):
            return fr ? "statut « \(text) » inconnu : pending, approved, waitlisted, declined ou cancelled"
                      : "unknown status '\(text)': use pending, approved, waitlisted, declined or cancelled"
        case .invalidMode(let text):
            return fr ? "mode « \(text) » inconnu : onsite (présentiel) ou online (en ligne)"
                      : "unknown mode '\(text)': use onsite or online"
        case .invalidDate(let text):
            return fr ? "createdAt « \(text) » n'est pas une date (2026-11-23 ou 2026-11-23T10:15:00+01:00)"
                      : "createdAt '\(text)' is not a date (2026-11-23 or 2026-11-23T10:15:00+01:00)"
        case .invalidConsent(let text):
            return fr ? "consent « \(text) » : écrivez oui ou non (true/false, 1/0)"
                      : "consent '\(text)': write true or false (yes/no, oui/non, 1/0)"
        case .extraValues(let found, let expected):
            return fr ? "\(found) valeurs pour \(expected) colonnes d'en-tête : vérifiez les guillemets et les séparateurs de cette ligne"
                      : "\(found) values for \(expected) header columns: check the quotes and separators of this row"
        case .notAnObject:
            return fr ? "ce n'est pas un objet JSON : chaque inscription est un objet { … }"
                      : "not a JSON object: each inscription is an object { … }"
        case .wrongType(let field):
            return fr ? "\(field) : valeur d'un type inattendu" : "\(field) has a value of the wrong type"
        case .tooLong(let field, let bytes):
            let limit = ImportRefusal.maximumValueBytes / 1024
            return fr ? "\(field) : \(bytes / 1024) Ko, plus que les \(limit) Ko qu'une valeur peut contenir"
                      : "\(field): \(bytes / 1024) KB, more than the \(limit) KB a value may hold"
        }
    }
}
