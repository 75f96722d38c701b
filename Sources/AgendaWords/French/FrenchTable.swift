import AgendaModel

/// Le français de l'agenda.
public struct FrenchTable: LanguageTable {
    public init() {}
    public var language: Language { .fr }
    public var phraseSeparator: String { " ; " }
    public func typeset(_ text: String) -> String { FrenchTypography.typeset(text) }

    /// "1 problème", "2 problèmes": in French, 0 and 1 are singular.
    func plural(_ count: Int, _ one: String, _ many: String) -> String { count > 1 ? many : one }

    /// A count as the language writes it: digits grouped by three from 10 000 on (a narrow no-break space).
    public func number(_ value: Int) -> String { grouped(value, separator: "\u{202F}") }
}
