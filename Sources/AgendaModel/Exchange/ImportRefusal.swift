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
    case invalidLanguage(String)
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
}
