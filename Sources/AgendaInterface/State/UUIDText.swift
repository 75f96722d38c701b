import AgendaModel
import AgendaWords

/// Random UUIDs as docs/registrations.md wants them, lower case.
public enum UUIDText {
    public static func random() -> String {
        var identifiers = RandomIdentifiers()
        return identifiers.next()
    }
}
