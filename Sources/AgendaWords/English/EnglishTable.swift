import AgendaModel

/// The agenda's English.
public struct EnglishTable: LanguageTable {
    public init() {}
    public var language: Language { .en }
    public var phraseSeparator: String { "; " }

    /// "1 problem", "0 problems", "2 problems".
    func plural(_ count: Int, _ one: String, _ many: String) -> String { count == 1 ? one : many }

    /// A count as the language writes it: digits grouped by three from 10 000 on (commas).
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return String(value) }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
