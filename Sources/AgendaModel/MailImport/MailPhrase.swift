/// The words of a header or a line as mail is compared: folded (no case, no accents) and cut
/// at every separator, so that "Réponse automatique :", "REPONSE AUTOMATIQUE" and
/// "Réponse\u{00A0}automatique" are the same words.
enum MailPhrase {
    static func words(_ text: String) -> [String] {
        SearchFolding.fold(text).split(separator: " ").map(String.init)
    }

    /// Whether the folded words of `text`, joined, contain one of `keys` (words joined, folded).
    static func mentions(_ text: String, anyOf keys: [String]) -> Bool {
        let joined = words(text).joined()
        return keys.contains { joined.contains($0) }
    }
}
