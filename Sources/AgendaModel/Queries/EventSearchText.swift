extension Event {
    /// Every field a search looks through, folded: title, summary, places, organisers, themes,
    /// country groups, kind, audience and the id.
    public var foldedSearchText: String {
        var parts: [String] = [id, title, kind.rawValue]
        if let summary { parts.append(summary) }
        if let audience { parts.append(audience) }
        if let location {
            parts.append(contentsOf: [location.venue, location.address, location.city, location.country].compactMap { $0 })
        }
        parts.append(contentsOf: organisers)
        parts.append(contentsOf: themes)
        parts.append(contentsOf: countryGroups)
        return SearchFolding.fold(parts.joined(separator: " \u{1F} "))
    }

    /// True when every word of the folded query appears in the event's folded text.
    public func matches(queryWords: [String]) -> Bool {
        guard !queryWords.isEmpty else { return true }
        let haystack = foldedSearchText
        return queryWords.allSatisfy { haystack.contains($0) }
    }
}
