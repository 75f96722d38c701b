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
        positions(matching: filter, today: today).map { events[$0] }
    }

    /// The positions in `events` of the events that pass `filter`, in the order `events(matching:)`
    /// gives them. `within`: a result for a broader filter with the same timeframe (the same
    /// search less its last characters, say): only those are looked at, in their order.
    public func positions(matching filter: EventFilter, today: CalendarDate, within previous: [Int]? = nil) -> [Int] {
        let index = self.index
        let todayDay = Int32(truncatingIfNeeded: today.daysSinceEpoch)
        let fromDay = filter.from.map { Int32(truncatingIfNeeded: $0.daysSinceEpoch) }
        let toDay = filter.to.map { Int32(truncatingIfNeeded: $0.daysSinceEpoch) }
        let usesFacets = !filter.kinds.isEmpty || !filter.statuses.isEmpty || !filter.themes.isEmpty || !filter.countryGroups.isEmpty
        let facets = usesFacets ? index.facetsBuilt() : nil
        let kindCodes = facets.map { facets in Set(facets.kinds.indices.filter { filter.kinds.contains(facets.kinds[$0]) }.map { Int32($0) }) } ?? []
        let statusCodes = Set(EventStatus.allCases.indices.filter { filter.statuses.contains(EventStatus.allCases[$0]) }.map { UInt8($0) })
        let themeCodes = facets.map { CatalogueIndex.Facets.codes(of: Set(filter.themes.map(SearchFolding.fold)), in: $0.foldedThemes) } ?? []
        let groupCodes = facets.map {
            CatalogueIndex.Facets.codes(of: Set(filter.countryGroups.map(SearchFolding.fold)), in: $0.foldedCountryGroups)
        } ?? []
        let words = SearchFolding.queryWords(filter.search).map { Array($0.utf8) }
        let searchText = words.isEmpty ? nil : index.searchTextBuilt()

        func passes(_ position: Int) -> Bool {
            switch filter.timeframe {
            case .upcoming: if index.lastDays[position] < todayDay { return false }
            case .past: if index.lastDays[position] >= todayDay { return false }
            case .all: break
            }
            if let fromDay, index.lastDays[position] < fromDay { return false }
            if let toDay, index.firstDays[position] > toDay { return false }
            if let facets {
                if !filter.kinds.isEmpty, !kindCodes.contains(facets.kindOfEvent[position]) { return false }
                if !filter.statuses.isEmpty, !statusCodes.contains(facets.statusOfEvent[position]) { return false }
                if !filter.themes.isEmpty,
                   !facets.has(position, anyOf: themeCodes, in: facets.themeCodes, starts: facets.themeStarts) { return false }
                if !filter.countryGroups.isEmpty,
                   !facets.has(position, anyOf: groupCodes, in: facets.groupCodes, starts: facets.groupStarts) { return false }
            }
            if let searchText, !searchText.matches(position, words: words) { return false }
            return true
        }

        if let previous { return previous.filter(passes) }
        let selected = events.indices.filter(passes)
        return filter.timeframe == .past ? selected.reversed() : selected
    }

    /// Every theme used, each once, sorted as a French reader expects (accents ignored).
    public var allThemes: [String] {
        let facets = index.facetsBuilt()
        return Self.distinct(facets.themes, folded: facets.foldedThemes)
    }

    public var allCountryGroups: [String] {
        let facets = index.facetsBuilt()
        return Self.distinct(facets.countryGroups, folded: facets.foldedCountryGroups)
    }

    public var allKinds: [String] {
        let kinds = index.facetsBuilt().kinds
        return Self.distinct(kinds, folded: kinds.map(SearchFolding.fold))
    }

    /// One value for each folded form (the first met), sorted by folded form.
    private static func distinct(_ values: [String], folded: [String]) -> [String] {
        var byFolded: [String: String] = [:]
        for (value, key) in zip(values, folded) where byFolded[key] == nil {
            byFolded[key] = value
        }
        return byFolded.sorted { $0.key < $1.key }.map(\.value)
    }
}
