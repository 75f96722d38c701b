import AgendaModel
import AgendaWords

/// What `--kind` accepts: the catalogue's names (`webinar`), and the names the interface shows
/// in either language (`webinaire`, `journée pays`), accents and case ignored. Anything else is
/// refused with the nearest name, never taken as a filter that shows nothing.
enum KindNames {
    /// The catalogue's name of the kind `text` names, or nil.
    static func resolve(_ text: String) -> String? {
        let wanted = SearchFolding.fold(text)
        for kind in EventKind.known {
            let names = [kind.rawValue] + Language.allCases.map { Strings($0).kind(kind) }
            if names.contains(where: { SearchFolding.fold($0) == wanted }) { return kind.rawValue }
        }
        return nil
    }

    /// The known name nearest to `text` (at most two edits away), to suggest.
    static func nearest(to text: String) -> String? {
        let wanted = Array(SearchFolding.fold(text))
        let candidates = EventKind.known.map { ($0.rawValue, distance(wanted, Array(SearchFolding.fold($0.rawValue)))) }
        guard let best = candidates.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// Levenshtein's distance between two texts.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
