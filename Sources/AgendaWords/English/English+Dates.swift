extension EnglishTable {
    public var weekdayAbbreviations: [String] { Self.weekdayAbbreviationsTable }
    public var monthNames: [String] { Self.monthNamesTable }
    public var shortMonthNames: [String] { Self.shortMonthNamesTable }

    public func dayNumber(_ day: Int) -> String { String(day) }
    public func allDay(_ date: String) -> String { date + " (all day)" }
    public func range(from: String, to: String) -> String { "\(from) – \(to)" }
    public func inLocalTime(_ times: String, place: String?) -> String {
        place.map { "\(times) in \($0)" } ?? "\(times) your time"
    }

    private static let weekdayAbbreviationsTable = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNamesTable = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let shortMonthNamesTable = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
