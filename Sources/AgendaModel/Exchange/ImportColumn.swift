/// A column of an import file (a CSV header name or a JSON member), as docs/registrations.md names
/// the fields of a registration. Answers to an event's own questions are `answer.<questionId>`
/// columns and are not listed here.
public enum ImportColumn: String, CaseIterable, Hashable, Sendable {
    case firstName, lastName, email, phone, organisation, role, eventId, status, mode, note, createdAt, consent, language

    /// The columns a CSV header must have; a row with one of them empty is refused.
    public static let required: [ImportColumn] = [.firstName, .lastName, .email, .organisation, .eventId]

    /// The prefix of an answer column: `answer.projet` is the answer to the question `projet`.
    public static let answerPrefix = "answer."

    /// Columns the export writes for a reader's convenience and the import ignores quietly,
    /// so that an exported file imports again without notes about them.
    static let informational: Set<String> = ["eventtitle", "updatedat", "id", "source", "history", "schemaversion", "emailmessageid"]

    /// The column a header name means: the names above with case, accents, spaces and
    /// punctuation ignored (`First name`, `EMAIL`, `e-mail`), and the French names a
    /// spreadsheet made in France tends to use (`Prénom`, `Nom`, `Courriel`, `Collectivité`…).
    public static func named(_ header: String) -> ImportColumn? {
        aliases[key(header)]
    }

    /// The question id of an answer column (`answer.projet` → `projet`, prefix in any case).
    public static func questionID(inHeader header: String) -> String? {
        let trimmed = header.trimmedWhitespace
        guard trimmed.count > answerPrefix.count,
              trimmed.prefix(answerPrefix.count).lowercased() == answerPrefix else { return nil }
        let id = String(trimmed.dropFirst(answerPrefix.count)).trimmedWhitespace
        return id.isEmpty ? nil : id
    }

    /// Whether a header name is one the export writes and the import does not need.
    static func isInformational(_ header: String) -> Bool {
        informational.contains(key(header))
    }

    /// `Prénom` → `prenom`, `e-mail` → `email`, `First name` → `firstname`.
    static func key(_ header: String) -> String {
        SearchFolding.fold(header).filter { $0 != " " }
    }

    private static let aliases: [String: ImportColumn] = {
        var table: [String: ImportColumn] = [:]
        for column in ImportColumn.allCases { table[key(column.rawValue)] = column }
        let french: [(String, ImportColumn)] = [
            ("prenom", .firstName), ("nom", .lastName), ("nomdefamille", .lastName),
            ("courriel", .email), ("mail", .email), ("adresseelectronique", .email),
            ("telephone", .phone), ("tel", .phone),
            ("collectivite", .organisation), ("organization", .organisation),
            ("fonction", .role), ("evenement", .eventId), ("statut", .status), ("modalite", .mode),
            ("remarque", .note), ("commentaire", .note), ("datedinscription", .createdAt), ("consentement", .consent),
            ("langue", .language),
        ]
        for (name, column) in french { table[name] = column }
        return table
    }()
}
