/// The words for each problem, in French and English.
extension CatalogueProblem {
    /// `FILE:LINE:COL: [warning: ][event ID: ][field: ]message`, the form compilers use, so that
    /// editors jump to the place.
    public func report(fileName: String, source: SourceText?, language: Language) -> String {
        var parts: [String] = []
        if let offset, let source {
            let (line, column) = source.lineColumn(of: offset)
            parts.append("\(fileName):\(line):\(column)")
        } else {
            parts.append(fileName)
        }
        if severity == .warning { parts.append(language == .fr ? "avertissement" : "warning") }
        if let eventID { parts.append((language == .fr ? "événement " : "event ") + eventID) }
        if let field { parts.append(field) }
        parts.append(message(language, source: source))
        return parts.joined(separator: ": ")
    }

    public func message(_ language: Language, source: SourceText? = nil) -> String {
        let fr = language == .fr
        switch issue {
        case .syntax(let reason):
            return Self.syntaxMessage(reason, fr: fr)
        case .topLevelNotObject(let found):
            return fr ? "le document doit être un objet JSON ({ \"schemaVersion\": 1, \"events\": [...] }), pas \(Self.typeName(found, fr: true))"
                      : "the document must be a JSON object ({ \"schemaVersion\": 1, \"events\": [...] }), not \(Self.typeName(found, fr: false))"
        case .missingField:
            return fr ? "champ obligatoire absent" : "required field is missing"
        case .wrongType(let expected, let found):
            // "attendu : …" avoids agreeing the participle with each type's gender.
            return fr ? "attendu : \(Self.typeName(expected, fr: true)) ; trouvé : \(Self.typeName(found, fr: true))"
                      : "expected \(Self.typeName(expected, fr: false)), found \(Self.typeName(found, fr: false))"
        case .emptyString:
            return fr ? "ne doit pas être vide" : "must not be empty"
        case .invalidIdentifier(let id):
            return fr ? "identifiant « \(id) » invalide : 1 à 64 caractères parmi A–Z a–z 0–9 . _ -"
                      : "invalid id \"\(id)\": 1 to 64 characters of A–Z a–z 0–9 . _ -"
        case .duplicateIdentifier(let id, let firstOffset):
            let first = source.map { " (\(fr ? "déjà ligne" : "first at line") \($0.lineColumn(of: firstOffset).line))" } ?? ""
            return fr ? "l'identifiant « \(id) » est en double\(first)" : "duplicate id \"\(id)\"\(first)"
        case .invalidDate(let text, let form):
            let expected: String
            switch form {
            case .date: expected = "YYYY-MM-DD"
            case .dateTime: expected = "YYYY-MM-DDThh:mm[:ss]±hh:mm"
            case .dateOrDateTime: expected = fr ? "YYYY-MM-DD ou YYYY-MM-DDThh:mm[:ss]±hh:mm" : "YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]±hh:mm"
            case .time: expected = "hh:mm"
            }
            return fr ? "« \(text) » n'est pas une date ou une heure valide (forme attendue : \(expected))"
                      : "\"\(text)\" is not a valid date or time (expected \(expected))"
        case .endBeforeStart(let start, let end):
            return fr ? "la fin (\(end)) est avant le début (\(start))" : "end (\(end)) is before start (\(start))"
        case .missingOptions:
            return fr ? "une question de type choice ou multi doit avoir des options" : "a choice or multi question needs options"
        case .unsupportedSchemaVersion(let version) where version < 1:
            return fr ? "schemaVersion \(version) n'existe pas : la première version est 1"
                      : "schemaVersion \(version) does not exist: the first version is 1"
        case .unsupportedSchemaVersion(let version):
            return fr ? "schemaVersion \(version) n'est pas prise en charge (cette version d'agenda lit la version \(Catalogue.supportedSchemaVersion)) : mettez agenda à jour"
                      : "schemaVersion \(version) is not supported (this agenda reads version \(Catalogue.supportedSchemaVersion)): upgrade agenda"
        case .negativeNumber(let text):
            return fr ? "doit être un entier positif ou nul, pas \(text)" : "must be a whole number ≥ 0, not \(text)"
        case .unknownValue(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return fr ? "valeur « \(value) » inconnue (valeurs possibles : \(list))" : "unknown value \"\(value)\" (expected one of \(list))"
        case .duplicateKey(let key):
            return fr ? "le champ « \(key) » apparaît deux fois ; la dernière valeur est retenue"
                      : "field \"\(key)\" appears twice; the last value is used"
        case .deadlineBeforeOpens:
            return fr ? "la date limite est avant l'ouverture des inscriptions" : "the deadline is before registration opens"
        }
    }

    static func typeName(_ type: JSONTypeName, fr: Bool) -> String {
        switch type {
        case .null: return "null"
        case .boolean: return fr ? "un booléen" : "a boolean"
        case .number: return fr ? "un nombre" : "a number"
        case .integer: return fr ? "un entier" : "a whole number"
        case .string: return fr ? "une chaîne" : "a string"
        case .array: return fr ? "un tableau" : "an array"
        case .object: return fr ? "un objet" : "an object"
        }
    }

    static func syntaxMessage(_ reason: JSONParser.SyntaxError.Reason, fr: Bool) -> String {
        let prefix = fr ? "JSON invalide : " : "invalid JSON: "
        switch reason {
        case .emptyDocument:
            return fr ? "le fichier est vide" : "the file is empty"
        case .unexpectedEnd:
            return prefix + (fr ? "fin de fichier inattendue (fichier tronqué ?)" : "unexpected end of file (truncated file?)")
        case .unexpectedCharacter(let character):
            return prefix + (fr ? "caractère « \(character) » inattendu" : "unexpected character '\(character)'")
        case .expected(let what):
            return prefix + (fr ? "attendu : \(what)" : "expected \(what)")
        case .invalidUTF8:
            return fr ? "le fichier n'est pas en UTF-8 valide à cet endroit" : "the file is not valid UTF-8 here"
        case .invalidEscape:
            return prefix + (fr ? "séquence d'échappement invalide" : "invalid escape sequence")
        case .controlCharacterInString:
            return prefix + (fr ? "caractère de contrôle non échappé dans une chaîne" : "unescaped control character in a string")
        case .invalidNumber:
            return prefix + (fr ? "nombre mal formé" : "malformed number")
        case .tooDeep(let limit):
            return prefix + (fr ? "imbrication de plus de \(limit) niveaux" : "nested deeper than \(limit) levels")
        case .trailingContent:
            return prefix + (fr ? "contenu après la fin du document" : "content after the end of the document")
        }
    }
}
