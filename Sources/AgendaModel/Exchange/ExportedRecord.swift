/// What a registration exported by an agenda carries beyond its fields: its id, its source, its
/// last change and its whole history. An import of such an element gives them back, so that
/// moving a store through `export --format json` and `import` (a new laptop, a colleague's
/// store) loses no decision; a row without them, or with any of them unreadable, is a new
/// inscription as before.
public struct ExportedRecord: Sendable, Equatable {
    public var id: String
    public var source: Registration.Source
    public var updatedAt: String
    public var history: [Registration.HistoryEntry]

    /// The record of a store-shaped element, or nil when one of its parts is missing or not as
    /// the store writes it.
    static func read(_ object: JSONObject) -> ExportedRecord? {
        guard case .string(let id)? = object["id"]?.content, isPlausibleID(id),
              case .string(let sourceText)? = object["source"]?.content, let source = Registration.Source(rawValue: sourceText),
              case .string(let updatedAt)? = object["updatedAt"]?.content, DateParsing.dateTime(updatedAt) != nil,
              case .array(let entries)? = object["history"]?.content, !entries.isEmpty
        else { return nil }
        var history: [Registration.HistoryEntry] = []
        history.reserveCapacity(entries.count)
        for entry in entries {
            guard let read = historyEntry(entry) else { return nil }
            history.append(read)
        }
        return ExportedRecord(id: id, source: source, updatedAt: updatedAt, history: history)
    }

    /// Whether the history leads to `status`: a record edited by hand so that they disagree is
    /// not trusted, and the row is imported as a new inscription.
    func agrees(with status: RegistrationStatus) -> Bool {
        history.last?.to == status && history.first?.from == nil
    }

    private static func historyEntry(_ value: JSONValue) -> Registration.HistoryEntry? {
        guard case .object(let object) = value.content,
              case .string(let at)? = object["at"]?.content, DateParsing.dateTime(at) != nil,
              case .string(let toText)? = object["to"]?.content, let to = RegistrationStatus(rawValue: toText)
        else { return nil }
        var from: RegistrationStatus?
        switch object["from"]?.content {
        case nil, .null?: from = nil
        case .string(let text)?:
            guard let status = RegistrationStatus(rawValue: text) else { return nil }
            from = status
        default: return nil
        }
        var note: String?
        switch object["note"]?.content {
        case nil, .null?: note = nil
        case .string(let text)?: note = text
        default: return nil
        }
        var undo: Bool?
        switch object["undo"]?.content {
        case nil, .null?: undo = nil
        case .bool(let flag)?: undo = flag
        default: return nil
        }
        var override: RegistrationOverride?
        switch object["override"]?.content {
        case nil, .null?: override = nil
        case .string(let text)?:
            guard let known = RegistrationOverride(rawValue: text) else { return nil }
            override = known
        default: return nil
        }
        var corrected: [String]?
        switch object["corrected"]?.content {
        case nil, .null?: corrected = nil
        case .array(let items)?:
            var fields: [String] = []
            for item in items {
                guard case .string(let field) = item.content else { return nil }
                fields.append(field)
            }
            corrected = fields
        default: return nil
        }
        var message: SentMessage?
        switch object["message"]?.content {
        case nil, .null?: message = nil
        case .object(let sent)?:
            guard case .string(let id)? = sent["id"]?.content, case .string(let kindText)? = sent["kind"]?.content,
                  let kind = MessageKind(rawValue: kindText) else { return nil }
            message = SentMessage(kind: kind, id: id)
        default: return nil
        }
        return Registration.HistoryEntry(at: at, from: from, to: to, note: note, undo: undo, override: override, corrected: corrected,
                                         message: message)
    }

    /// Ids are the store's random UUIDs; anything printable and short is kept, since another
    /// agenda may have written ids in another form, but not text that could hide on a terminal.
    private static func isPlausibleID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    }
}
