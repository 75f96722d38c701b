/// The collectivité a participant writes from, when their signature names one: the first line
/// that starts as French local governments and their groupings name themselves ("Ville de
/// Lyon", "Mairie d'Arles", "Conseil départemental du Gard", "Région Bretagne", "Métropole
/// de Lyon", "Communauté de communes…"), kept as written.
enum OrganisationGuess {
    /// The first words, folded (`MailPhrase.words`), that name a collectivité.
    static let openings: [[String]] = [
        ["ville", "de"], ["ville", "d"], ["mairie", "de"], ["mairie", "d"], ["commune", "de"], ["commune", "d"],
        ["conseil", "departemental"], ["conseil", "general"], ["conseil", "regional"], ["departement"], ["region"],
        ["metropole"], ["eurometropole"], ["communaute"], ["agglomeration"], ["syndicat"], ["collectivite"],
        ["city", "of"], ["municipality", "of"],
    ]

    static func organisation(in lines: [String]) -> String? {
        let firstWords = Set(openings.map { $0[0] })
        for line in lines {
            // One fold for the line: most lines of a signature name no collectivité at all.
            guard MailPhrase.words(line).contains(where: firstWords.contains) else { continue }
            // "Chargée de mission – Ville de Lyon": the part that names the collectivité.
            for piece in [line.trimmedWhitespace] + line.split(whereSeparator: { "|–—,".contains($0) }).map({ $0.trimmedWhitespace }) {
                let words = MailPhrase.words(piece)
                if piece.count <= 120, openings.contains(where: { words.starts(with: $0) }) { return piece }
            }
        }
        return nil
    }
}
