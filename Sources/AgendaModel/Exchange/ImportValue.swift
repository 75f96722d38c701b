/// How the values of an import file are read: the words of docs/registrations.md, plus the French
/// words a coordinator types in a spreadsheet. Case, accents and spaces do not matter.
enum ImportValue {
    /// `pending`…, or `en attente`, `validée`, `liste d'attente`, `refusée`, `annulée`.
    static func status(_ text: String) -> RegistrationStatus? {
        if let status = RegistrationStatus(rawValue: text.trimmedWhitespace.lowercased()) { return status }
        switch ImportColumn.key(text) {
        case "enattente", "attente", "aconfirmer": return .pending
        case "approuve", "approuvee", "valide", "validee", "accepte", "acceptee", "confirme", "confirmee": return .approved
        case "listedattente", "surlistedattente": return .waitlisted
        case "refuse", "refusee", "decline", "declinee": return .declined
        case "annule", "annulee": return .cancelled
        default: return nil
        }
    }

    /// `fr`/`en`, or `français`, `anglais`, `english`, `french`.
    static func language(_ text: String) -> Language? {
        switch ImportColumn.key(text) {
        case "fr", "francais", "french", "fra", "fre": return .fr
        case "en", "anglais", "english", "eng": return .en
        default: return nil
        }
    }

    /// `onsite`/`online`, or `présentiel`, `sur place`, `distanciel`, `en ligne`.
    static func mode(_ text: String) -> AttendanceMode? {
        switch ImportColumn.key(text) {
        case "onsite", "presentiel", "surplace", "enpresentiel": return .onsite
        case "online", "distanciel", "enligne", "adistance", "visio": return .online
        default: return nil
        }
    }

    /// `true`/`false`, `oui`/`non`, `yes`/`no`, `1`/`0`, `x` for a ticked box.
    static func flag(_ text: String) -> Bool? {
        switch ImportColumn.key(text) {
        case "true", "oui", "yes", "vrai", "1", "x": return true
        case "false", "non", "no", "faux", "0": return false
        default: return nil
        }
    }

    /// A date-time with its offset, as written; a bare date is taken at midnight in the
    /// coordinator's offset. Nil when it is neither.
    static func timestamp(_ text: String, offset: Int) -> String? {
        let trimmed = text.trimmedWhitespace
        if DateParsing.dateTime(trimmed) != nil { return trimmed }
        if let date = DateParsing.date(trimmed) {
            return "\(date)T00:00:00" + (offset == 0 ? "+00:00" : EventTime.offsetText(offset))
        }
        return nil
    }

    /// A CSV answer (always text) as the event's question expects it when it can be read so:
    /// a yes/no, a number, or the choices of a multiple-choice question separated by `|`.
    /// Anything else stays the text written, so that nothing typed is lost.
    static func answer(_ answer: Answer, for question: RegistrationQuestion?) -> Answer? {
        guard case .text(let raw) = answer else { return answer }
        let text = raw.trimmedWhitespace
        if text.isEmpty { return nil }
        switch question?.kind {
        case .boolean?:
            return flag(text).map(Answer.flag) ?? .text(text)
        case .number?:
            return RegistrationDesk.number(from: text).map(Answer.number) ?? .text(text)
        case .multi?:
            let chosen = text.split(separator: "|").map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
            return .choices(chosen)
        default:
            return .text(text)
        }
    }
}
