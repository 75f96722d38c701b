/// What importing a file would do to the store: the registrations to add, and every row left
/// out with its line and why. Made by `RegistrationImport.plan`; nothing is written yet.
public struct ImportPlan: Sendable, Equatable {
    /// A row skipped because its event already has an inscription with the same e-mail.
    public struct Duplicate: Sendable, Equatable {
        /// What the row duplicates.
        public enum Original: Sendable, Equatable {
            /// A registration already in the store.
            case stored(Registration)
            /// An earlier row of the same file, at this line.
            case row(line: Int)
        }

        public var line: Int
        public var email: String
        public var eventId: String
        public var original: Original

        public init(line: Int, email: String, eventId: String, original: Original) {
            self.line = line
            self.email = email
            self.eventId = eventId
            self.original = original
        }
    }

    /// A row that cannot become a registration, with every reason found in it.
    public struct Refused: Sendable, Equatable {
        public var line: Int
        public var reasons: [ImportRefusal]

        public init(line: Int, reasons: [ImportRefusal]) {
            self.line = line
            self.reasons = reasons
        }
    }

    /// In file order; source `import`, each with one history entry from nothing to its status.
    public var added: [Registration]
    /// The line each added registration was read from, in the same order as `added`.
    public var addedLines: [Int]
    public var duplicates: [Duplicate]
    public var refused: [Refused]
    /// Added rows that said nothing of consent (no column, or an empty cell): stored as not given.
    public var withoutConsent = 0

    public init(added: [Registration] = [], addedLines: [Int] = [], duplicates: [Duplicate] = [], refused: [Refused] = []) {
        self.added = added
        self.addedLines = addedLines
        self.duplicates = duplicates
        self.refused = refused
    }

    /// Rows considered: added, duplicates and refused together.
    public var rowCount: Int { added.count + duplicates.count + refused.count }
}
