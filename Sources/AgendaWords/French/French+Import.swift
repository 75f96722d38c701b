import AgendaModel

extension FrenchTable {
    public func importRefusal(_ refusal: ImportRefusal) -> String {
        switch refusal {
        case .missing(let column):
            return "\(column.rawValue) est obligatoire et vide"
        case .invalidEmail(let text):
            return "« \(text) » n'est pas une adresse électronique (nom@domaine.fr)"
        case .unknownEvent(let id):
            return "aucun événement « \(id) » dans le catalogue : vérifiez eventId (agenda list --all donne les identifiants)"
        case .invalidStatus(let text):
            return "statut « \(text) » inconnu : pending, approved, waitlisted, declined ou cancelled"
        case .invalidMode(let text):
            return "mode « \(text) » inconnu : onsite (présentiel) ou online (en ligne)"
        case .invalidLanguage(let text):
            return "langue « \(text) » inconnue : fr (français) ou en (anglais)"
        case .invalidDate(let text):
            return "createdAt « \(text) » n'est pas une date (2026-11-23 ou 2026-11-23T10:15:00+01:00)"
        case .invalidConsent(let text):
            return "consent « \(text) » : écrivez oui ou non (true/false, 1/0)"
        case .extraValues(let found, let expected):
            return "\(found) valeurs pour \(expected) colonnes d'en-tête : vérifiez les guillemets et les séparateurs de cette ligne"
        case .notAnObject:
            return "ce n'est pas un objet JSON : chaque inscription est un objet { … }"
        case .wrongType(let field):
            return "\(field) : valeur d'un type inattendu"
        case .tooLong(let field, let bytes):
            return "\(field) : \(bytes / 1024) Ko, plus que les \(ImportRefusal.maximumValueBytes / 1024) Ko qu'une valeur peut contenir"
        }
    }

    public func importFile(_ error: ImportFileError) -> String {
        let name = error.fileName
        switch error.reason {
        case .invalidUTF8(let line):
            return "\(name):\(line) : le fichier n'est ni en UTF-8 ni en Windows-1252. Enregistrez-le au format « CSV UTF-8 » (dans le tableur : Enregistrer sous) puis importez-le à nouveau."
        case .empty:
            return "\(name) : le fichier est vide ; il faut une ligne d'en-tête (firstName;lastName;email;organisation;eventId…) puis une inscription par ligne, ou du JSON."
        case .missingColumns(let columns):
            let list = columns.map(\.rawValue).joined(separator: ", ")
            let many = columns.count > 1
            return "\(name):1 : \(many ? "colonnes obligatoires absentes" : "colonne obligatoire absente") de l'en-tête : \(list). Ajoutez-\(many ? "les" : "la") (les noms sont ceux que « man agenda » donne sous registrations import, dans n'importe quel ordre) ; rien n'a été importé."
        case .repeatedColumn(let column):
            return "\(name):1 : deux colonnes de l'en-tête désignent \(column.rawValue) ; gardez-en une seule ; rien n'a été importé."
        case .unclosedQuote(let line):
            return "\(name):\(line) : un guillemet ouvert sur cette ligne n'est jamais fermé ; corrigez la valeur entre guillemets ; rien n'a été importé."
        case .jsonSyntax(let reason, let line, let column):
            return "\(name):\(line):\(column) : " + syntax(reason) + " ; rien n'a été importé."
        case .spreadsheetWorkbook:
            return "\(name) : c'est un classeur de tableur (.xlsx, .ods ou .xls), pas un CSV. Dans le tableur, « Enregistrer sous » au format « CSV (séparateur : point-virgule) » ou « CSV UTF-8 », puis importez ce fichier."
        case .jsonShape:
            return "\(name) : ce JSON n'est ni une liste d'inscriptions ni un objet { \"registrations\": [...] } ; rien n'a été importé."
        case .unsupportedVersion(let version?):
            return "\(name) : version de format \(version) inconnue de ce programme (il lit la version 1) ; mettez agenda à jour."
        case .unsupportedVersion(nil):
            return "\(name) : schemaVersion doit être un nombre entier (1) ; rien n'a été importé."
        }
    }

    public func mailSkip(_ reason: MailSkipReason) -> String {
        switch reason {
        case .autoReply: return "réponse automatique (absence…) ; ignoré"
        case .deliveryFailure: return "échec de remise (un message revenu) ; ignoré"
        case .fromCoordinator: return "envoyé par vous (le from de [mail] dans config.toml) ; ignoré"
        case .duplicate(.stored(let registration)):
            return "expéditeur déjà inscrit à cet événement (\(registration.participant.fullName) <\(registration.participant.email)>) ; ignoré"
        case .duplicate(.message(let position)): return "même expéditeur que le message en \(position.description) ; ignoré"
        case .alreadyImported: return "message déjà importé (même Message-ID) ; ignoré"
        case .noSender: return "pas d'adresse d'expéditeur (From) ; ignoré"
        case .unreadable: return "message illisible (aucun en-tête) ; ignoré"
        }
    }

    public func mailSkipCount(_ kind: MailSkipKind, _ count: Int) -> String {
        let words: (String, String)
        switch kind {
        case .autoReply: words = ("réponse automatique", "réponses automatiques")
        case .deliveryFailure: words = ("échec de remise", "échecs de remise")
        case .fromCoordinator: words = ("envoyé par vous", "envoyés par vous")
        case .duplicate: words = ("doublon", "doublons")
        case .alreadyImported: words = ("déjà importé", "déjà importés")
        case .noSender: words = ("sans expéditeur", "sans expéditeur")
        case .unreadable: words = ("illisible", "illisibles")
        }
        return "\(number(count)) " + plural(count, words.0, words.1)
    }

    public func importDuplicate(_ duplicate: ImportPlan.Duplicate) -> String {
        switch duplicate.original {
        case .stored(let registration):
            let name = registration.participant.fullName
            return "doublon d'une inscription déjà enregistrée (\(name) <\(registration.participant.email)>, \(registration.eventId)) ; ligne ignorée"
        case .row(let line):
            return "doublon de la ligne \(line) (même événement, même courriel \(duplicate.email)) ; ligne ignorée"
        }
    }
}
