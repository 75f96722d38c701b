import AgendaModel
import AgendaWords

/// Everything the agenda screen shows, and nothing about how the terminal draws it.
public struct AgendaState: Sendable {
    /// The events shown: as read at start, then as the event editor and the file change it.
    public internal(set) var catalogue: Catalogue
    /// True when the catalogue is the sample built into the program: the editor's first save
    /// then makes the user's own catalogue from it, at `userCataloguePath`.
    public var catalogueIsBuiltIn = false
    public var userCataloguePath: String?
    /// Now, as the clock last said (`AppMessage.tick`): "today" follows it past midnight.
    public internal(set) var moment: Moment
    public let strings: Strings
    public var theme: Theme
    public private(set) var width: Int
    public private(set) var height: Int

    /// Kinds, themes, groups, statuses, timeframe and the search text in force.
    public private(set) var filter: EventFilter
    /// The events shown, in the agenda's order.
    public private(set) var events = VisibleEvents([], positions: [])
    public private(set) var rows: [AgendaRow] = []
    private var rowOfEvent: [Int] = []
    /// Index in `events` of the selected one.
    public private(set) var selectedIndex: Int?
    /// The first agenda row shown.
    public internal(set) var agendaTop = 0
    /// The first detail line shown.
    public internal(set) var detailTop = 0
    /// The screens shown, bottom to top (`Screen`): the agenda, then whatever was opened over it.
    public internal(set) var screens: [Screen] = [.agenda(AgendaScreen())]
    /// A line for the status bar, cleared by the next key.
    public internal(set) var message: String?
    /// Made when asked: it needs every theme and group, which a large catalogue indexes
    /// after the first screen.
    public var filterMenu: FilterMenu { FilterMenu(catalogue: catalogue, strings: strings) }
    /// Every registration of the store, kept in step with it by the loop's effects.
    public internal(set) var registrations: [Registration] = [] {
        didSet { indexRegistrations() }
    }
    /// Position of each registration in `registrations`, by id.
    public private(set) var registrationIndex: [String: Int] = [:]
    /// Each event's counts, so that drawing a row does not go through every registration.
    private var countsByEvent: [String: RegistrationCounts] = [:]
    /// Approved inscriptions not yet sent their event's connection details, by event: counted
    /// with the rest when the registrations change, not on every frame.
    private var connectionNotSentByEvent: [String: Int] = [:]
    /// Inscriptions still standing (not declined nor cancelled) not yet sent a cancellation
    /// message, by event: what a cancelled or postponed event still owes.
    private var cancellationNotSentByEvent: [String: Int] = [:]
    /// Undo and redo of triage decisions and notes.
    public internal(set) var triageHistory = TriageHistory()
    /// Forms begun and not submitted, by event id.
    public internal(set) var drafts: [String: RegistrationDraft] = [:]
    /// True while the open form has changes not yet saved as a draft.
    public internal(set) var draftIsDirty = false
    /// When a draft was last written (the clock's seconds), so that typing writes one a second.
    var lastDraftSave = Int.min / 2
    /// The existing registration a refused duplicate points at.
    public internal(set) var duplicateID: String?
    /// True when the registrations file could not be read: nothing is written to it (the
    /// title bar says so, and every decision or submission is refused with the reason).
    public var storeIsReadOnly = false
    /// Why the store is read-only, as last said: the same reason is not said again each second.
    var storeProblem: String?
    /// The keys in force (the defaults, or as the configuration rebinds them).
    public var keys: KeyTable = .standard
    /// The current moment (the loop's clock; tests fix it).
    public var now: @Sendable () -> Moment
    /// Who messages come from (`[mail]` of config.toml); nil: none can be written.
    public var mailSender: MessageSender?
    /// `[mail] on-decision`: what a triage decision does with its message.
    public var mailOnDecision = MailSettings.OnDecision.ask
    /// The user's own templates, by `MessageKind.templateName`.
    public var messageTemplates: [String: MessageTemplate] = [:]
    /// The messages waiting in the outbox, for the title bar.
    public var queuedMessageCount = 0
    /// How many inscriptions of each event were erased at the person's request (erasures.json).
    public var erasedCounts: [String: Int] = [:]
    /// The coordinator's zone, for an event in another offset to be told in local time too (the
    /// program gives the machine's; nil in tests, which then do not depend on it).
    public var localZone: LocalZone?
    /// Makes the id of a new registration (a UUID in the program; fixed in tests).
    public var makeID: @Sendable () -> String

