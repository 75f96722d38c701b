import AgendaModel

extension EnglishTable {
    public func catalogueProblem(_ issue: CatalogueProblem.Issue, firstLine: Int?) -> String {
        switch issue {
        case .syntax(let reason):
            return syntax(reason)
        case .topLevelNotObject(let found):
            return "the document must be a JSON object ({ \"schemaVersion\": 1, \"events\": [...] }), not \(typeName(found))"
        case .missingField:
            return "required field is missing"
        case .wrongType(let expected, let found):
            return "expected \(typeName(expected)), found \(typeName(found))"
        case .emptyString:
            return "must not be empty"
        case .invalidIdentifier(let id):
            return "invalid id \"\(id)\": 1 to 64 characters of A–Z a–z 0–9 . _ -"
        case .duplicateIdentifier(let id, _):
            return "duplicate id \"\(id)\"" + (firstLine.map { " (first at line \($0))" } ?? "")
        case .invalidDate(let text, let form):
            let expected: String
            switch form {
            case .date: expected = "YYYY-MM-DD"
            case .dateTime: expected = "YYYY-MM-DDThh:mm[:ss]±hh:mm"
            case .dateOrDateTime: expected = "YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]±hh:mm"
            case .time: expected = "hh:mm"
            }
            return "\"\(text)\" is not a valid date or time (expected \(expected))"
        case .endBeforeStart(let start, let end):
            return "end (\(end)) is before start (\(start))"
        case .missingOptions:
            return "a choice or multi question needs options"
        case .unsupportedSchemaVersion(let version) where version < 1:
            return "schemaVersion \(version) does not exist: the first version is 1"
        case .unsupportedSchemaVersion(let version):
            return "schemaVersion \(version) is not supported (this agenda reads version \(Catalogue.supportedSchemaVersion)): upgrade agenda"
        case .negativeNumber(let text):
            return "must be a whole number ≥ 0, not \(text)"
        case .unknownValue(let value, let allowed):
            return "unknown value \"\(value)\" (expected one of \(allowed.joined(separator: ", ")))"
        case .duplicateKey(let key):
            return "field \"\(key)\" appears twice; the last value is used"
        case .deadlineBeforeOpens:
            return "the deadline is before registration opens"
        case .messageTemplate(.unknownName(let name)):
            return "unknown message name \"\(name)\" (expected KIND or KIND.LANG: \(EventMessages.names.joined(separator: ", ")))"
        case .messageTemplate(.template(let problem)):
            return "line \(problem.line) of the message: " + templateProblem(problem.reason)
        }
    }

    func typeName(_ type: JSONTypeName) -> String {
        switch type {
        case .null: return "null"
        case .boolean: return "a boolean"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    public func syntax(_ reason: JSONParser.SyntaxError.Reason) -> String {
        let prefix = "invalid JSON: "
        switch reason {
        case .emptyDocument: return "the file is empty"
        case .unexpectedEnd: return prefix + "unexpected end of file (truncated file?)"
        case .unexpectedCharacter(let character): return prefix + "unexpected character '\(character)'"
        case .expected(let what): return prefix + "expected " + expectation(what)
        case .invalidUTF8: return "the file is not valid UTF-8 here"
        case .invalidEscape: return prefix + "invalid escape sequence"
        case .controlCharacterInString: return prefix + "unescaped control character in a string"
        case .invalidNumber: return prefix + "malformed number"
        case .tooDeep(let limit): return prefix + "nested deeper than \(limit) levels"
        case .trailingContent: return prefix + "content after the end of the document"
        }
    }

    func expectation(_ what: JSONParser.SyntaxError.Expectation) -> String {
        switch what {
        case .literal(let literal): return literal
        case .memberName: return "a member name in double quotes"
        case .colonAfterMemberName: return "':' after the member name"
        case .commaOrClosingBrace: return "',' or '}'"
        case .commaOrClosingBracket: return "',' or ']'"
        case .singleMember(let name): return "a single \(name) member"
        case .memberReadApart(let name): return "\(name) read apart"
        }
    }

    public func reportPart(_ part: ReportPart) -> String {
        switch part {
        case .warning: return "warning"
        case .event(let id): return "event " + id
        }
    }

    public func catalogueFile(_ error: CatalogueFileError, named origin: CataloguePathOrigin) -> String {
        switch error {
        case .notFound(let path):
            switch origin {
            case .configuration: return "\(path): no such file. Check the path given with --catalogue or $AGENDA_CATALOGUE."
            case .commandArgument: return "\(path): no such file. Check the path."
            }
        case .isDirectory(let path):
            return "\(path): is a directory; give the catalogue file (.json) itself."
        case .unreadable(let path, let number):
            return "\(path): cannot be read (\(cause(number))). Check the file's permissions."
        }
    }
}
