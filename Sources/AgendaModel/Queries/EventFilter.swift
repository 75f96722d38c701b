/// Which events to show: the criteria the agenda's filter menu and `agenda list` share.
public struct EventFilter: Sendable, Equatable {
    public enum Timeframe: Sendable, Equatable {
        /// Events not over by today.
        case upcoming
        /// Events over before today.
        case past
        case all
    }

    public var timeframe: Timeframe
    /// Empty: any kind. Matched on the catalogue's spelling.
    public var kinds: Set<String>
    /// Empty: any. An event matches when it has one of these (compared folded).
    public var themes: Set<String>
    public var countryGroups: Set<String>
    public var statuses: Set<EventStatus>
    /// Inclusive bounds on the days an event covers: an event matches when it overlaps them.
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Free text; every word must appear (case, accents and punctuation ignored).
    public var search: String

    public init(timeframe: Timeframe = .upcoming, kinds: Set<String> = [], themes: Set<String> = [],
                countryGroups: Set<String> = [], statuses: Set<EventStatus> = [], from: CalendarDate? = nil,
                to: CalendarDate? = nil, search: String = "") {
        self.timeframe = timeframe
        self.kinds = kinds
        self.themes = themes
        self.countryGroups = countryGroups
        self.statuses = statuses
        self.from = from
        self.to = to
        self.search = search
    }

    public var isEmpty: Bool {
        kinds.isEmpty && themes.isEmpty && countryGroups.isEmpty && statuses.isEmpty && from == nil && to == nil
            && search.allSatisfy(\.isWhitespace)
    }
}

extension Catalogue {
    /// The events that pass `filter` on `today`, chronological; past events most recent first
    /// when only the past is asked for (what one looks for first in an archive).
    public func events(matching filter: EventFilter, today: CalendarDate) -> [Event] {
        let words = SearchFolding.queryWords(filter.search)
        let themes = Set(filter.themes.map(SearchFolding.fold))
        let groups = Set(filter.countryGroups.map(SearchFolding.fold))
        let selected = events.filter { event in
            switch filter.timeframe {
            case .upcoming: if !event.isUpcoming(today: today) { return false }
            case .past: if event.isUpcoming(today: today) { return false }
            case .all: break
            }
            if !filter.kinds.isEmpty, !filter.kinds.contains(event.kind.rawValue) { return false }
            if !filter.statuses.isEmpty, !filter.statuses.contains(event.status) { return false }
            if let from = filter.from, event.lastDay < from { return false }
            if let to = filter.to, event.firstDay > to { return false }
            if !themes.isEmpty, !event.themes.contains(where: { themes.contains(SearchFolding.fold($0)) }) { return false }
            if !groups.isEmpty, !event.countryGroups.contains(where: { groups.contains(SearchFolding.fold($0)) }) { return false }
            return event.matches(queryWords: words)
        }
        return filter.timeframe == .past ? selected.reversed() : selected
    }

    /// Every theme used, each once, sorted as a French reader expects (accents ignored).
    public var allThemes: [String] { distinctValues(\.themes) }

    public var allCountryGroups: [String] { distinctValues(\.countryGroups) }

    public var allKinds: [String] { distinctValues { [$0.kind.rawValue] } }

    private func distinctValues(_ values: (Event) -> [String]) -> [String] {
        var byFolded: [String: String] = [:]
        for event in events {
            for value in values(event) where byFolded[SearchFolding.fold(value)] == nil {
                byFolded[SearchFolding.fold(value)] = value
            }
        }
        return byFolded.sorted { $0.key < $1.key }.map(\.value)
    }
}
