/// Reads the JSON form of an import file: the store's own format
/// (`{"schemaVersion": 1, "registrations": [...]}`, as `registrations export --format json`
/// writes it) or a bare array. Each element is either a registration as the store holds it
/// (with a `participant` object and an `answers` object) or a flat object with the CSV's
/// column names.
enum JSONImportReader {
    static func read(_ bytes: [UInt8], fileName: String) throws(ImportFileError) -> ImportReading {
        func fail(_ reason: ImportFileError.Reason) -> ImportFileError { ImportFileError(fileName: fileName, reason: reason) }
        let source = SourceText(bytes: bytes)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = source.lineColumn(of: error.offset)
            throw fail(.jsonSyntax(error.reason, line: line, column: column))
        }

        let elements: [JSONValue]
        switch document.content {
        case .array(let array):
            elements = array
        case .object(let object):
            if let version = object["schemaVersion"] {
                guard case .number(let text) = version.content, let number = Int(text) else { throw fail(.unsupportedVersion(nil)) }
                guard number == RegistrationStore.schemaVersion else { throw fail(.unsupportedVersion(number)) }
            }
            guard case .array(let array)? = object["registrations"]?.content else { throw fail(.jsonShape) }
            elements = array
        default:
            throw fail(.jsonShape)
        }

        var ignored: [String] = []
        func ignore(_ key: String) {
            if !ImportColumn.isInformational(key), !ignored.contains(key) { ignored.append(key) }
        }
        let rows = elements.map { element -> ImportRow in
            var row = ImportRow(line: source.lineColumn(of: element.offset).line)
            guard case .object(let object) = element.content else {
                row.malformed = .notAnObject
                return row
            }
            func take(_ member: JSONObject.Member, prefix: String = "") {
                if let column = ImportColumn.named(member.key) {
                    switch member.value.content {
                    case .null: break
                    case .string(let text): row.values[column] = text
                    case .number(let text): row.values[column] = text
                    case .bool(let flag): row.values[column] = flag ? "true" : "false"
                    case .array, .object: row.malformed = row.malformed ?? .wrongType(prefix + member.key)
                    }
                } else if let question = ImportColumn.questionID(inHeader: member.key) {
                    takeAnswer(question, member.value, field: prefix + member.key)
                } else {
                    ignore(prefix + member.key)
                }
            }
            func takeAnswer(_ question: String, _ value: JSONValue, field: String) {
                switch value.content {
                case .null: break
                case .string(let text): row.answers[question] = .text(text)
                case .bool(let flag): row.answers[question] = .flag(flag)
                // A number too large for a Double (1e400) stays the text written: the store's JSON
                // has no infinity, and writing one would stop the program (FuzzRegressionTests).
                case .number(let text):
                    if let number = Double(text), number.isFinite { row.answers[question] = .number(number) } else { row.answers[question] = .text(text) }
                case .array(let items):
                    var chosen: [String] = []
                    for item in items {
                        guard case .string(let text) = item.content else {
                            row.malformed = row.malformed ?? .wrongType(field)
                            return
                        }
                        chosen.append(text)
                    }
                    row.answers[question] = .choices(chosen)
                case .object:
                    row.malformed = row.malformed ?? .wrongType(field)
                }
            }
            row.record = ExportedRecord.read(object)
            for member in object.members {
                switch (member.key, member.value.content) {
                case ("participant", .object(let participant)):
                    for inner in participant.members { take(inner, prefix: "participant.") }
                case ("answers", .object(let answers)):
                    for answer in answers.members { takeAnswer(answer.key, answer.value, field: "answers." + answer.key) }
                case ("participant", _), ("answers", _):
                    row.malformed = row.malformed ?? .wrongType(member.key)
                default:
                    take(member)
                }
            }
            return row
        }
        return ImportReading(fileName: fileName, format: .json, rows: rows, ignoredColumns: ignored)
    }
}
