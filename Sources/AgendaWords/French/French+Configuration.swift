extension FrenchTable {
    public func configuration(_ issue: ConfigurationIssue) -> String {
        switch issue {
        case .unclosedQuote: return "un guillemet n'est pas fermé sur cette ligne (une valeur s'écrit entre deux \")"
        case .unclosedTableHeader: return "le titre de section n'est pas fermé : écrivez-le entre crochets, comme [keys]"
        case .missingEquals(let text): return "« \(text) » n'est ni un réglage ni une section : écrivez nom = \"valeur\""
        case .missingValue(let key): return "« \(key) » n'a pas de valeur : écrivez \(key) = \"valeur\""
        case .unquotedValue(let key, let value): return "la valeur de « \(key) » doit être entre guillemets : \(key) = \"\(value)\""
        case .settingTwice(let key, let firstLine): return "« \(key) » est déjà réglé ligne \(firstLine) : gardez une seule des deux lignes"
        case .notTOML: return "cette ligne ne se lit pas : un réglage s'écrit nom = \"valeur\", une section [nom]"
        case .notAString(let key): return "« \(key) » doit être une chaîne entre guillemets"
        case .unknownSetting(let key, let known): return "réglage inconnu « \(key) » (possibles : \(known.joined(separator: ", ")))"
        case .unknownLanguage(let text): return "langue « \(text) » inconnue : fr ou en"
        case .unknownTheme(let text, let known): return "thème « \(text) » inconnu (possibles : \(known.joined(separator: ", ")))"
        case .keysNotATable: return "« keys » doit être une table [keys]"
        case .mailNotATable: return "« mail » doit être une table [mail]"
        case .unknownMailSetting(let key, let known): return "réglage inconnu « \(key) » dans [mail] (possibles : \(known.joined(separator: ", ")))"
        case .unreadableAddress(let key, let value):
            return "« \(key) » : « \(value) » n'est pas une adresse ; écrivez \(key) = \"Nom <adresse@domaine.fr>\""
        case .notABoolean(let key): return "« \(key) » vaut true ou false, sans guillemets"
        case .unknownChoice(let key, let value, let known): return "« \(key) » : « \(value) » inconnu (possibles : \(known.joined(separator: ", ")))"
        case .unknownAction(let name, let known): return "action « \(name) » inconnue dans [keys] (possibles : \(known.joined(separator: ", ")))"
        case .unreadableKeys(let name): return "touches illisibles pour « \(name) » : une touche ou une liste de touches attendue (ex. \"a\", \"Ctrl-S\", [\"j\", \"Down\"])"
        case .noKeys(let name): return "aucune touche pour « \(name) »"
        case .keyTaken(let key, let other, let name): return "« \(key) » fait déjà « \(other) » : « \(name) » garde ses touches"
        }
    }
}
