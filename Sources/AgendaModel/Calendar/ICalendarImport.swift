/// One event a calendar gives, in the catalogue's terms, before it is merged: a VEVENT, or one
/// occurrence of a recurring one.
public struct CalendarEntry: Sendable, Hashable {
    /// The VEVENT's UID; for an occurrence of a recurring event, the UID, `#`, and the
    /// occurrence's original start (`…#20261208T090000Z` in UTC, `…#20261208` for a whole day),
    /// which is also what a RECURRENCE-ID override names, so that each occurrence keeps its
    /// identity from one import to the next.
    public var uid: String
    /// The line of its BEGIN:VEVENT.
    public var line: Int
    public var fields: ICalendarEventFields
    public var start: EventTime
    public var end: EventTime?
}

/// Why a VEVENT (or a line) of a calendar was not imported. Every one is reported with its line.
public enum ICalendarSkipReason: Sendable, Hashable {
    case missingSummary
    case missingStart
    /// A DTSTART, DTEND, DURATION, RECURRENCE-ID or EXDATE that does not read.
    case invalidTime(property: String, value: String)
    case unknownTimeZone(String)
    /// A wall-clock time skipped by the clocks going forward (02:30 on the last Sunday of March
    /// in Paris): not shifted silently.
    case nonexistentTime(date: CalendarDate, time: TimeOfDay, zone: String)
    case endBeforeStart
    /// An end (or a start in its offset) beyond 9999-12-31 or before year 1.
    case endBeyondCalendar
    case unsupportedRecurrence(RecurrenceRule.Problem)
    /// An RDATE given as a period (`VALUE=PERIOD`).
    case periodInRecurrence
    /// A second VEVENT with the UID of an earlier one (and no RECURRENCE-ID): `firstLine` is the one imported.
    case repeatedUID(String, firstLine: Int)
    /// A line the parser could not read.
    case syntax(ICalendarSyntaxProblem.Reason)
}

public struct ICalendarSkip: Sendable, Hashable {
    public let reason: ICalendarSkipReason
    public let line: Int

    public init(_ reason: ICalendarSkipReason, line: Int) {
        self.reason = reason
        self.line = line
    }
}

/// The days a recurring event's occurrences are imported for: from `first` (the import's
/// today) to `last` (`--until`, else a year later), both included. A VEVENT that does not recur
/// is imported whatever its date.
public struct ImportWindow: Sendable, Hashable {
    public var first: CalendarDate
    public var last: CalendarDate

    public init(first: CalendarDate, last: CalendarDate) {
        self.first = first
        self.last = last
    }

    /// From `today` to the same day a year later (28 February for a 29th).
    public static func yearFrom(_ today: CalendarDate) -> ImportWindow {
        let year = min(today.year + 1, 9999)
        let last = CalendarDate(year: year, month: today.month, day: today.day)
            ?? CalendarDate(year: year, month: today.month, day: 28) ?? today
        return ImportWindow(first: today, last: last)
    }
}

/// A calendar's VEVENTs made into catalogue entries: times resolved through the zones, recurring
/// events expanded in the window, what cannot be imported listed with its reason and line.
public struct ICalendarImport: Sendable {
    public var entries: [CalendarEntry] = []
    /// In line order.
    public var skipped: [ICalendarSkip] = []
    /// Entries whose times had no zone (floating): taken in the coordinator's zone.
    public var floatingTimes = 0
    /// Repeating events none of whose occurrences falls in the window: nothing imported for them.
    public var outsideWindow = 0

    public init(_ document: ICalendarDocument, window: ImportWindow, localZone: LocalZone) {
        skipped = document.problems.map { ICalendarSkip(.syntax($0.reason), line: $0.line) }
        for calendar in document.calendars {
            var reader = EntryReader(zones: ICalendarZones(calendar: calendar), local: localZone, window: window)
            reader.read(calendar.components.filter { $0.name == "VEVENT" })
            entries += reader.entries
            skipped += reader.skipped
            floatingTimes += reader.floating
            outsideWindow += reader.outsideWindow
        }
        skipped.sort { $0.line < $1.line }
    }
}

/// Reads the VEVENTs of one calendar.
struct EntryReader {
    var zones: ICalendarZones
    let local: LocalZone
    let window: ImportWindow
    var entries: [CalendarEntry] = []
    var skipped: [ICalendarSkip] = []
    var floating = 0
    var outsideWindow = 0
    /// The occurrence uids given so far: a second override of one occurrence is not imported.
    var occurrenceLines: [String: Int] = [:]

