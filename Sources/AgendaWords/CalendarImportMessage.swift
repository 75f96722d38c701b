import AgendaModel

/// What `agenda catalogue import` says besides the reasons of the model.
public enum CalendarImportMessage: Sendable, Equatable {
    case summary(added: Int, updated: Int, unchanged: Int, skipped: Int)
    /// `--dry-run`: the counts are what an import would do.
    case dryRun
    /// Entries whose times had no zone, taken in the coordinator's (its place, or its offset).
    case floatingTimes(file: String, count: Int, zone: String)
    /// Entries the calendar marks TENTATIVE, imported as scheduled.
    case tentative(file: String, count: Int)
    /// Repeating events with no occurrence from today to the window's last day.
    case outsideWindow(file: String, count: Int, last: CalendarDate)
    /// The calendar holds no VEVENT at all.
    case noEvents(file: String)
    case written(path: String, created: Bool)
    case fileIsDirectory(String)
    /// The catalogue the import would write is the built-in sample: the user's own is made.
    case newCatalogue(path: String)
}
