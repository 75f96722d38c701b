import AgendaModel

extension EnglishTable {
    public var sheetName: String { "Registrations" }

    public func columnHeader(_ column: RegistrationColumn) -> String {
        switch column {
        case .eventId: return "Event id"
        case .eventTitle: return phrase(.event)
        case .status: return phrase(.status)
        case .firstName: return phrase(.firstName)
        case .lastName: return phrase(.lastName)
        case .email: return phrase(.email)
        case .phone: return phrase(.phone)
        case .organisation: return phrase(.organisation)
        case .role: return phrase(.role)
        case .mode: return "Attendance"
        case .consent: return phrase(.consentLabel)
        case .createdAt: return "Created"
        case .updatedAt: return "Updated"
        case .note: return phrase(.note)
        }
    }

    public var dateTimeFormat: String { "yyyy-mm-dd hh:mm" }

    public func workbook(_ error: WorkbookError) -> String {
        let unmade = "the workbook could not be made"
        switch error {
        case .cellTooLong(let row, let column):
            return "row \(row), column \"\(column)\": the value is longer than a spreadsheet cell holds (\(number(WorkbookError.maximumCellLength)) characters); nothing was written. Export as CSV or JSON, which keep it whole."
        case .tooManyRows(let count):
            return "\(number(count)) registrations are more than the \(number(WorkbookError.maximumRows - 1)) rows of a sheet; nothing was written. Select fewer with --event or --status, or export as CSV or JSON."
        case .temporaryFiles(let path, let number):
            return "\(path): \(unmade) in this directory (\(cause(number))). \(systemRemedy(number)), or give another temporary directory with $TMPDIR."
        case .library(.outOfMemory):
            return "\(unmade): not enough memory."
        case .library(.temporaryFile):
            return "\(unmade): its temporary files could not be written. Check the space left in the temporary directory ($TMPDIR)."
        case .library(.compression):
            return "\(unmade): compressing it failed. Check the space left in the temporary directory ($TMPDIR)."
        case .library(.other(let code)):
            return "\(unmade) (libxlsxwriter error \(code))."
        }
    }

    public func workbookNotForTerminal(outputOption: Bool) -> String {
        "agenda: a workbook (xlsx) is a binary file, not text for the terminal: "
            + (outputOption ? "give -o FILE.xlsx, or redirect the standard output to a file."
                            : "redirect the standard output to a file (> registrations.xlsx), or use registrations export --format xlsx -o FILE.xlsx.")
    }
}
