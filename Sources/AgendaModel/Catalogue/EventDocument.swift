/// A document attached to an event: a file path or a URL.
public struct EventDocument: Hashable, Sendable {
    public var title: String
    public var href: String

    public init(title: String, href: String) {
        self.title = title
        self.href = href
    }
}
