import AgendaModel

extension EnglishTable {
    public func importRefusal(_ refusal: ImportRefusal) -> String {
        switch refusal {
        case .missing(let column):
            return "\(column.rawValue) is required and empty"
        case .invalidEmail(let text):
            return "'\(text)' is not an e-mail address (name@domain.org)"
        case .unknownEvent(let id):
            return "no event '\(id)' in the catalogue: check eventId (agenda list --all shows the ids)"
        case .invalidStatus(let text):
            return "unknown status '\(text)': use pending, approved, waitlisted, declined or cancelled"
        case .invalidMode(let text):
            return "unknown mode '\(text)': use onsite or online"
        case .invalidLanguage(let text):
            return "unknown language '\(text)': use fr or en"
        case .invalidDate(let text):
            return "createdAt '\(text)' is not a date (2026-11-23 or 2026-11-23T10:15:00+01:00)"
        case .invalidConsent(let text):
            return "consent '\(text)': write true or false (yes/no, oui/non, 1/0)"
        case .extraValues(let found, let expected):
            return "\(found) values for \(expected) header columns: check the quotes and separators of this row"
        case .notAnObject:
            return "not a JSON object: each inscription is an object { … }"
        case .wrongType(let field):
            return "\(field) has a value of the wrong type"
        case .tooLong(let field, let bytes):
            return "\(field): \(bytes / 1024) KB, more than the \(ImportRefusal.maximumValueBytes / 1024) KB a value may hold"
        }
    }

    public func importFile(_ error: ImportFileError) -> String {
        let name = error.fileName
        switch error.reason {
        case .invalidUTF8(let line):
            return "\(name):\(line): the file is neither UTF-8 nor Windows-1252 text. Save it as \"CSV UTF-8\" (Save As in the spreadsheet) and import it again."
        case .empty:
            return "\(name): the file is empty; it needs a header row (firstName,lastName,email,organisation,eventId…) then one inscription a line, or JSON."
        case .missingColumns(let columns):
            let list = columns.map(\.rawValue).joined(separator: ", ")
            let many = columns.count > 1
            return "\(name):1: the header lacks the required \(plural(columns.count, "column", "columns")) \(list). Add \(many ? "them" : "it") (names as \"man agenda\" lists them under registrations import, in any order); nothing was imported."
        case .repeatedColumn(let column):
            return "\(name):1: two header columns both mean \(column.rawValue); keep only one; nothing was imported."
        case .unclosedQuote(let line):
            return "\(name):\(line): a quote opened on this line is never closed; fix the quoted value; nothing was imported."
        case .jsonSyntax(let reason, let line, let column):
            return "\(name):\(line):\(column): " + syntax(reason) + "; nothing was imported."
        case .spreadsheetWorkbook:
            return "\(name): this is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV. In the spreadsheet, Save As \"CSV (semicolon-separated)\" or \"CSV UTF-8\", then import that file."
        case .jsonShape:
            return "\(name): this JSON is neither an array of inscriptions nor an object { \"registrations\": [...] }; nothing was imported."
        case .unsupportedVersion(let version?):
            return "\(name): format version \(version) is unknown to this program (it reads version 1); update agenda."
        case .unsupportedVersion(nil):
            return "\(name): schemaVersion must be a whole number (1); nothing was imported."
        }
    }

    public func mailSkip(_ reason: MailSkipReason) -> String {
        switch reason {
        case .autoReply: return "automatic reply (out of office…); skipped"
        case .deliveryFailure: return "delivery failure (a message that bounced); skipped"
        case .fromCoordinator: return "sent by you (the from of [mail] in config.toml); skipped"
        case .duplicate(.stored(let registration)):
            return "sender already registered for this event (\(registration.participant.fullName) <\(registration.participant.email)>); skipped"
        case .duplicate(.message(let position)): return "same sender as the message at \(position.description); skipped"
        case .alreadyImported: return "message already imported (same Message-ID); skipped"
        case .noSender: return "no sender address (From); skipped"
        case .unreadable: return "not a readable message (no headers); skipped"
        }
    }

    public func mailSkipCount(_ kind: MailSkipKind, _ count: Int) -> String {
        let words: (String, String)
        switch kind {
        case .autoReply: words = ("automatic reply", "automatic replies")
        case .deliveryFailure: words = ("delivery failure", "delivery failures")
        case .fromCoordinator: words = ("sent by you", "sent by you")
        case .duplicate: words = ("duplicate", "duplicates")
        case .alreadyImported: words = ("already imported", "already imported")
        case .noSender: words = ("without sender", "without sender")
        case .unreadable: words = ("unreadable", "unreadable")
        }
        return "\(number(count)) " + plural(count, words.0, words.1)
    }

    public func importDuplicate(_ duplicate: ImportPlan.Duplicate) -> String {
        switch duplicate.original {
        case .stored(let registration):
            let name = registration.participant.fullName
            return "duplicate of an inscription already in the store (\(name) <\(registration.participant.email)>, \(registration.eventId)); skipped"
        case .row(let line):
            return "duplicate of line \(line) (same event, same e-mail \(duplicate.email)); skipped"
        }
    }
}
