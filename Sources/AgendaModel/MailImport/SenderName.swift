/// A participant's given and family name from the `From` of their message: the display name
/// as mail clients write it ("Marie Dupont", "DUPONT Marie" as French administrations do,
/// "Dupont, Marie", "田中 太郎"), else the address's local part (`marie.dupont`).
public struct SenderName: Sendable, Equatable {
    public var firstName: String
    public var lastName: String

    public init(firstName: String, lastName: String) {
        self.firstName = firstName
        self.lastName = lastName
    }

    public init(displayName: String, address: String) {
        var name = displayName.trimmedWhitespace.stripping(around: "\"' ")
        // A display name that is the address again says nothing more.
        if MailPhrase.has(name, UInt8(ascii: "@")) { name = "" }
        if name.isEmpty {
            self = Self.fromLocalPart(address)
            return
        }
        if let comma = name.firstIndex(of: ","), !name[name.index(after: comma)...].trimmedWhitespace.isEmpty {
            self.init(firstName: String(name[name.index(after: comma)...]).trimmedWhitespace,
                      lastName: Self.capitalisedIfShouted(String(name[..<comma]).trimmedWhitespace))
            return
        }
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else {
            self.init(firstName: Self.capitalisedIfShouted(words.first ?? ""), lastName: "")
            return
        }
        // Chinese, Japanese, Korean: the family name is written first.
        if words.allSatisfy(Participant.writtenFamilyFirst) {
            self.init(firstName: words.dropFirst().joined(separator: " "), lastName: words[0])
            return
        }
        // "DUPONT Marie", "LE GOFF Gaëlle": the words in capitals are the family name.
        let shouted = words.prefix(while: Self.isShouted)
        if !shouted.isEmpty, shouted.count < words.count {
            self.init(firstName: words.dropFirst(shouted.count).joined(separator: " "),
                      lastName: Self.capitalised(shouted.joined(separator: " ")))
            return
        }
        // "Marie DUPONT", "Jean-Baptiste Le Goff": the last word, or the trailing capitals.
        let trailing = words.reversed().prefix(while: Self.isShouted)
        if !trailing.isEmpty, trailing.count < words.count {
            self.init(firstName: words.dropLast(trailing.count).joined(separator: " "),
                      lastName: Self.capitalised(trailing.reversed().joined(separator: " ")))
            return
        }
        let particles: Set<String> = ["de", "du", "des", "le", "la", "van", "von", "di", "da", "del", "d'"]
        var split = words.count - 1
        while split > 1, particles.contains(words[split - 1].lowercased()) { split -= 1 }
        self.init(firstName: words[..<split].joined(separator: " "), lastName: words[split...].joined(separator: " "))
    }

    /// `marie.dupont`, `marie_dupont`, `marie-claire.dupont`: given name, then family name.
    static func fromLocalPart(_ address: String) -> SenderName {
        let local = address.split(separator: "@").first.map(String.init) ?? address
        let pieces = local.split { $0 == "." || $0 == "_" }.map { capitalised(String($0)) }
        guard pieces.count > 1 else { return SenderName(firstName: pieces.first ?? "", lastName: "") }
        return SenderName(firstName: pieces.dropLast().joined(separator: " "), lastName: pieces.last!)
    }

    /// All in capitals, with at least two letters ("DUPONT", "LE", "D'ALEMBERT"); "J." is not.
    static func isShouted(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
    }

    private static func capitalisedIfShouted(_ text: String) -> String {
        text.split(separator: " ").allSatisfy { isShouted(String($0)) } ? capitalised(text) : text
    }

    /// "DUPONT-MOREAU" → "Dupont-Moreau", "LE GOFF" → "Le Goff", "D'ALEMBERT" → "D'Alembert".
    static func capitalised(_ text: String) -> String {
        var output = ""
        var startOfWord = true
        for character in text {
            output += startOfWord ? character.uppercased() : character.lowercased()
            startOfWord = !character.isLetter
        }
        return output
    }
}
