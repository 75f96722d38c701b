/// A piece of an event's detail, before it is laid out to a width.
public enum DetailBlock: Equatable, Sendable {
    case title(String)
    /// A line under the title: kind, status.
    case subtitle(String)
    /// A label and its value, the value wrapped under itself.
    case field(label: String, value: String)
    case heading(String)
    case paragraph(String)
    case bullet(String)
    /// One line of a timetable: the time column, then the title and its speakers.
    case slot(time: String, title: String, speakers: String?)
    case blank
}

/// The look of a run of text: the interface maps each to colours or attributes.
public enum TextRole: Equatable, Sendable {
    case title, heading, label, body, muted, emphasis, warning
}

/// A run of text in one role.
public struct TextSpan: Equatable, Sendable {
    public var text: String
    public var role: TextRole

    public init(_ text: String, _ role: TextRole) {
        self.text = text
        self.role = role
    }
}

/// One laid-out line of text.
public struct StyledLine: Equatable, Sendable {
    public var spans: [TextSpan]

    public init(_ spans: [TextSpan]) {
        self.spans = spans
    }

    public var text: String { spans.map(\.text).joined() }
}
