import AgendaModel

/// Every sentence of the program in one language. The model and the interface speak in typed
/// reasons (an enum case and its values); a table puts each into words. Adding a language is
/// one new table: the compiler then asks for every message, and `LanguageTablesTests` checks
/// that each says something.
public protocol LanguageTable: DateWords, SpreadsheetWords {
    var language: Language { get }

    // MARK: Catalogue files
    /// One problem, without its place: `FILE:LINE:COL` and the event are added around it.
    /// `firstLine` is where a repeated id first appeared, when known.
    func catalogueProblem(_ issue: CatalogueProblem.Issue, firstLine: Int?) -> String
    /// Why a JSON document does not parse.
    func syntax(_ reason: JSONParser.SyntaxError.Reason) -> String
    /// The words of a problem's place: "warning", "event ID".
    func reportPart(_ part: ReportPart) -> String
    /// A catalogue file that cannot be read at all.
    func catalogueFile(_ error: CatalogueFileError, named origin: CataloguePathOrigin) -> String

    // MARK: The store
    func store(_ error: StoreError) -> String
    func storeCorruption(_ corruption: StoreCorruption) -> String
    /// What a system error number means, in words a coordinator understands (nil: the system's own).
    func systemCause(_ number: Int32) -> String?
    /// What to do about it.
    func systemRemedy(_ number: Int32) -> String

    // MARK: Imports
    func importRefusal(_ refusal: ImportRefusal) -> String
    func importFile(_ error: ImportFileError) -> String
    func importDuplicate(_ duplicate: ImportPlan.Duplicate) -> String
    /// Why a message of a mailbox brought no inscription.
    func mailSkip(_ reason: MailSkipReason) -> String
    /// How many messages were skipped for one kind of reason: "2 automatic replies".
    func mailSkipCount(_ kind: MailSkipKind, _ count: Int) -> String

    // MARK: Calendar imports
    func calendarImport(_ message: CalendarImportMessage) -> String
    /// Why a VEVENT or a line of a calendar was not imported, for `FILE:LINE: …`.
    func calendarSkip(_ reason: ICalendarSkipReason) -> String
    /// Why a calendar cannot be read at all, after `FILE: `.
    func calendarFile(_ error: ICalendarFileError) -> String
    /// Why the catalogue was not written.
    func catalogueWrite(_ error: CatalogueDocument.WriteError) -> String
    // MARK: The catalogue's terms, the detail pane's labels, availability and refusals
    func kind(_ kind: EventKind) -> String
    func status(_ status: EventStatus) -> String
    func locationMode(_ mode: LocationMode) -> String
    func attendanceMode(_ mode: AttendanceMode) -> String
    func availabilityShort(_ availability: RegistrationAvailability) -> String
    func availabilitySentence(_ availability: RegistrationAvailability) -> String
    func formProblem(_ issue: FormProblem.Issue) -> String
    func refusalSentence(_ refusal: RegistrationRefusal, openExisting: String) -> String
    func admissionNotice(_ admission: Result<RegistrationStatus, RegistrationRefusal>, openExisting: String) -> String?
    func overrideQuestion(_ refusal: RegistrationRefusal, yes: String, no: String) -> String
    func commandHelp(_ key: CommandHelp) -> String
    /// A message's built-in template: `Subject:`, a blank line, the body.
    func messageTemplate(_ kind: MessageKind) -> String
    var messageOnline: String { get }
    func messageRefusal(_ refusal: MessageRefusal) -> String
    func messageKindName(_ kind: MessageKind) -> String
    func templateProblem(_ reason: MessageTemplate.Problem.Reason) -> String
    var messageNoDeadline: String { get }
    /// ArgumentParser's own words (its headings, errors), each with this language's.
    var argumentParserWords: [(String, String)] { get }
    func override(_ override: RegistrationOverride) -> String
    func moment(_ time: EventTime) -> String
    var when: String { get }
    var place: String { get }
    var organisers: String { get }
    var audience: String { get }
    var status: String { get }
    var objectives: String { get }
    var programme: String { get }
    var contacts: String { get }
    /// The detail's label of an event's connection details.
    var connectionDetails: String { get }
    var registration: String { get }
    var documents: String { get }
    var themes: String { get }
    var countryGroups: String { get }
    var kindLabel: String { get }
    var description: String { get }
    var updated: String { get }
    var allDay: String { get }
    var capacity: String { get }
    var waitlist: String { get }
    var noWaitlist: String { get }
    var modes: String { get }
    var questions: String { get }
    var required: String { get }
    var deadline: String { get }
    var opens: String { get }
    var received: String { get }
    func countsSentence(_ counts: RegistrationCounts) -> String
    func questionKind(_ kind: RegistrationQuestion.Kind) -> String

    // MARK: The interface
    func phrase(_ phrase: Phrase) -> String
    func registrationStatus(_ status: RegistrationStatus) -> String

    // MARK: The configuration file
    func configuration(_ issue: ConfigurationIssue) -> String

    // MARK: The key table
    /// What an action does, for help.
    func actionDescription(_ action: Action, in context: KeyContext) -> String
    /// The few words the status bar shows beside its key.
    func actionHint(_ action: Action, in context: KeyContext) -> String

    // MARK: The command line
    func command(_ message: CommandMessage) -> String

    /// A count, grouped as the language groups digits.
    func number(_ value: Int) -> String

    /// Between the phrases of one line: "; " in English, " ; " in French.
    var phraseSeparator: String { get }

    /// A finished sentence set by the language's typographic rules (French spaces before `?`).
    func typeset(_ text: String) -> String
}

extension LanguageTable {
    public func typeset(_ text: String) -> String { text }
}

/// The words dates are written with: `DateText` puts them together.
public protocol DateWords: Sendable {
    /// Monday first.
    var weekdayAbbreviations: [String] { get }
    var monthNames: [String] { get }
    var shortMonthNames: [String] { get }
    /// The day of the month as written before the month ("1er" in French).
    func dayNumber(_ day: Int) -> String
    /// A whole-day event's date, said to last all day.
    func allDay(_ date: String) -> String
    /// From one moment to another.
    func range(from: String, to: String) -> String
    /// An event's times told again in the coordinator's zone, named by its place when known.
    func inLocalTime(_ times: String, place: String?) -> String
}

extension LanguageTable {
    /// `value`'s digits grouped by three with `separator` from 10 000 on (9999 stays whole, as
    /// both languages write four digits).
    func grouped(_ value: Int, separator: String) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return String(value) }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// Dates and times as this language writes them.
    public var dates: DateText { DateText(language) }
}

/// The pieces around a catalogue problem's message.
public enum ReportPart: Sendable, Equatable {
    case warning
    case event(String)
}

/// Where the path of a catalogue that cannot be read was given: what the user should check.
public enum CataloguePathOrigin: Sendable {
    /// `--catalogue` or `$AGENDA_CATALOGUE`.
    case configuration
    /// The command's own argument (`agenda validate FILE`).
    case commandArgument
}
