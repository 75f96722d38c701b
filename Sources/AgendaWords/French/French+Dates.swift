extension FrenchTable {
    public var weekdayAbbreviations: [String] { Self.weekdayAbbreviationsTable }
    public var monthNames: [String] { Self.monthNamesTable }
    public var shortMonthNames: [String] { Self.shortMonthNamesTable }

    /// "1er" for the first of the month, as French typography wants.
    public func dayNumber(_ day: Int) -> String { day == 1 ? "1er" : String(day) }
    public func allDay(_ date: String) -> String { date + " (toute la journée)" }
    public func range(from: String, to: String) -> String { "du \(from) au \(to)" }
    public func inLocalTime(_ times: String, place: String?) -> String {
        place.map { "soit \(times) à \($0)" } ?? "soit \(times) chez vous"
    }

    private static let weekdayAbbreviationsTable = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    private static let monthNamesTable = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    private static let shortMonthNamesTable = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
}
