/// One line of an event's timetable, in the event's local time.
public struct ProgrammeSlot: Hashable, Sendable {
    /// The day of a multi-day event this slot belongs to; nil for single-day events.
    public var date: CalendarDate?
    public var start: TimeOfDay
    public var end: TimeOfDay?
    public var title: String
    public var speakers: [String]

    public init(date: CalendarDate? = nil, start: TimeOfDay, end: TimeOfDay? = nil, title: String, speakers: [String] = []) {
        self.date = date
        self.start = start
        self.end = end
        self.title = title
        self.speakers = speakers
    }
}
