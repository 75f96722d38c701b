import AgendaModel

/// Every sentence of the program in one language. The model and the interface speak in typed
/// reasons (an enum case and its values); a table puts each into words. Adding a language is
/// one new table: the compiler then asks for every message, and `LanguageTablesTests` checks
/// that each says something.
public protocol LanguageTable: Sendable {
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
    func catalogueFile(_ error: CatalogueFileError) -> String

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
    // MARK: The interface
    func phrase(_ phrase: Phrase) -> String
    func registrationStatus(_ status: RegistrationStatus) -> String

    // MARK: The command line
    func command(_ message: CommandMessage) -> String

    /// Between the phrases of one line: "; " in English, " ; " in French.
    var phraseSeparator: String { get }
}

/// The pieces around a catalogue problem's message.
public enum ReportPart: Sendable, Equatable {
    case warning
    case event(String)
}
