import AgendaModel

/// Le français de l'agenda.
public struct FrenchTable: LanguageTable {
    public init() {}
    public var language: Language { .fr }
    public var phraseSeparator: String { " ; " }

    /// "1 problème", "2 problèmes": in French, 0 and 1 are singular.
    func plural(_ count: Int, _ one: String, _ many: String) -> String { count > 1 ? many : one }

    /// A count as the language writes it: digits grouped by three from 10 000 on (a narrow no-break space).
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return String(value) }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "\u{202F}" }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
