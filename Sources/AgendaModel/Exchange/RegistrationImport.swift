import Foundation

/// Adding inscriptions from a file (a CSV or JSON export of an online form, or another
/// coordinator's export): first `parse` reads the file, then `plan` decides row by row what
/// becomes a registration, against the catalogue and the store as it is.
///
/// An import checks only what makes a registration meaningful: the required fields, the form
/// of the e-mail, a known event, a known status and mode, and duplicates (same event and
/// e-mail, case ignored, in the store or earlier in the file). It does not apply the form's
/// rules (opening, deadline, capacity): the inscriptions were collected by a form that has
/// already applied them, often one that has closed since.
public enum RegistrationImport {
    /// Reads an import file. JSON when the first character that is not white space is `{` or
    /// `[`, else CSV (separator `;`, `,` or tab, found in the header line). A UTF-8 byte-order
    /// mark is skipped; a file that is not UTF-8 is read as Windows-1252 (French Excel's CSV)
    /// when it is that, and says so; a spreadsheet workbook, or any other encoding, is refused.
    public static func parse(bytes: [UInt8], fileName: String) throws(ImportFileError) -> ImportReading {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // .xlsx and .ods are zip archives, .xls an OLE2 compound file.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ImportFileError(fileName: fileName, reason: .spreadsheetWorkbook)
        }
        var encoding = ImportReading.Encoding.utf8
        if let invalid = firstInvalidUTF8Offset(bytes) {
            guard let decoded = Windows1252.utf8(from: bytes) else {
                let line = bytes[..<invalid].lazy.filter { $0 == 0x0A }.count + 1
                throw ImportFileError(fileName: fileName, reason: .invalidUTF8(line: line))
            }
            bytes = decoded
            encoding = .windows1252
        }
        var reading = try read(bytes, fileName: fileName)
        reading.encoding = encoding
        return reading
    }

    private static func read(_ bytes: [UInt8], fileName: String) throws(ImportFileError) -> ImportReading {
        let first = bytes.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        switch first {
        case nil:
            throw ImportFileError(fileName: fileName, reason: .empty)
        case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
            return try JSONImportReader.read(bytes, fileName: fileName)
        default:
            return try CSVImportReader.read(bytes, fileName: fileName)
        }
    }

    /// What importing `reading` into a store holding `existing` would do at `now`. Every row is
    /// decided here; nothing is written. `makeID` gives each new registration its id.
    ///
    /// An accepted row becomes a registration with source `import`, its status (default
    /// `pending`), `createdAt` as written (default `now`), `updatedAt` now and one history
    /// entry from nothing to its status at `now`; unless it is a registration exported by an
    /// agenda, which keeps its id, source, last change and history.
    public static func plan(_ reading: ImportReading, catalogue: Catalogue, existing: [Registration], now: Moment,
                            makeID: () -> String) -> ImportPlan {
        var plan = ImportPlan()
        // Event and e-mail of every registration in the store and accepted so far.
        var taken: [String: ImportPlan.Duplicate.Original] = [:]
        func key(_ eventID: String, _ email: String) -> String { eventID + "\u{0}" + RegistrationDesk.normalisedEmail(email) }
        for registration in existing {
            let slot = key(registration.eventId, registration.participant.email)
            if taken[slot] == nil { taken[slot] = .stored(registration) }
        }
        // A registration exported by an agenda keeps its id: the same id again is the same
        // registration, already there.
        let storedByID = reading.rows.contains { $0.record != nil }
            ? Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        var idsInFile: [String: Int] = [:]
        // Each row on its own, on every core (an import can bring 100 000); then in file order,
        // the duplicates and the ids.
        let stamp = now.timestamp
        let outcomes = ParallelChunks.map(count: reading.rows.count, chunkSize: 2_048) { range in
            reading.rows[range].map { registration(from: $0, catalogue: catalogue, now: now, stamp: stamp) }
        }.joined()
        for (row, outcome) in zip(reading.rows, outcomes) {
            switch outcome {
            case .refused(let refused):
                plan.refused.append(refused)
            case .accepted(var registration):
                if let record = row.record, record.agrees(with: registration.status) {
                    if let stored = storedByID[record.id] {
                        plan.duplicates.append(.init(line: row.line, email: registration.participant.email,
                                                     eventId: registration.eventId, original: .stored(stored)))
                        continue
                    }
                    if let line = idsInFile[record.id] {
                        plan.duplicates.append(.init(line: row.line, email: registration.participant.email,
                                                     eventId: registration.eventId, original: .row(line: line)))
                        continue
                    }
                    registration.id = record.id
                    registration.source = record.source
                    registration.updatedAt = record.updatedAt
                    registration.history = record.history
                    registration.emailMessageId = record.emailMessageId
                } else {
                    registration.id = makeID()
                }
                let slot = key(registration.eventId, registration.participant.email)
                if let original = taken[slot] {
                    plan.duplicates.append(.init(line: row.line, email: registration.participant.email,
                                                 eventId: registration.eventId, original: original))
                } else {
                    taken[slot] = .row(line: row.line)
                    idsInFile[registration.id] = row.line
                    plan.added.append(registration)
                    plan.addedLines.append(row.line)
                    if (row.values[.consent] ?? "").trimmedWhitespace.isEmpty { plan.withoutConsent += 1 }
                }
            }
        }
        return plan
    }

    // MARK: - Private

    enum RowOutcome {
        case accepted(Registration)
        case refused(ImportPlan.Refused)
    }

    /// A refusal for each value over `ImportRefusal.maximumValueBytes`, by column name.
    private static func tooLongValues(_ row: ImportRow) -> [ImportRefusal] {
        let limit = ImportRefusal.maximumValueBytes
        guard row.values.values.contains(where: { $0.utf8.count > limit })
              || row.answers.values.contains(where: { if case .text(let text) = $0 { text.utf8.count > limit } else { false } })
        else { return [] }
        // The columns, then the answers, each by name.
        let columns = row.values.filter { $0.value.utf8.count > limit }.map { ($0.key.rawValue, $0.value.utf8.count) }
        let answers = row.answers.compactMap { id, answer -> (String, Int)? in
            guard case .text(let text) = answer, text.utf8.count > limit else { return nil }
            return ("answer." + id, text.utf8.count)
        }
        return (columns.sorted { $0.0 < $1.0 } + answers.sorted { $0.0 < $1.0 }).map { ImportRefusal.tooLong($0.0, bytes: $0.1) }
    }

    /// The registration a row describes, still without its id, or every reason it cannot be
    /// one. `stamp` is `now` as written in the store.
    static func registration(from row: ImportRow, catalogue: Catalogue, now: Moment, stamp: String) -> RowOutcome {
        // Something that is not an object has no fields to say more about.
        if row.malformed == .notAnObject { return .refused(ImportPlan.Refused(line: row.line, reasons: [.notAnObject])) }
        var reasons: [ImportRefusal] = row.malformed.map { [$0] } ?? []
        // Checked first, and alone: the other reasons would repeat such a value in full.
        let tooLong = tooLongValues(row)
        if !tooLong.isEmpty { return .refused(ImportPlan.Refused(line: row.line, reasons: reasons + tooLong)) }
        func value(_ column: ImportColumn) -> String? {
            let text = row.values[column]?.trimmedWhitespace ?? ""
            return text.isEmpty ? nil : text
        }
        for column in ImportColumn.required where value(column) == nil {
            reasons.append(.missing(column))
        }
        if let email = value(.email), !RegistrationDesk.isPlausibleEmail(email) {
            reasons.append(.invalidEmail(email))
        }
        let event = value(.eventId).flatMap(catalogue.event(id:))
        if let id = value(.eventId), event == nil {
            reasons.append(.unknownEvent(id))
        }
        var status = RegistrationStatus.pending
        if let text = value(.status) {
            if let known = ImportValue.status(text) { status = known } else { reasons.append(.invalidStatus(text)) }
        }
        var mode: AttendanceMode?
        if let text = value(.mode) {
            if let known = ImportValue.mode(text) { mode = known } else { reasons.append(.invalidMode(text)) }
        }
        var createdAt = stamp
        if let text = value(.createdAt) {
            if let written = ImportValue.timestamp(text, offset: now.utcOffset) { createdAt = written } else { reasons.append(.invalidDate(text)) }
        }
        var language: Language?
        if let text = value(.language) {
            if let known = ImportValue.language(text) { language = known } else { reasons.append(.invalidLanguage(text)) }
        }
        // Consent is never invented: absent or empty is "not given", as an unticked box is.
        var consent = false
        if let text = value(.consent) {
            if let flag = ImportValue.flag(text) { consent = flag } else { reasons.append(.invalidConsent(text)) }
        }
        guard reasons.isEmpty, let event else { return .refused(ImportPlan.Refused(line: row.line, reasons: reasons)) }

        // As the form does: an event with a single mode gives it to everyone.
        let modes = event.registration?.modes ?? []
        if mode == nil, modes.count == 1 { mode = modes[0] }
        var answers: [String: Answer] = [:]
        let questions = event.registration?.questions ?? []
        for (id, answer) in row.answers {
            // The question's own spelling of its id, when the header changed its case.
            let question = questions.first { $0.id == id } ?? questions.first { $0.id.lowercased() == id.lowercased() }
            if let converted = ImportValue.answer(answer, for: question) { answers[question?.id ?? id] = converted }
        }
        let participant = Participant(firstName: value(.firstName) ?? "", lastName: value(.lastName) ?? "",
                                      email: value(.email) ?? "", phone: value(.phone),
                                      organisation: value(.organisation) ?? "", role: value(.role), language: language)
        return .accepted(Registration(
            id: "", eventId: event.id, status: status, createdAt: createdAt, updatedAt: stamp, source: .import,
            participant: participant, mode: mode, answers: answers, consent: consent,
            note: normalisedNote(row.values[.note] ?? ""), history: [.init(at: stamp, from: nil, to: status)]))
    }

    /// A note keeps its line breaks, as LF whatever the spreadsheet wrote, without white space
    /// around it.
    static func normalisedNote(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text.trimmedWhitespace }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").trimmedWhitespace
    }

    /// The offset of the first byte that does not belong to valid UTF-8; nil when all is valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        // The standard library validates a whole file at once, fast; only a file that fails is
        // gone through scalar by scalar to find the place.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
