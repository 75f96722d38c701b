import AgendaModel

/// The agenda's English.
public struct EnglishTable: LanguageTable {
    public init() {}
    public var language: Language { .en }
    public var phraseSeparator: String { "; " }

    /// "1 problem", "0 problems", "2 problems".
    func plural(_ count: Int, _ one: String, _ many: String) -> String { count == 1 ? one : many }

    /// A count as the language writes it: digits grouped by three from 10 000 on (commas).
    public func number(_ value: Int) -> String { grouped(value, separator: ",") }
}
