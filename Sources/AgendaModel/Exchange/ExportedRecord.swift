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
    /// The Message-ID of an inscription that came by e-mail, so that the mailbox imported again
    /// into the new store still adds nothing.
    public var emailMessageId: String?

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
        var messageID: String?
        if case .string(let text)? = object["emailMessageId"]?.content { messageID = text }
        return ExportedRecord(id: id, source: source, updatedAt: updatedAt, history: history, emailMessageId: messageID)
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
        // Each optional member: absent or null is nil; there but of another shape, and the
        // whole record is not trusted.
        func member<T>(_ key: String, _ read: (JSONValue.Content) -> T?) -> T?? {
            guard let content = object[key]?.content else { return .some(nil) }
            if case .null = content { return .some(nil) }
            return read(content).map { .some($0) }
        }
        func text(_ content: JSONValue.Content) -> String? {
            if case .string(let text) = content { return text }
            return nil
        }
        guard let from = member("from", { text($0).flatMap(RegistrationStatus.init(rawValue:)) }),
              let note = member("note", text),
              let undo = member("undo", { content -> Bool? in if case .bool(let flag) = content { return flag } else { return nil } }),
              let override = member("override", { text($0).flatMap(RegistrationOverride.init(rawValue:)) }),
              let corrected = member("corrected", { content -> [String]? in
                  guard case .array(let items) = content else { return nil }
                  let fields = items.compactMap { text($0.content) }
                  return fields.count == items.count ? fields : nil
              }),
              let message = member("message", { content -> SentMessage? in
                  guard case .object(let sent) = content, let id = sent["id"].flatMap({ text($0.content) }),
                        let kind = sent["kind"].flatMap({ text($0.content) }).flatMap(MessageKind.init(rawValue:)) else { return nil }
                  return SentMessage(kind: kind, id: id)
              })
        else { return nil }
        return Registration.HistoryEntry(at: at, from: from, to: to, note: note, undo: undo, override: override, corrected: corrected,
                                         message: message)
    }

    /// Ids are the store's random UUIDs; anything printable and short is kept, since another
    /// agenda may have written ids in another form, but not text that could hide on a terminal.
    private static func isPlausibleID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    }
}
