/// Folded text kept as bytes, searched word by word without building strings: what the
/// catalogue's index and the triage list both search.
public enum FoldedText {
    /// The fold of `parts`, each kept apart from the next (no word runs across two).
    public static func bytes(_ parts: [String]) -> [UInt8] {
        var output: [UInt8] = []
        for part in parts {
            var pendingSpace = false
            SearchFolding.appendFolded(part, to: &output, pendingSpace: &pendingSpace)
            output.append(0x1F)
        }
        return output
    }

    /// The words of a query, folded, as bytes.
    public static func words(_ query: String) -> [[UInt8]] {
        SearchFolding.queryWords(query).map { Array($0.utf8) }
    }

    /// True when every word appears in `text`.
    public static func contains(_ text: [UInt8], every words: [[UInt8]]) -> Bool {
        text.withUnsafeBufferPointer { haystack in
            words.allSatisfy { word in word.withUnsafeBufferPointer { CatalogueIndex.SearchText.contains(haystack, $0) } }
        }
    }
}
