/// What one message says of an inscription, once read: only what the registration will keep,
/// so that 100 000 messages read leave 100 000 of these and no message in memory.
public struct MailInscription: Sendable, Equatable {
    public var position: MailPosition
    /// The Message-ID with its angle brackets, or `digest:` and a digest (see `MailImport.key`).
    public var key: String
    public var email: String
    public var name: SenderName
    /// Empty when the signature names none: the inscription is then to complete.
    public var organisation: String
    /// The message's `Date` as the store writes a moment; nil when it has none that reads.
    public var createdAt: String?
    public var text: String
    public var attachments: [String]
}

/// A message read: the inscription it brings, or why it brings none.
public enum MailReadOutcome: Sendable, Equatable {
    case inscription(MailInscription)
    case skipped(MailPosition, MailSkipReason)
}
