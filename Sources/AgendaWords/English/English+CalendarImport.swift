import AgendaModel

extension EnglishTable {
    public func calendarImport(_ message: CalendarImportMessage) -> String {
        switch message {
        case .summary(let added, let updated, let unchanged, let skipped):
            return "\(number(added)) added, \(number(updated)) updated, \(number(unchanged)) unchanged, \(number(skipped)) skipped"
        case .dryRun:
            return "(--dry-run: nothing was written)"
        case .floatingTimes(let file, let count, let zone):
            return "\(file): \(number(count)) \(plural(count, "event has", "events have")) times without a time zone: taken in yours (\(zone))."
        case .tentative(let file, let count):
            return "\(file): \(number(count)) \(plural(count, "event is", "events are")) tentative in the calendar: imported as scheduled."
        case .outsideWindow(let file, let count, let last):
            return "\(file): \(number(count)) repeating \(plural(count, "event has", "events have")) no occurrence from today to \(last) (--until): nothing imported for \(count == 1 ? "it" : "them")."
        case .noEvents(let file):
            return "\(file): the calendar holds no event (no VEVENT)."
        case .written(let path, let created):
            return created ? "\(path): catalogue created" : "\(path): catalogue updated"
        case .fileIsDirectory(let file):
            return "agenda: \(file): is a directory; give the calendar file (.ics) itself."
        case .newCatalogue(let path):
            return "\(path): you had no catalogue of your own; it is created with the imported events only (the built-in sample is left aside)."
        }
    }

    public func calendarSkip(_ reason: ICalendarSkipReason) -> String {
        switch reason {
        case .missingSummary:
            return "no SUMMARY: an event needs a title; not imported"
        case .missingStart:
            return "no DTSTART: an event needs a start; not imported"
        case .invalidTime(let property, let value):
            return "\(property) '\(value)' is neither a date (20261208) nor a date-time (20261208T100000); not imported"
        case .unknownTimeZone(let zone):
            return "time zone '\(zone)' is unknown (no VTIMEZONE of the file defines it, nor does the system); not imported"
        case .nonexistentTime(let date, let time, let zone):
            return "\(time) on \(date) does not exist in \(zone) (the clocks go forward that night); not imported: correct the time in the calendar"
        case .endBeforeStart:
            return "the end is before the start; not imported"
        case .endBeyondCalendar:
            return "it ends (or starts) outside the years 1 to 9999; not imported"
        case .unsupportedRecurrence(let problem):
            return "its repetition (RRULE) cannot be expanded: \(recurrenceProblem(problem)); none of its occurrences imported"
        case .periodInRecurrence:
            return "RDATE given as periods is not supported; none of its occurrences imported"
        case .repeatedUID(let uid, let firstLine):
            return "UID \(uid) is already the event's of line \(firstLine); not imported"
        case .syntax(let reason):
            switch reason {
            case .malformedLine: return "line not understood (NAME:value expected); ignored"
            case .malformedParameter: return "parameter not understood (NAME=value, quotes closed); line ignored"
            case .unexpectedEnd(let name): return "END:\(name) closes no open BEGIN:\(name); ignored"
            case .unclosed(let name): return "BEGIN:\(name) is never closed"
            case .outsideCalendar: return "line outside BEGIN:VCALENDAR … END:VCALENDAR; ignored"
            }
        }
    }

    private func recurrenceProblem(_ problem: RecurrenceRule.Problem) -> String {
        switch problem {
        case .missingFrequency: return "it has no FREQ"
        case .unsupportedFrequency(let frequency): return "FREQ=\(frequency) (only DAILY, WEEKLY, MONTHLY and YEARLY are)"
        case .unsupportedPart(let part): return "\(part) is not supported"
        case .invalidPart(let part): return "\(part) does not read"
        }
    }

    public func calendarFile(_ error: ICalendarFileError) -> String {
        switch error {
        case .tooLarge(let bytes, let limit):
            return "\(number(bytes >> 20)) MB, more than the \(number(limit >> 20)) MB a calendar may hold; nothing was imported."
        case .notUTF8(let line):
            return "line \(line) is not UTF-8 text; export the calendar as UTF-8 and import it again; nothing was imported."
        case .notICalendar:
            return "not an iCalendar file (no BEGIN:VCALENDAR); nothing was imported."
        }
    }

    public func catalogueWrite(_ error: CatalogueDocument.WriteError) -> String {
        switch error {
        case .unreadable(let error):
            return catalogueFile(error, named: .configuration)
        case .invalid(let path, let errors):
            return "\(path): the catalogue has \(number(errors)) \(plural(errors, "problem", "problems")) and is not written over; fix it first (agenda validate)."
        case .changedOnDisk(let path):
            return "\(path): changed by another program meanwhile; nothing was written. Import again."
        case .wouldBeInvalid(let problems):
            return "the catalogue would be refused after this import (\(number(problems.count)) \(plural(problems.count, "problem", "problems"))); nothing was written."
        case .cannotWrite(let error):
            return store(error)
        }
    }
}
