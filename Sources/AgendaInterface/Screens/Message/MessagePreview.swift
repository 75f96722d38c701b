import AgendaModel
import AgendaWords

/// Messages written for inscriptions of the triage list, shown whole as they will leave,
/// before the coordinator queues them or drops them.
public struct MessagePreview: Equatable, Sendable {
    public let messages: [MailMessage]
    /// The kind of each message, in the same order.
    public let kinds: [MessageKind]
    /// Inscriptions no message was written for, and why.
    public let skipped: [(name: String, reason: MessageRefusal?)]
    /// When a message of the same kind was sent before to each one's inscription (nil: never).
    public let sentBefore: [String?]
    public internal(set) var shown = 0
    public internal(set) var top = 0

    init(messages: [MailMessage], kinds: [MessageKind], skipped: [(name: String, reason: MessageRefusal?)],
         sentBefore: [String?] = [], shown: Int = 0) {
        self.messages = messages
        self.kinds = kinds
        self.skipped = skipped
        self.sentBefore = sentBefore.count == messages.count ? sentBefore : Array(repeating: nil, count: messages.count)
        self.shown = shown
    }

    public static func == (a: MessagePreview, b: MessagePreview) -> Bool {
        a.messages == b.messages && a.kinds == b.kinds && a.shown == b.shown && a.top == b.top && a.skipped.count == b.skipped.count
    }
}
