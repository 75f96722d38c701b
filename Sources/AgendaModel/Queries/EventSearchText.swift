extension Event {
    /// Every field a search looks through, folded: title, summary, places, organisers, themes,
    /// country groups, kind, audience and the id.
    public var foldedSearchText: String {
        var folded: [UInt8] = []
        appendFoldedSearchText(to: &folded)
        return String(decoding: folded, as: UTF8.self)
    }

    /// The folded search text, appended to `output` (what the catalogue's search index holds).
    func appendFoldedSearchText(to output: inout [UInt8]) {
        // Its own buffer: the text starts afresh, with no space carried from the one before.
        var own: [UInt8] = []
        own.reserveCapacity(256)
        var pendingSpace = false
        for part in searchParts {
            SearchFolding.appendFolded(part, to: &own, pendingSpace: &pendingSpace)
            pendingSpace = true
        }
        output.append(contentsOf: own)
    }

    /// Every field a search looks through.
    private var searchParts: [String] {
        var parts: [String] = [id, title, kind.rawValue]
        if let summary { parts.append(summary) }
        if let audience { parts.append(audience) }
        if let location {
            parts.append(contentsOf: [location.venue, location.address, location.city, location.country].compactMap { $0 })
        }
        parts.append(contentsOf: organisers)
        parts.append(contentsOf: themes)
        parts.append(contentsOf: countryGroups)
        return parts
    }

    /// True when every word of the folded query appears in the event's folded text.
    public func matches(queryWords: [String]) -> Bool {
        guard !queryWords.isEmpty else { return true }
        let haystack = foldedSearchText
        return queryWords.allSatisfy { haystack.contains($0) }
    }
}