    /// How a date-time value is placed in time.
    enum Placement {
        case day
        case utc
        case zone(ICalendarZone, name: String)
        case floating(ICalendarZone)
    }

    struct Failure: Error {
        let reason: ICalendarSkipReason
    }

    mutating func read(_ events: [ICalendarComponent]) {
        // Overrides (RECURRENCE-ID) by UID, applied to their series; the first VEVENT of each UID.
        var overrides: [String: [ICalendarComponent]] = [:]
        var firstLines: [String: Int] = [:]
        var masters: [(uid: String, component: ICalendarComponent)] = []
        for event in events {
            let uid = Self.uid(event)
            if event.property("RECURRENCE-ID") != nil {
                overrides[uid, default: []].append(event)
            } else if let first = firstLines[uid] {
                skipped.append(ICalendarSkip(.repeatedUID(uid, firstLine: first), line: event.line))
            } else {
                firstLines[uid] = event.line
                masters.append((uid, event))
            }
        }
        for (uid, event) in masters {
            do throws(Failure) {
                try readMaster(event, uid: uid, overrides: overrides[uid] ?? [])
            } catch {
                skipped.append(ICalendarSkip(error.reason, line: event.line))
            }
        }
        // Overrides of a series the file does not hold (some servers send only the exceptions).
        for (uid, list) in overrides where firstLines[uid] == nil {
            for event in list { readOverride(event, uid: uid) }
        }
    }

    /// The UID, or one made from the start and the title: a calendar without UIDs still
    /// imports the same way twice.
    static func uid(_ event: ICalendarComponent) -> String {
        if let uid = event.property("UID")?.text.trimmedWhitespace, !uid.isEmpty { return uid }
        return (event.property("DTSTART")?.value ?? "") + "/" + (event.property("SUMMARY")?.text ?? "")
    }

    // MARK: - One VEVENT

    private mutating func readMaster(_ event: ICalendarComponent, uid: String, overrides: [ICalendarComponent]) throws(Failure) {
        guard let fields = ICalendarEventFields(event) else { throw Failure(reason: .missingSummary) }
        let (_, startValue, placement) = try start(of: event)
        let length = try self.length(of: event, start: startValue, placement: placement)
        guard let ruleProperty = event.property("RRULE") else {
            entries.append(try entry(uid: uid, line: event.line, fields: fields, start: startValue, placement: placement, length: length))
            if case .floating = placement { floating += 1 }
            return
        }
        let rule: RecurrenceRule
        switch RecurrenceRule.parse(ruleProperty.value) {
        case .success(let parsed): rule = parsed
        case .failure(let problem): throw Failure(reason: .unsupportedRecurrence(problem))
        }
        // The occurrences the overrides replace, by their original start.
        var replaced = Set<String>()
        for override in overrides {
            if let key = readOverride(override, uid: uid) { replaced.insert(key) }
        }
        let before = entries.count + skipped.count
        let excluded = try exclusions(event, placement: placement)
        var days = rule.days(from: startValue.date) { day in
            day > window.last || isBeyondUntil(rule.until, day: day, start: startValue, placement: placement)
        }
        days += try additionalDays(event, start: startValue)
        for day in Set(days).sorted() where day >= window.first && day <= window.last {
            let occurrence = startValue.moved(toWallSeconds: startValue.wallSeconds + (day.daysSinceEpoch - startValue.date.daysSinceEpoch) * 86_400)
            let key = self.key(occurrence, placement: placement)
            if excluded.contains(key) || excluded.contains(ICalendarText.date(day)) || replaced.contains(key) { continue }
            do throws(Failure) {
                entries.append(try entry(uid: uid + "#" + key, line: event.line, fields: fields, start: occurrence,
                                         placement: placement, length: length))
                if case .floating = placement { floating += 1 }
            } catch {
                skipped.append(ICalendarSkip(error.reason, line: event.line))
            }
        }
        if entries.count + skipped.count == before, replaced.isEmpty { outsideWindow += 1 }
    }

