extension FrenchTable {
    public func configuration(_ issue: ConfigurationIssue) -> String {
        switch issue {
        case .invalidTOML(let reason): return "TOML invalide : " + reason
        case .notAString(let key): return "« \(key) » doit être une chaîne entre guillemets"
        case .unknownSetting(let key, let known): return "réglage inconnu « \(key) » (possibles : \(known.joined(separator: ", ")))"
        case .unknownLanguage(let text): return "langue « \(text) » inconnue : fr ou en"
        case .unknownTheme(let text, let known): return "thème « \(text) » inconnu (possibles : \(known.joined(separator: ", ")))"
        case .keysNotATable: return "« keys » doit être une table [keys]"
        case .unknownAction(let name, let known): return "action « \(name) » inconnue dans [keys] (possibles : \(known.joined(separator: ", ")))"
        case .unreadableKeys(let name): return "touche(s) illisible(s) pour « \(name) » (ex. \"a\", \"Ctrl-S\", [\"j\", \"Down\"])"
        case .noKeys(let name): return "aucune touche pour « \(name) »"
        case .keyTaken(let key, let other, let name): return "« \(key) » fait déjà « \(other) » : « \(name) » garde ses touches"
        }
    }
}