    public init(catalogue: Catalogue, moment: Moment, strings: Strings, theme: Theme = .color, width: Int, height: Int,
                registrations: [Registration] = [], drafts: [String: RegistrationDraft] = [:],
                now: (@Sendable () -> Moment)? = nil, makeID: @escaping @Sendable () -> String = { UUIDText.random() }) {
        self.registrations = registrations
        self.drafts = drafts
        self.now = now ?? { moment }
        self.makeID = makeID
        self.catalogue = catalogue
        self.moment = moment
        self.strings = strings
        self.theme = theme
        self.width = width
        self.height = height
        self.filter = EventFilter(timeframe: .upcoming)
        indexRegistrations()
        refreshEvents(keeping: nil)
        selectToday()
    }

    private mutating func indexRegistrations() {
        var index: [String: Int] = [:]
        var counts: [String: RegistrationCounts] = [:]
        var connectionNotSent: [String: Int] = [:]
        var cancellationNotSent: [String: Int] = [:]
        index.reserveCapacity(registrations.count)
        for (position, registration) in registrations.enumerated() {
            if index[registration.id] == nil { index[registration.id] = position }
            counts[registration.eventId, default: RegistrationCounts()].add(registration.status)
            if registration.status == .approved, !registration.history.contains(where: { $0.message?.kind == .connection }) {
                connectionNotSent[registration.eventId, default: 0] += 1
            }
            if MessageComposer.fits(.cancellation, registration.status),
               !registration.history.contains(where: { $0.message?.kind == .cancellation }) {
                cancellationNotSent[registration.eventId, default: 0] += 1
            }
        }
        registrationIndex = index
        countsByEvent = counts
        connectionNotSentByEvent = connectionNotSent
        cancellationNotSentByEvent = cancellationNotSent
    }

    public var layout: ScreenLayout { ScreenLayout(width: width, height: height, focus: focus, agendaNeeds: agendaNeeds) }

    /// The width the agenda's rows on screen take whole, for the split with the detail.
    var agendaNeeds: Int {
        let height = ScreenLayout.contentHeight(ScreenLayout(width: width, height: height, focus: .agenda).agenda)
        return AgendaPaneView.Columns.needed(for: self, rows: agendaTop..<min(rows.count, agendaTop + height))
    }

    public var selectedEvent: Event? { selectedIndex.map { events[$0] } }

    public func availability(of event: Event) -> RegistrationAvailability {
        event.registrationAvailability(at: moment, approved: counts(of: event).approved)
    }

    public func counts(of event: Event) -> RegistrationCounts {
        countsByEvent[event.id] ?? RegistrationCounts()
    }

    public func row(ofEvent index: Int) -> Int { rowOfEvent[index] }

    /// For an online or hybrid event with connection details, today or tomorrow: how many of
    /// its approved participants have not been sent them (nil for any other event).
    public func missingConnectionDetails(of event: Event) -> Int? {
        guard let connection = event.connection, !connection.trimmedWhitespace.isEmpty,
              event.location?.mode == .online || event.location?.mode == .hybrid,
              (0...1).contains(event.firstDay.daysSinceEpoch - moment.today.daysSinceEpoch) else { return nil }
        return connectionNotSentByEvent[event.id]
    }

    /// For a cancelled or postponed event not yet over: how many of its inscriptions still
    /// standing have not been sent the cancellation message (nil for any other event).
    public func missingCancellationMessages(of event: Event) -> Int? {
        guard event.status == .cancelled || event.status == .postponed,
              event.lastDay.daysSinceEpoch >= moment.today.daysSinceEpoch else { return nil }
        return cancellationNotSentByEvent[event.id]
    }

    /// Rows the agenda pane shows at once.
    var agendaPageSize: Int {
        let layout = ScreenLayout(width: width, height: height, focus: .agenda)
        return max(1, ScreenLayout.contentHeight(layout.agenda))
    }

    var detailPageSize: Int {
        let layout = ScreenLayout(width: width, height: height, focus: .detail, agendaNeeds: agendaNeeds)
        return max(1, ScreenLayout.contentHeight(layout.detail))
    }

    // MARK: - Changing what is shown

    mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        scrollAgendaToSelection()
        clampDetailScroll()
    }

    /// Applies a new filter, keeping the selected event when it is still shown, else the one
    /// nearest in time.
    mutating func setFilter(_ newFilter: EventFilter) {
        guard newFilter != filter else { return }
        let previous = selectedEvent
        // A search that only grows (a character typed) narrows what is shown already.
        var sameOtherwise = filter
        sameOtherwise.search = newFilter.search
        let narrows = sameOtherwise == newFilter
            && SearchFolding.fold(newFilter.search).hasPrefix(SearchFolding.fold(filter.search))
        filter = newFilter
        refreshEvents(keeping: previous, within: narrows ? events.positions : nil)
    }

    private mutating func refreshEvents(keeping previous: Event?, within candidates: [Int]? = nil) {
        let positions = catalogue.positions(matching: filter, today: moment.today, within: candidates)
        events = VisibleEvents(catalogue.events, positions: positions)
        (rows, rowOfEvent) = AgendaRow.rows(for: events)
        guard let previous, !events.isEmpty, let previousPosition = catalogue.position(ofID: previous.id) else {
            return select(events.isEmpty ? nil : 0)
        }
        // Positions are in catalogue (chronological) order, reversed for the past: the old
        // selection, or else the first event that comes after it in the list's own order.
        let descending = filter.timeframe == .past
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if descending ? positions[middle] > previousPosition : positions[middle] < previousPosition {
                low = middle + 1
            } else {
                high = middle
            }
        }
        if low < positions.count, positions[low] == previousPosition {
            select(low, resetDetail: false)
        } else {
            select(min(low, events.count - 1))
        }
    }

    // MARK: - Selection and scrolling

    mutating func select(_ index: Int?, resetDetail: Bool = true) {
        let changed = index != selectedIndex
        selectedIndex = index.map { min(max(0, $0), events.count - 1) }
        if events.isEmpty { selectedIndex = nil }
        if changed && resetDetail { detailTop = 0 }
        scrollAgendaToSelection()
    }

    /// Another catalogue shown (an event saved, the file changed): the selection stays on the
    /// event with `id` if there is one, else on the event selected before.
    mutating func adoptCatalogue(_ catalogue: Catalogue, selecting id: String?) {
        let previous = id.flatMap { id in catalogue.position(ofID: id).map { catalogue.events[$0] } } ?? selectedEvent
        self.catalogue = catalogue
        refreshEvents(keeping: previous)
        clampDetailScroll()
    }

    /// A new day: the agenda's "upcoming" and its today move with it, the selection stays.
    mutating func changeDay(to moment: Moment) {
        self.moment = moment
        refreshEvents(keeping: selectedEvent)
    }

    /// Selects the first event not over today (in the past view: the most recent one).
    mutating func selectToday() {
        guard !events.isEmpty else { return select(nil) }
        if filter.timeframe == .past { return select(0) }
        select(events.firstIndex { $0.isUpcoming(today: moment.today) } ?? events.count - 1)
    }

    /// Keeps the selected row in view, with its month heading when that fits.
    mutating func scrollAgendaToSelection() {
        let page = agendaPageSize
        guard let selectedIndex else {
            agendaTop = 0
            return
        }
        let row = rowOfEvent[selectedIndex]
        let wanted = row > 0 && rows[row - 1] != .event(selectedIndex - 1) ? row - 1 : row
        if wanted < agendaTop { agendaTop = wanted }
        if row >= agendaTop + page { agendaTop = row - page + 1 }
        agendaTop = max(0, min(agendaTop, max(0, rows.count - page)))
    }

    mutating func scrollDetail(by delta: Int) {
        detailTop += delta
        clampDetailScroll()
    }

    mutating func clampDetailScroll() {
        let lines = detailLines(width: detailWidth).count
        detailTop = max(0, min(detailTop, max(0, lines - detailPageSize)))
    }

    var detailWidth: Int {
        let layout = ScreenLayout(width: width, height: height, focus: .detail, agendaNeeds: agendaNeeds)
        return max(1, (layout.detail?.width ?? 1) - 2)
    }

    /// The selected event's detail laid out to `width`.
    public func detailLines(width: Int) -> [StyledLine] {
        guard let event = selectedEvent else { return [] }
        let draft = drafts[event.id].map { draft -> Phrase in
            let saved = DateParsing.dateTime(draft.savedAt).map(strings.moment) ?? ""
            return .draftWaiting(savedAt: saved, resume: keyName(.register, .agenda))
        }
        let blocks = EventDetailDocument.blocks(for: event, strings: strings, availability: availability(of: event),
                                                counts: counts(of: event), draft: draft, localZone: localZone,
                                                erased: erasedCounts[event.id] ?? 0, connectionNotSent: missingConnectionDetails(of: event),
                                                cancellationNotSent: missingCancellationMessages(of: event).map {
                                                    .cancellationNotSent($0, event: event.id, compose: keyName(.composeMessage, .triage))
                                                })
        return DetailLayout.lines(blocks, width: width)
    }
}
