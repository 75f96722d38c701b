import AgendaModel

/// What the interface says on its screens and in its status bar, beyond the catalogue's and the
/// store's own words: titles, column headings, labels, and the sentences of each screen.
public enum Phrase: Sendable, Equatable {
    // Titles and headings
    case upcoming, past
    case eventCount(Int)
    case noEvents, noEventMatches
    case detailTitle, noEventSelected
    case filterTitle
    case filterKind, filterTheme, filterCountryGroup, filterStatus
    case helpTitle
    case helpSection(KeyContext)
    case helpSearchRule
    case registrationTitle(String)
    case requiredMark
    case formFooter
    case existingRegistrationTitle
    case triageTitle(String), everyInscriptionTitle
    case noInscriptionHere
    case noteLabel
    case orphan(String)
    case readingCatalogue(name: String, megabytes: Double)
    case terminalTooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int)
    case readOnlyStore
    case today(String)
    // Field labels
    case name, firstName, lastName, email, phone, organisation, organisationHelp, role, event, status, created, history,
         note, received, numberHelp, consent, yes, no
    // Summaries
    case seatsApproved(approved: Int, capacity: Int)
    case approvedCount(Int), pendingCount(Int), waitlistedCount(Int), taggedCount(Int)
    /// The triage list's status filter in force.
    case triageFilter(String)
    case filterSummary(FilterPart)
    case multiDayUntil(CalendarDate)
    case shortDate(CalendarDate)
    // Status bar
    case searchHint, filterMenuHint, helpHint, popupHint, detailHint, formHint
    case exported(String)
    case draftRestored, draftKept
    case registrationSaved(name: String, status: RegistrationStatus)
    case fieldsToCorrect(Int)
    case nothingChanged, bulkAbandoned, noneTagged
    case bulkPrompt(tagged: Int)
    case nothingToUndo, nothingToRedo
    case undone(Int), redone(Int)
    case tagsCleared
    /// A bulk decision: how many changed, how many were already in that status.
    case bulkDecided(changed: Int, skipped: Int, status: RegistrationStatus)
    /// A key's name in help and hints, where the languages name it differently.
    case keyName(NamedKey)
    case beyondCapacity(excess: Int)
    case alreadyStatus(RegistrationStatus)
    case decided(name: String, status: RegistrationStatus)
    case promoted(name: String)
    case offerSeat(name: String)
    case noteSaved

    /// One part of the title bar's summary of the filter in force.
    public enum FilterPart: Sendable, Equatable {
        case search(String)
        case kinds(String), themes(String), countryGroups(String), statuses(String)
    }
}

/// The keys whose names differ from one language to another.
public enum NamedKey: Sendable, Equatable, CaseIterable {
    case space, home, end, enter, escape, backTab, delete
}

/// Where a binding applies (the key table's contexts), as the words need them.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case everywhere, agenda, detail, form, triage
}
