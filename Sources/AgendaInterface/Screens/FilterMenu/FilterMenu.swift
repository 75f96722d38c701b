import AgendaModel
import AgendaWords

/// The items of the `f` menu: every kind, theme, country group and status the catalogue uses.
public struct FilterMenu: Sendable, Equatable {
    public enum Section: Hashable, Sendable {
        case kind, theme, countryGroup, status
    }

    public struct Item: Sendable, Equatable {
        public let section: Section
        /// The value as the filter holds it (a kind's catalogue spelling, a theme as written).
        public let value: String
        public let label: String
    }

    public let items: [Item]

    public init(catalogue: Catalogue, strings: Strings) {
        var items: [Item] = []
        for kind in catalogue.allKinds {
            items.append(Item(section: .kind, value: kind, label: strings.kind(EventKind(rawValue: kind))))
        }
        for theme in catalogue.allThemes { items.append(Item(section: .theme, value: theme, label: theme)) }
        for group in catalogue.allCountryGroups { items.append(Item(section: .countryGroup, value: group, label: group)) }
        for status in EventStatus.allCases {
            items.append(Item(section: .status, value: status.rawValue, label: strings.status(status)))
        }
        self.items = items
    }

    public static func isSelected(_ item: Item, in filter: EventFilter) -> Bool {
        switch item.section {
        case .kind: return filter.kinds.contains(item.value)
        case .theme: return filter.themes.contains(item.value)
        case .countryGroup: return filter.countryGroups.contains(item.value)
        case .status: return EventStatus(rawValue: item.value).map(filter.statuses.contains) ?? false
        }
    }

    public static func toggle(_ item: Item, in filter: inout EventFilter) {
        func flip(_ set: inout Set<String>) {
            if set.contains(item.value) { set.remove(item.value) } else { set.insert(item.value) }
        }
        switch item.section {
        case .kind: flip(&filter.kinds)
        case .theme: flip(&filter.themes)
        case .countryGroup: flip(&filter.countryGroups)
        case .status:
            guard let status = EventStatus(rawValue: item.value) else { return }
            if filter.statuses.contains(status) { filter.statuses.remove(status) } else { filter.statuses.insert(status) }
        }
    }
}
