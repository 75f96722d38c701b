/// The collectivité a participant writes from, when their signature names one: the first line
/// that starts as French local governments and their groupings name themselves ("Ville de
/// Lyon", "Mairie d'Arles", "Conseil départemental du Gard", "Région Bretagne", "Métropole
/// de Lyon", "Communauté de communes…"), kept as written.
enum OrganisationGuess {
    static let prefixes = [
        "ville de ", "ville d'", "ville d’", "mairie de ", "mairie d'", "mairie d’", "commune de ", "commune d'",
        "conseil départemental", "conseil general", "conseil général", "conseil régional", "département ",
        "région ", "region ", "métropole", "metropole", "eurométropole", "communauté de communes",
        "communauté d'agglomération", "communauté d’agglomération", "communauté urbaine", "communauté ",
        "agglomération ", "syndicat ", "collectivité ", "city of ", "municipality of ",
    ]

    static func organisation(in lines: [String]) -> String? {
        for line in lines {
            // "Chargée de mission – Ville de Lyon": the part that names the collectivité.
            for piece in line.split(whereSeparator: { "|–—,".contains($0) }).map({ $0.trimmedWhitespace }) + [line.trimmedWhitespace] {
                let lower = piece.lowercased()
                if prefixes.contains(where: lower.hasPrefix), piece.count <= 120 { return piece }
            }
        }
        return nil
    }
}
