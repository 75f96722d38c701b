/// A readable id for a new event: its first day and the words of its title, as the sample's
/// ids are written (`2027-01-14-cafe-de-la-cooperation`), made unique in the catalogue.
public enum EventIdentifier {
    /// The catalogue allows 64 characters: the date, a dash, and the words that fit.
    static let slugLength = 64 - 11 - 3

    public static func make(title: String, date: CalendarDate, taken: (String) -> Bool) -> String {
        var slug = ""
        for word in SearchFolding.fold(title).split(whereSeparator: { !isSlugCharacter($0) }) {
            let ascii = word.filter(isSlugCharacter)
            guard !ascii.isEmpty else { continue }
            if slug.count + ascii.count + 1 > slugLength { break }
            slug += (slug.isEmpty ? "" : "-") + ascii
        }
        let base = date.description + (slug.isEmpty ? "" : "-" + slug)
        if !taken(base) { return base }
        var number = 2
        while taken(base + "-\(number)") { number += 1 }
        return base + "-\(number)"
    }

    private static func isSlugCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
