import AgendaModel
import AgendaWords

/// One line of the agenda list: a month heading or an event.
public enum AgendaRow: Equatable, Sendable {
    case month(CalendarDate)
    /// The index of the event in the visible events.
    case event(Int)

    /// Rows for `events` in their order, with a heading at every change of month.
    static func rows(for events: VisibleEvents) -> (rows: [AgendaRow], rowOfEvent: [Int]) {
        var rows: [AgendaRow] = []
        var rowOfEvent: [Int] = []
        rows.reserveCapacity(events.count + events.count / 8 + 1)
        rowOfEvent.reserveCapacity(events.count)
        var currentMonth: (Int, Int)?
        for (index, event) in events.enumerated() {
            let month = (event.firstDay.year, event.firstDay.month)
            if currentMonth == nil || currentMonth! != month {
                currentMonth = month
                rows.append(.month(event.firstDay.firstOfMonth))
            }
            rowOfEvent.append(rows.count)
            rows.append(.event(index))
        }
        return (rows, rowOfEvent)
    }
}
