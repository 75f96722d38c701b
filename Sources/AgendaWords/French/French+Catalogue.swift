import AgendaModel

extension FrenchTable {
    public func catalogueProblem(_ issue: CatalogueProblem.Issue, firstLine: Int?) -> String {
        switch issue {
        case .syntax(let reason):
            return syntax(reason)
        case .topLevelNotObject(let found):
            return "le document doit être un objet JSON ({ \"schemaVersion\": 1, \"events\": [...] }), pas \(typeName(found))"
        case .missingField:
            return "champ obligatoire absent"
        case .wrongType(let expected, let found):
            // "attendu : …" avoids agreeing the participle with each type's gender.
            return "attendu : \(typeName(expected)) ; trouvé : \(typeName(found))"
        case .emptyString:
            return "ne doit pas être vide"
        case .invalidIdentifier(let id):
            return "identifiant « \(id) » invalide : 1 à 64 caractères parmi A–Z a–z 0–9 . _ -"
        case .duplicateIdentifier(let id, _):
            return "l'identifiant « \(id) » est en double" + (firstLine.map { " (déjà ligne \($0))" } ?? "")
        case .invalidDate(let text, let form):
            let expected: String
            switch form {
            case .date: expected = "YYYY-MM-DD"
            case .dateTime: expected = "YYYY-MM-DDThh:mm[:ss]±hh:mm"
            case .dateOrDateTime: expected = "YYYY-MM-DD ou YYYY-MM-DDThh:mm[:ss]±hh:mm"
            case .time: expected = "hh:mm"
            }
            return "« \(text) » n'est pas une date ou une heure valide (forme attendue : \(expected))"
        case .endBeforeStart(let start, let end):
            return "la fin (\(end)) est avant le début (\(start))"
        case .missingOptions:
            return "une question de type choice ou multi doit avoir des options"
        case .unsupportedSchemaVersion(let version) where version < 1:
            return "schemaVersion \(version) n'existe pas : la première version est 1"
        case .unsupportedSchemaVersion(let version):
            return "schemaVersion \(version) n'est pas prise en charge (cette version d'agenda lit la version \(Catalogue.supportedSchemaVersion)) : mettez agenda à jour"
        case .negativeNumber(let text):
            return "doit être un entier positif ou nul, pas \(text)"
        case .unknownValue(let value, let allowed):
            return "valeur « \(value) » inconnue (valeurs possibles : \(allowed.joined(separator: ", ")))"
        case .duplicateKey(let key):
            return "le champ « \(key) » apparaît deux fois ; la dernière valeur est retenue"
        case .deadlineBeforeOpens:
            return "la date limite est avant l'ouverture des inscriptions"
        case .messageTemplate(.unknownName(let name)):
            return "nom de message « \(name) » inconnu (attendu : TYPE ou TYPE.LANGUE, parmi \(EventMessages.names.joined(separator: ", ")))"
        case .messageTemplate(.template(let problem)):
            return "ligne \(problem.line) du message : " + templateProblem(problem.reason)
        }
    }

    func typeName(_ type: JSONTypeName) -> String {
        switch type {
        case .null: return "null"
        case .boolean: return "un booléen"
        case .number: return "un nombre"
        case .integer: return "un entier"
        case .string: return "une chaîne"
        case .array: return "un tableau"
        case .object: return "un objet"
        }
    }

    public func syntax(_ reason: JSONParser.SyntaxError.Reason) -> String {
        let prefix = "JSON invalide : "
        switch reason {
        case .emptyDocument: return "le fichier est vide"
        case .unexpectedEnd: return prefix + "fin de fichier inattendue (fichier tronqué ?)"
        case .unexpectedCharacter(let character): return prefix + "caractère « \(character) » inattendu"
        case .expected(let what): return prefix + "attendu : " + expectation(what)
        case .invalidUTF8: return "le fichier n'est pas en UTF-8 valide à cet endroit"
        case .invalidEscape: return prefix + "séquence d'échappement invalide"
        case .controlCharacterInString: return prefix + "caractère de contrôle non échappé dans une chaîne"
        case .invalidNumber: return prefix + "nombre mal formé"
        case .tooDeep(let limit): return prefix + "imbrication de plus de \(limit) niveaux"
        case .trailingContent: return prefix + "contenu après la fin du document"
        }
    }

    func expectation(_ what: JSONParser.SyntaxError.Expectation) -> String {
        switch what {
        case .literal(let literal): return literal
        case .memberName: return "un nom de membre entre guillemets droits"
        case .colonAfterMemberName: return "« : » après le nom du membre"
        case .commaOrClosingBrace: return "« , » ou « } »"
        case .commaOrClosingBracket: return "« , » ou « ] »"
        case .singleMember(let name): return "un seul membre \(name)"
        case .memberReadApart(let name): return "\(name) lisible à part"
        }
    }

    public func reportPart(_ part: ReportPart) -> String {
        switch part {
        case .warning: return "avertissement"
        case .event(let id): return "événement " + id
        }
    }

    public func catalogueFile(_ error: CatalogueFileError, named origin: CataloguePathOrigin) -> String {
        switch error {
        case .notFound(let path):
            switch origin {
            case .configuration: return "\(path) : fichier introuvable. Vérifiez le chemin donné par --catalogue ou $AGENDA_CATALOGUE."
            case .commandArgument: return "\(path) : fichier introuvable. Vérifiez le chemin."
            }
        case .isDirectory(let path):
            return "\(path) : c'est un dossier ; indiquez le fichier catalogue (.json) lui-même."
        case .unreadable(let path, let number):
            return "\(path) : lecture impossible (\(cause(number))). Vérifiez les droits du fichier."
        }
    }
}
