@testable import AgendaModel
import CatalogueGenerator
import Testing

/// The catalogue's indexes give what walking every event gives.
@Suite struct CatalogueIndexTests {
    static let catalogue = CatalogueDecoder.read(CatalogueGenerator(eventCount: 1_500, seed: 7).bytes()).catalogue!
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    /// The rules of `EventFilter`, event by event, as they read before the indexes.
    static func walk(_ filter: EventFilter) -> [String] {
        let words = SearchFolding.queryWords(filter.search)
        let themes = Set(filter.themes.map(SearchFolding.fold))
        let groups = Set(filter.countryGroups.map(SearchFolding.fold))
        let selected = catalogue.events.filter { event in
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
        return (filter.timeframe == .past ? selected.reversed() : selected).map(\.id)
    }

    static let filters: [EventFilter] = {
        var filters: [EventFilter] = []
        for timeframe in [EventFilter.Timeframe.upcoming, .past, .all] {
            filters.append(EventFilter(timeframe: timeframe))
            filters.append(EventFilter(timeframe: timeframe, kinds: ["webinar", "training"]))
            filters.append(EventFilter(timeframe: timeframe, themes: ["sante", "CLIMAT"]))
            filters.append(EventFilter(timeframe: timeframe, countryGroups: ["Arménie", "japon"]))
            filters.append(EventFilter(timeframe: timeframe, statuses: [.cancelled, .postponed]))
            filters.append(EventFilter(timeframe: timeframe, from: CalendarDate(year: 2026, month: 1, day: 1),
                                       to: CalendarDate(year: 2027, month: 3, day: 31)))
            filters.append(EventFilter(timeframe: timeframe, search: "atelier"))
            filters.append(EventFilter(timeframe: timeframe, search: "Égalité femmes"))
            filters.append(EventFilter(timeframe: timeframe, search: "saint etienne gumri"))
            filters.append(EventFilter(timeframe: timeframe, kinds: ["workshop"], themes: ["Santé"], search: "lyon"))
            filters.append(EventFilter(timeframe: timeframe, search: "zzz-nothing"))
        }
        return filters
    }()

    @Test(arguments: filters)
    func theIndexesAgreeWithWalkingTheEvents(filter: EventFilter) {
        let indexed = Self.catalogue.events(matching: filter, today: Self.today).map(\.id)
        #expect(indexed == Self.walk(filter))
    }

    @Test func aGrowingSearchNarrowsWhatIsShownToTheSameResult() {
        var previous: [Int]?
        var search = ""
        for character in "Atelier Santé — Lyon" {
            search.append(character)
            let filter = EventFilter(timeframe: .upcoming, search: search)
            let fresh = Self.catalogue.positions(matching: filter, today: Self.today)
            let narrowed = Self.catalogue.positions(matching: filter, today: Self.today, within: previous)
            #expect(narrowed == fresh, "after typing \(search)")
            previous = narrowed
        }
    }

    @Test func theFilterMenuValuesAreEachValueOnceSortedByFoldedForm() {
        let themes = Self.catalogue.allThemes
        #expect(themes.count == Set(themes.map(SearchFolding.fold)).count)
        #expect(themes.map(SearchFolding.fold) == themes.map(SearchFolding.fold).sorted())
        #expect(Set(themes) == Set(Self.catalogue.events.flatMap(\.themes)))
        #expect(Set(Self.catalogue.allKinds) == Set(Self.catalogue.events.map(\.kind.rawValue)))
        #expect(Set(Self.catalogue.allCountryGroups) == Set(Self.catalogue.events.flatMap(\.countryGroups)))
    }

    @Test func everyEventIsFoundByItsID() {
        for (position, event) in Self.catalogue.events.enumerated() {
            #expect(Self.catalogue.position(ofID: event.id) == position)
        }
    }
}

/// The table-driven folding of Latin text is Foundation's folding, scalar for scalar.
@Suite struct LatinFoldingTests {
    static let scalars = (Array(0x80...0x24F) + Array(0x2000...0x206F)).compactMap(Unicode.Scalar.init)

    @Test func eachScalarFoldsAsFoundationFoldsIt() {
        for scalar in Self.scalars {
            for text in [String(scalar), "a\(scalar)b", "É\(scalar)\(scalar)z 9", "\(scalar)-\(scalar)"] {
                #expect(SearchFolding.fold(text) == SearchFolding.foldAnyScript(text), "U+\(String(scalar.value, radix: 16)) in \(text)")
            }
        }
    }

    @Test func mixedTextFoldsAsFoundationFoldsIt() {
        var random = UInt64(42)
        func next() -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int(random >> 33)
        }
        let pool = Self.scalars.map(String.init) + ["a", "Z", " ", "-", "’", "«", "9", "é", "Œ", "ß", "日", "Ա", "\u{301}"]
        for _ in 0..<2_000 {
            let text = (0..<(1 + next() % 12)).map { _ in pool[next() % pool.count] }.joined()
            #expect(SearchFolding.fold(text) == SearchFolding.foldAnyScript(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func partsFoldedOneAfterAnotherAreTheFoldOfTheJoinedText() {
        let parts = ["Journée pays", "  Arménie ", "«Erevan»", "", "日本", "Hô Chi Minh-Ville", "-", "œuvre"]
        var output: [UInt8] = []
        var pending = false
        for part in parts {
            SearchFolding.appendFolded(part, to: &output, pendingSpace: &pending)
            pending = true
        }
        #expect(String(decoding: output, as: UTF8.self) == SearchFolding.fold(parts.joined(separator: " \u{1F} ")))
    }
}
