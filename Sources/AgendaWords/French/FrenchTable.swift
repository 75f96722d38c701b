import AgendaModel

/// Le français de l'agenda.
public struct FrenchTable: LanguageTable {
    public init() {}
    public var language: Language { .fr }
    public var phraseSeparator: String { " ; " }

    /// "1 problème", "2 problèmes": in French, 0 and 1 are singular.
    func plural(_ count: Int, _ one: String, _ many: String) -> String { count > 1 ? many : one }
}
