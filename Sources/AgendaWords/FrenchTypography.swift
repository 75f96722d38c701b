import Foundation

/// The French rules of the printed page, applied to every sentence of the French table rather
/// than typed into each: a narrow no-break space before `?`, `!`, `;` and `:`, a no-break space
/// inside guillemets, so that a lone "?" or "»" never wraps to a line of its own (the wrapper
/// breaks at ordinary spaces only) and the table's sources stay readable.
enum FrenchTypography {
    static let narrowNoBreakSpace: Character = "\u{202F}"
    static let noBreakSpace: Character = "\u{00A0}"

    static func typeset(_ text: String) -> String {
        guard text.contains(where: { "?!;:«»".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            if character == " ", let next, index > 0, Self.endsWord(characters[index - 1]) {
                if "?!;".contains(next) || (next == ":" && Self.endsClause(characters, after: index + 1)) {
                    result.append(narrowNoBreakSpace)
                    index += 1
                    continue
                }
                if next == "»" {
                    result.append(noBreakSpace)
                    index += 1
                    continue
                }
            }
            result.append(character)
            if character == "«", next == " " {
                result.append(noBreakSpace)
                index += 2
                continue
            }
            index += 1
        }
        return result
    }

    /// Punctuation follows a word (or a closing guillemet, a bracket, a figure, a template's
    /// placeholder); after other
    /// punctuation ("; ? lists the keys") a "?" is a key's name and keeps its plain space.
    private static func endsWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "»)]}…'’\"".contains(character)
    }

    /// " :" is punctuation when a space or the end follows; " :x" is something else (a key name
    /// such as ":wq", an IPv6 fragment) and keeps its plain space.
    private static func endsClause(_ characters: [Character], after colon: Int) -> Bool {
        colon + 1 >= characters.count || characters[colon + 1] == " " || characters[colon + 1] == "\n"
    }

    /// "de" before a name, elided before a vowel or a mute h as French writes it: "d'Hélène",
    /// "d'Yves", "de Marc".
    static func de(_ name: String) -> String {
        guard let first = name.first else { return "de " }
        let base = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return "aeiouyh".contains(base) ? "d'" + name : "de " + name
    }
}
