import AgendaModel
import AgendaWords

/// One cell as the spreadsheet is to hold it. Text is never anything else: a phone written
/// `0123456789` keeps its zero, and `=HYPERLINK(…)` or `+33 4 72 10 30 30` are read, not run.
enum SheetCell: Equatable {
    case empty
    case text(String)
    /// A date and time as the clock showed them where it was recorded (the offset the store
    /// wrote it with): a spreadsheet date has no time zone.
    case dateTime(SheetDateTime)
    case number(Double)
    case boolean(Bool)
}

struct SheetDateTime: Equatable {
    var year, month, day, hour, minute, second: Int

    /// `2026-11-23T10:15:00+01:00` as 23/11/2026 10:15; nil for text that is not such a
    /// date-time (a hand-edited store), or a year before the spreadsheets' calendar starts (1900).
    init?(_ text: String) {
        guard case .timed(let date, let time, _)? = DateParsing.dateTime(text), (1900...9999).contains(date.year) else {
            return nil
        }
        (year, month, day) = (date.year, date.month, date.day)
        (hour, minute, second) = (time.hour, time.minute, time.second)
    }
}

/// The registrations as the workbook's one sheet: the CSV export's columns (`RegistrationColumn`,
/// then one per question answered, sorted by id), headed in the user's language, and each value
/// with its own type where it has one.
struct RegistrationSheet {
    let headers: [String]
    let rows: [[SheetCell]]

    init(_ registrations: [Registration], catalogue: Catalogue?, strings: Strings) {
        let questions = RegistrationExport.answeredQuestions(registrations)
        headers = RegistrationColumn.allCases.map(strings.spreadsheet.columnHeader)
            + questions.map { Self.label(of: $0, in: registrations, catalogue: catalogue) }
        rows = registrations.map { registration in
            RegistrationColumn.allCases.map { Self.cell($0, of: registration, catalogue: catalogue, strings: strings) }
                + questions.map { registration.answers[$0].map(Self.cell) ?? .empty }
        }
    }

    /// The question as the form asked it, from the first selected event that has it in the
    /// catalogue; its id when none has.
    private static func label(of question: String, in registrations: [Registration], catalogue: Catalogue?) -> String {
        guard let catalogue else { return question }
        var seen = Set<String>()
        for registration in registrations where seen.insert(registration.eventId).inserted {
            let asked = catalogue.event(id: registration.eventId)?.registration?.questions.first { $0.id == question }
            if let label = asked?.label, !label.isEmpty { return label }
        }
        return question
    }

    private static func cell(_ column: RegistrationColumn, of registration: Registration, catalogue: Catalogue?,
                             strings: Strings) -> SheetCell {
        let participant = registration.participant
        switch column {
        case .eventId: return text(registration.eventId)
        case .eventTitle: return text(catalogue?.event(id: registration.eventId)?.title ?? "")
        case .status: return text(strings.registrationStatus(registration.status))
        case .firstName: return text(participant.firstName)
        case .lastName: return text(participant.lastName)
        case .email: return text(participant.email)
        case .phone: return text(participant.phone ?? "")
        case .organisation: return text(participant.organisation)
        case .role: return text(participant.role ?? "")
        case .mode: return text(registration.mode.map(strings.attendanceMode) ?? "")
        case .consent: return .boolean(registration.consent)
        case .createdAt: return dateTime(registration.createdAt)
        case .updatedAt: return dateTime(registration.updatedAt)
        case .note: return text(registration.note)
        }
    }

    private static func cell(_ answer: Answer) -> SheetCell {
        switch answer {
        case .text, .choices: return text(RegistrationExport.cellText(answer))
        case .flag(let flag): return .boolean(flag)
        case .number(let number): return .number(number)
        }
    }

    private static func text(_ value: String) -> SheetCell { value.isEmpty ? .empty : .text(value) }

    /// A date-time that does not read as one stays the text it is, rather than vanish.
    private static func dateTime(_ value: String) -> SheetCell {
        SheetDateTime(value).map(SheetCell.dateTime) ?? text(value)
    }
}
