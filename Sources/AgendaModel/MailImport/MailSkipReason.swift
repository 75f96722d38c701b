/// Why a message of a mailbox did not become an inscription. Each is counted and listed with
/// the message's position; the other messages are imported all the same.
public enum MailSkipReason: Hashable, Sendable {
    /// An automatic answer: `Auto-Submitted`, `X-Autoreply`, "Réponse automatique", "Out of office".
    case autoReply
    /// A bounce: from a mailer-daemon or postmaster, or a `multipart/report`.
    case deliveryFailure
    /// Sent by the coordinator (the `from` of `config.toml`): their own invitation or answer.
    case fromCoordinator
    /// The sender already has an inscription for the event (same e-mail, case ignored).
    case duplicate(MailDuplicate)
    /// A message imported before (same Message-ID), or met earlier in what is imported.
    case alreadyImported
    /// No `From` with an address to register.
    case noSender
    /// Not a message: no header could be read.
    case unreadable
}

/// What a duplicate sender repeats.
public enum MailDuplicate: Hashable, Sendable {
    /// A registration already in the store.
    case stored(Registration)
    /// An earlier message of the same import.
    case message(MailPosition)
}
