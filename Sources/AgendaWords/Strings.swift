import AgendaModel

/// Every word the program shows, in the user's language: the way in to that language's table.
public struct Strings: Sendable {
    public let language: Language
    public let table: any LanguageTable
    public let dates: DateText

    public init(_ language: Language) {
        self.language = language
        self.table = Self.table(for: language)
        self.dates = DateText(language)
    }

    /// The one place where languages are listed.
    public static func table(for language: Language) -> any LanguageTable {
        switch language {
        case .fr: return FrenchTable()
        case .en: return EnglishTable()
        }
    }

    // MARK: - What the model reports

    /// `FILE:LINE:COL: [warning: ][event ID: ][field: ]message`, the form compilers use, so that
    /// editors jump to the place.
    public func report(_ problem: CatalogueProblem, fileName: String, source: SourceText?) -> String {
        var parts: [String] = []
        if let offset = problem.offset, let source {
            let (line, column) = source.lineColumn(of: offset)
            parts.append("\(fileName):\(line):\(column)")
        } else {
            parts.append(fileName)
        }
        if problem.severity == .warning { parts.append(table.reportPart(.warning)) }
        if let eventID = problem.eventID { parts.append(table.reportPart(.event(eventID))) }
        if let field = problem.field { parts.append(field) }
        parts.append(text(problem, source: source))
        return table.typeset(parts.joined(separator: ": "))
    }

    /// The problem's message alone; `source` gives the line a repeated id first appeared on.
    public func text(_ problem: CatalogueProblem, source: SourceText? = nil) -> String {
        var firstLine: Int?
        if case .duplicateIdentifier(_, let firstOffset) = problem.issue, let source {
            firstLine = source.lineColumn(of: firstOffset).line
        }
        return table.typeset(table.catalogueProblem(problem.issue, firstLine: firstLine))
    }

    public func text(_ message: CommandMessage) -> String { table.typeset(table.command(message)) }
    public func text(_ phrase: Phrase) -> String { table.typeset(table.phrase(phrase)) }
    public func text(_ issue: ConfigurationIssue) -> String { table.typeset(table.configuration(issue)) }
    public func text(_ error: StoreError) -> String { table.typeset(table.store(error)) }
    public func text(_ error: CatalogueFileError, named origin: CataloguePathOrigin = .configuration) -> String {
        table.typeset(table.catalogueFile(error, named: origin))
    }
    public func text(_ error: ImportFileError) -> String { table.typeset(table.importFile(error)) }
    public func text(_ refusal: ImportRefusal) -> String { table.typeset(table.importRefusal(refusal)) }
    public func text(_ message: CalendarImportMessage) -> String { table.typeset(table.calendarImport(message)) }
    public func text(_ reason: ICalendarSkipReason) -> String { table.typeset(table.calendarSkip(reason)) }
    public func text(_ error: ICalendarFileError) -> String { table.typeset(table.calendarFile(error)) }
    public func text(_ error: CatalogueDocument.WriteError) -> String { table.typeset(table.catalogueWrite(error)) }
    public func text(_ duplicate: ImportPlan.Duplicate) -> String { table.typeset(table.importDuplicate(duplicate)) }
    public func text(_ reason: MailSkipReason) -> String { table.typeset(table.mailSkip(reason)) }
    /// Every reason of a refused row in one phrase, for `FILE:LINE: …`.
    public func text(_ refused: ImportPlan.Refused) -> String {
        table.typeset(refused.reasons.map(table.importRefusal).joined(separator: table.phraseSeparator))
    }

    // MARK: - The catalogue's terms, the detail pane's labels, availability and refusals

    public func kind(_ kind: EventKind) -> String { table.kind(kind) }
    public func status(_ status: EventStatus) -> String { table.status(status) }
    public func locationMode(_ mode: LocationMode) -> String { table.locationMode(mode) }
    public func attendanceMode(_ mode: AttendanceMode) -> String { table.attendanceMode(mode) }
    public func availabilityShort(_ availability: RegistrationAvailability) -> String { table.availabilityShort(availability) }
    public func availabilitySentence(_ availability: RegistrationAvailability) -> String { table.typeset(table.availabilitySentence(availability)) }
    public func formProblem(_ issue: FormProblem.Issue) -> String { table.typeset(table.formProblem(issue)) }
    /// `openExisting`: the key that opens the registration a duplicate points at.
    public func refusalSentence(_ refusal: RegistrationRefusal, openExisting: String) -> String {
        table.typeset(table.refusalSentence(refusal, openExisting: openExisting))
    }
    public func admissionNotice(_ admission: Result<RegistrationStatus, RegistrationRefusal>, openExisting: String) -> String? {
        table.admissionNotice(admission, openExisting: openExisting).map(table.typeset)
    }
    public func overrideQuestion(_ refusal: RegistrationRefusal, yes: String, no: String) -> String {
        table.typeset(table.overrideQuestion(refusal, yes: yes, no: no))
    }
    public func override(_ override: RegistrationOverride) -> String { table.override(override) }
    public func help(_ key: CommandHelp) -> String { table.typeset(table.commandHelp(key)) }
    /// A text of ArgumentParser's (a help, an error) with its own words in this language.
    public func parserWords(_ text: String) -> String {
        let words = table.argumentParserWords
        guard !words.isEmpty else { return text }
        var result = text
        for (english, translated) in words { result = result.replacingOccurrences(of: english, with: table.typeset(translated)) }
        // "Did you mean '--to'?": the question mark after the quoted option, as the language sets it.
        return result.replacingOccurrences(of: "'?", with: table.typeset("' ?"))
    }
    public func moment(_ time: EventTime) -> String { table.moment(time) }
    public var when: String { table.when }
    public var place: String { table.place }
    public var organisers: String { table.organisers }
    public var audience: String { table.audience }
    public var status: String { table.status }
    public var objectives: String { table.objectives }
    public var programme: String { table.programme }
    public var contacts: String { table.contacts }
    public var connectionDetails: String { table.connectionDetails }
    public var registration: String { table.registration }
    public var documents: String { table.documents }
    public var themes: String { table.themes }
    public var countryGroups: String { table.countryGroups }
    public var kindLabel: String { table.kindLabel }
    public var description: String { table.description }
    public var updated: String { table.updated }
    public var allDay: String { table.allDay }
    public var capacity: String { table.capacity }
    public var waitlist: String { table.waitlist }
    public var noWaitlist: String { table.noWaitlist }
    public var modes: String { table.modes }
    public var questions: String { table.questions }
    public var required: String { table.required }
    public var deadline: String { table.deadline }
    public var opens: String { table.opens }
    public var received: String { table.received }
    public func countsSentence(_ counts: RegistrationCounts) -> String { table.typeset(table.countsSentence(counts)) }
    public func questionKind(_ kind: RegistrationQuestion.Kind) -> String { table.questionKind(kind) }

    public func registrationStatus(_ status: RegistrationStatus) -> String { table.registrationStatus(status) }
}
