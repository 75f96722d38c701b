import Foundation

/// Registrations written for a spreadsheet or for another coordinator.
///
/// The CSV is what a French spreadsheet opens as is: UTF-8 with a byte-order mark (without it
/// Excel reads Windows-1252 and mangles the accents), `;` between values (`,` is the decimal
/// separator in French), CRLF line ends, and every cell that could start a formula neutralised
/// (`SpreadsheetCell.neutralised`). Its header uses the names `registrations import` reads, so
/// an exported file imports again unchanged.
public enum RegistrationExport {
    /// The columns always written, in order; `answer.<questionId>` columns follow, one for
    /// each question answered in the selection, sorted by id.
    public static let csvColumns = RegistrationColumn.allCases.map(\.rawValue)

    /// The UTF-8 byte-order mark the CSV starts with.
    public static let byteOrderMark = SpreadsheetCSV.byteOrderMarkBytes

    /// The CSV file's bytes. `catalogue` gives the events' titles (empty for an event that has
    /// left the catalogue, or with no catalogue).
    public static func csv(_ registrations: [Registration], catalogue: Catalogue? = nil) -> [UInt8] {
        let questions = answeredQuestions(registrations)
        let rows = registrations.map { registration in
            let participant = registration.participant
            let fixed = [
                registration.eventId, catalogue?.event(id: registration.eventId)?.title ?? "", registration.status.rawValue,
                participant.firstName, participant.lastName, participant.email, participant.phone ?? "",
                participant.organisation, participant.role ?? "", registration.mode?.rawValue ?? "",
                registration.consent ? "true" : "false", registration.createdAt, registration.updatedAt, registration.note,
            ]
            return fixed + questions.map { registration.answers[$0].map(cellText) ?? "" }
        }
        return SpreadsheetCSV.frenchSpreadsheet.bytes(header: csvColumns + questions.map { ImportColumn.answerPrefix + $0 },
                                                      rows: rows)
    }

    /// `{"schemaVersion": 1, "registrations": [...]}`: each registration exactly as the store
    /// holds it (docs/registrations.md), so that `registrations import` or another agenda reads it.
    public static func json(_ registrations: [Registration]) -> [UInt8] {
        RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: RegistrationStore.schemaVersion,
                                                                     registrations: registrations))
    }

    /// The ids of the questions answered in `registrations`, sorted: one column each, after the
    /// fixed ones.
    public static func answeredQuestions(_ registrations: [Registration]) -> [String] {
        Set(registrations.flatMap(\.answers.keys)).sorted()
    }

    /// An answer as a cell: choices separated by ` | ` (how the import splits them), yes/no as
    /// true/false, numbers with a decimal comma for French spreadsheets.
    public static func cellText(_ answer: Answer) -> String {
        switch answer {
        case .text(let text): return text
        case .choices(let choices): return choices.joined(separator: " | ")
        case .flag(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
            return String(number).replacingOccurrences(of: ".", with: ",")
        }
    }
}