    /// Adds the override as an entry when it falls in the window; returns the key of the
    /// occurrence it replaces (nil when its RECURRENCE-ID does not read).
    @discardableResult
    private mutating func readOverride(_ event: ICalendarComponent, uid: String) -> String? {
        do throws(Failure) {
            guard let recurrence = event.property("RECURRENCE-ID") else { return nil }
            guard let value = ICalendarDateValue(recurrence.value) else {
                throw Failure(reason: .invalidTime(property: "RECURRENCE-ID", value: recurrence.value))
            }
            let key = self.key(value, placement: try placing(recurrence, value: value))
            if let first = occurrenceLines[uid + "#" + key] {
                throw Failure(reason: .repeatedUID(uid + "#" + key, firstLine: first))
            }
            occurrenceLines[uid + "#" + key] = event.line
            guard let fields = ICalendarEventFields(event) else { throw Failure(reason: .missingSummary) }
            let (_, startValue, placement) = try start(of: event)
            let length = try self.length(of: event, start: startValue, placement: placement)
            if startValue.date >= window.first, startValue.date <= window.last {
                entries.append(try entry(uid: uid + "#" + key, line: event.line, fields: fields, start: startValue,
                                         placement: placement, length: length))
                if case .floating = placement { floating += 1 }
            }
            return key
        } catch {
            skipped.append(ICalendarSkip(error.reason, line: event.line))
            return nil
        }
    }

    private mutating func start(of event: ICalendarComponent) throws(Failure) -> (ICalendarProperty, ICalendarDateValue, Placement) {
        guard let property = event.property("DTSTART") else { throw Failure(reason: .missingStart) }
        guard let value = ICalendarDateValue(property.value) else {
            throw Failure(reason: .invalidTime(property: "DTSTART", value: property.value))
        }
        return (property, value, try placing(property, value: value))
    }

    private mutating func placing(_ property: ICalendarProperty, value: ICalendarDateValue) throws(Failure) -> Placement {
        switch value {
        case .date: return .day
        case .utc: return .utc
        case .local:
            guard let tzid = property.parameter("TZID") else { return .floating(ICalendarZone(local)) }
            guard let zone = zones.zone(tzid) else { throw Failure(reason: .unknownTimeZone(tzid)) }
            return .zone(zone, name: tzid)
        }
    }

    // MARK: - Times

    /// How long the event lasts: whole days for an all-day event (1: that day alone), seconds
    /// otherwise; nil when it gives no end.
    enum Length {
        case days(Int)
        case seconds(Int)
    }

    private mutating func length(of event: ICalendarComponent, start: ICalendarDateValue, placement: Placement) throws(Failure) -> Length? {
        if let end = event.property("DTEND") {
            guard let value = ICalendarDateValue(end.value) else { throw Failure(reason: .invalidTime(property: "DTEND", value: end.value)) }
            // DTEND must have DTSTART's type; a calendar that mixes them gets no end rather than a guess.
            if value.isDate != start.isDate { return nil }
            if start.isDate {
                let days = start.date.days(until: value.date)
                if days < 0 { throw Failure(reason: .endBeforeStart) }
                return .days(max(days, 1))
            }
            let seconds = try instant(value, placement: try placing(end, value: value))
                - instant(start, placement: placement)
            if seconds < 0 { throw Failure(reason: .endBeforeStart) }
            return .seconds(seconds)
        }
        if let duration = event.property("DURATION") {
            guard let value = ICalendarDuration(duration.value) else {
                throw Failure(reason: .invalidTime(property: "DURATION", value: duration.value))
            }
            if start.isDate { return value.days < 0 ? nil : .days(max(value.days, 1)) }
            let seconds = value.days * 86_400 + value.seconds
            if seconds < 0 { throw Failure(reason: .endBeforeStart) }
            return .seconds(seconds)
        }
        return nil
    }

    /// The instant of a wall-clock reading; a reading the clocks skip is refused.
    private func instant(_ value: ICalendarDateValue, placement: Placement) throws(Failure) -> Int {
        switch placement {
        case .day, .utc:
            return value.wallSeconds
        case .zone(let zone, _), .floating(let zone):
            switch zone.resolve(wallSeconds: value.wallSeconds) {
            case .offset(let offset): return value.wallSeconds - offset
            case .nonexistent:
                let (date, time) = ICalendarDateValue.split(value.wallSeconds)
                var name = local.placeName ?? ""
                if case .zone(_, let tzid) = placement { name = tzid }
                throw Failure(reason: .nonexistentTime(date: date, time: time, zone: name))
            }
        }
    }

