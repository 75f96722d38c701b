/// A message's text with its placeholders: a `Subject:` line, a blank line, the body. A
/// placeholder is a name between braces (`{first-name}`); `{{` and `}}` write a brace.
///
/// Templates are read once, when loaded: an unknown placeholder or a text that does not have the
/// form is refused then, with its line, rather than found in a message already sent.
public struct MessageTemplate: Hashable, Sendable {
    public enum Piece: Hashable, Sendable {
        case text(String)
        case placeholder(MessagePlaceholder)
    }

    public let subject: [Piece]
    public let body: [Piece]

    /// Why a template cannot be used, and on which line of its file.
    public struct Problem: Hashable, Sendable, Error {
        public enum Reason: Hashable, Sendable {
            case missingSubject
            case missingBlankLine
            case unknownPlaceholder(String)
            case unclosedBrace
            case emptyBody
        }

        public let line: Int
        public let reason: Reason

        public init(line: Int, reason: Reason) {
            self.line = line
            self.reason = reason
        }
    }

    public static func parse(_ text: String) -> Result<MessageTemplate, Problem> {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.lowercased().hasPrefix("subject:") else {
            return .failure(Problem(line: 1, reason: .missingSubject))
        }
        guard lines.count >= 2, lines[1].trimmedWhitespace.isEmpty else {
            return .failure(Problem(line: 2, reason: .missingBlankLine))
        }
        let subjectText = String(first.dropFirst("subject:".count)).trimmedWhitespace
        let bodyLines = Array(lines.dropFirst(2))
        guard bodyLines.contains(where: { !$0.trimmedWhitespace.isEmpty }) else {
            return .failure(Problem(line: 3, reason: .emptyBody))
        }
        let subject: [Piece]
        switch pieces(subjectText, line: 1) {
        case .success(let found): subject = found
        case .failure(let problem): return .failure(problem)
        }
        var body: [Piece] = []
        for (offset, line) in bodyLines.enumerated() {
            switch pieces(line + (offset < bodyLines.count - 1 ? "\n" : ""), line: offset + 3) {
            case .success(let found): body += found
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(MessageTemplate(subject: subject, body: body))
    }

    /// The template with `value` for each placeholder.
    public func render(_ value: (MessagePlaceholder) -> String) -> (subject: String, body: String) {
        func join(_ pieces: [Piece]) -> String {
            pieces.map { piece in
                switch piece {
                case .text(let text): return text
                case .placeholder(let placeholder): return value(placeholder)
                }
            }.joined()
        }
        return (join(subject), join(body).trimmingTrailingBlankLines)
    }

    private static func pieces(_ text: String, line: Int) -> Result<[Piece], Problem> {
        var pieces: [Piece] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{", next < text.endIndex, text[next] == "{" {
                literal.append("{")
                index = text.index(after: next)
                continue
            }
            if character == "}", next < text.endIndex, text[next] == "}" {
                literal.append("}")
                index = text.index(after: next)
                continue
            }
            if character == "{" {
                guard let close = text[next...].firstIndex(of: "}") else { return .failure(Problem(line: line, reason: .unclosedBrace)) }
                let name = String(text[next..<close]).trimmedWhitespace
                guard let placeholder = MessagePlaceholder(rawValue: name) else {
                    return .failure(Problem(line: line, reason: .unknownPlaceholder(name)))
                }
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(.placeholder(placeholder))
                index = text.index(after: close)
                continue
            }
            literal.append(character)
            index = next
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return .success(pieces)
    }
}

/// What a template can name.
public enum MessagePlaceholder: String, CaseIterable, Hashable, Sendable {
    case firstName = "first-name", lastName = "last-name", fullName = "name", organisation
    case eventTitle = "event", eventDate = "date", eventTime = "time", place, deadline
    /// The place on the waiting list (1 for the first).
    case rank
    /// The event's connection details (online and hybrid events), for the approved.
    case connection
    /// Who to write to about the event: its first contact, else the sender.
    case contact
    /// The sender's name, to sign with.
    case signature
}

extension String {
    /// Without the blank lines at its end, ending with one line break.
    var trimmingTrailingBlankLines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix(" ") { text.removeLast() }
        return text + "\n"
    }
}
