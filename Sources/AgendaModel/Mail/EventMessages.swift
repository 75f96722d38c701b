/// An event's own message texts (`messages` in the catalogue), named as the user's template
/// files are without `.txt`: `connection.fr` for one language, `connection` for both. They are
/// checked when the catalogue is read, so a message never leaves from a text that does not parse.
public enum EventMessages {
    /// Why a member of `messages` is refused.
    public enum Problem: Hashable, Sendable {
        /// Not `KIND` or `KIND.LANG` of a known kind and language.
        case unknownName(String)
        case template(MessageTemplate.Problem)
    }

    /// Every name a member of `messages` may have.
    public static var names: [String] {
        MessageKind.allCases.flatMap { kind in [kind.rawValue] + Language.allCases.map(kind.templateName) }
    }

    /// What is wrong with one member, if anything.
    public static func problem(name: String, text: String) -> Problem? {
        guard names.contains(name) else { return .unknownName(name) }
        if case .failure(let problem) = MessageTemplate.parse(text) { return .template(problem) }
        return nil
    }
}

extension Event {
    /// The event's own template of `kind` in `language`, else its template for every language.
    public func messageTemplate(_ kind: MessageKind, _ language: Language) -> MessageTemplate? {
        let messages = self.messages
        guard !messages.isEmpty, let text = messages[kind.templateName(language)] ?? messages[kind.rawValue] else { return nil }
        return try? MessageTemplate.parse(text).get()
    }
}