    /// The catalogue's time for an instant: in the offset of the event's zone (its local time),
    /// or for UTC and floating times the coordinator's.
    private func eventTime(_ instant: Int, placement: Placement) -> EventTime {
        var offset: Int
        switch placement {
        case .zone(let zone, _): offset = zone.offset(at: instant)
        case .floating(let zone): offset = zone.offset(at: instant)
        case .utc, .day: offset = local.offset(at: instant)
        }
        // The catalogue writes offsets in minutes: a zone's local mean time before 1900 (Paris
        // was +00:09:21) is told in the minute below, the instant kept exactly.
        offset = offset / 60 * 60
        let (date, time) = ICalendarDateValue.split(instant + offset)
        return .timed(date, time, offsetSeconds: offset)
    }

    private func entry(uid: String, line: Int, fields: ICalendarEventFields, start: ICalendarDateValue, placement: Placement,
                       length: Length?) throws(Failure) -> CalendarEntry {
        if case .date(let day) = start {
            var end: EventTime?
            if case .days(let days) = length, days > 1 {
                guard day.daysSinceEpoch + days - 1 <= Self.lastDay else { throw Failure(reason: .endBeyondCalendar) }
                end = .allDay(day.adding(days: days - 1))
            }
            return CalendarEntry(uid: uid, line: line, fields: fields, start: .allDay(day), end: end)
        }
        let instant = try instant(start, placement: placement)
        var end: EventTime?
        if case .seconds(let seconds) = length { end = eventTime(instant + seconds, placement: placement) }
        // A DURATION of centuries, or a start at the edge of year 1 or 9999 moved by its offset:
        // the catalogue holds years 1 to 9999 only.
        if let end, end.date.year > 9999 || end.date.year < 1 { throw Failure(reason: .endBeyondCalendar) }
        if eventTime(instant, placement: placement).date.year > 9999 || eventTime(instant, placement: placement).date.year < 1 {
            throw Failure(reason: .endBeyondCalendar)
        }
        return CalendarEntry(uid: uid, line: line, fields: fields, start: eventTime(instant, placement: placement), end: end)
    }

    private static let lastDay = CalendarDate(year: 9999, month: 12, day: 31)!.daysSinceEpoch

    // MARK: - Recurrence

    /// An occurrence's identity: its original start in UTC (`20261208T090000Z`), or its day.
    private func key(_ value: ICalendarDateValue, placement: Placement) -> String {
        if case .date(let day) = value { return ICalendarText.date(day) }
        var instant = value.wallSeconds
        switch placement {
        case .zone(let zone, _), .floating(let zone):
            // A reading the clocks skip is named by the offset before the change.
            if case .offset(let offset) = zone.resolve(wallSeconds: instant) { instant -= offset } else {
                instant -= zone.offset(at: instant - 18 * 3600)
            }
        case .day, .utc:
            break
        }
        return ICalendarText.utcDateTime(instant: instant)
    }

    private func isBeyondUntil(_ until: ICalendarDateValue?, day: CalendarDate, start: ICalendarDateValue, placement: Placement) -> Bool {
        guard let until else { return false }
        let wall = start.wallSeconds + (day.daysSinceEpoch - start.date.daysSinceEpoch) * 86_400
        switch until {
        case .date(let last): return day > last
        case .local: return wall > until.wallSeconds
        case .utc:
            if start.isDate { return day > until.date }
            let occurrence = start.moved(toWallSeconds: wall)
            return ((try? instant(occurrence, placement: placement)) ?? wall) > until.wallSeconds
        }
    }

    /// The keys of the EXDATE values (a whole day's key for a DATE value).
    private mutating func exclusions(_ event: ICalendarComponent, placement: Placement) throws(Failure) -> Set<String> {
        var keys = Set<String>()
        for property in event.properties("EXDATE") {
            for text in property.value.split(separator: ",") {
                guard let value = ICalendarDateValue(String(text)) else {
                    throw Failure(reason: .invalidTime(property: "EXDATE", value: String(text)))
                }
                let placed = value.isDate ? Placement.day : try placing(property, value: value)
                keys.insert(key(value, placement: placed))
            }
        }
        return keys
    }

    /// The days RDATE adds (at DTSTART's time of day).
    private func additionalDays(_ event: ICalendarComponent, start: ICalendarDateValue) throws(Failure) -> [CalendarDate] {
        var days: [CalendarDate] = []
        for property in event.properties("RDATE") {
            if property.parameter("VALUE")?.uppercased() == "PERIOD" || property.value.contains("/") {
                throw Failure(reason: .periodInRecurrence)
            }
            for text in property.value.split(separator: ",") {
                guard let value = ICalendarDateValue(String(text)) else {
                    throw Failure(reason: .invalidTime(property: "RDATE", value: String(text)))
                }
                days.append(value.date)
            }
        }
        return days
    }
}
