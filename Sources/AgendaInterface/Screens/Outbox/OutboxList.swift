import AgendaModel
import AgendaWords

/// The messages waiting in the outbox, with the error of each the last send could not hand over.
public struct OutboxList: Equatable, Sendable {
    public let messages: [QueuedMessage]
    /// By file name: what `sendmail` said.
    public let failures: [String: String]
    public internal(set) var cursor = 0
}

extension AgendaState {
    mutating func showOutbox(_ messages: [QueuedMessage], failures: [String: String], sent: Int?) {
        queuedMessageCount = messages.count
        let list = OutboxList(messages: messages, failures: failures)
        if case .outbox = topScreen { replaceTop(.outbox(list)) } else { open(.outbox(list)) }
        if let sent { message = strings.text(.outboxSent(sent: sent, left: messages.count)) }
    }

    mutating func handleOutboxKey(_ key: Key, list: OutboxList) -> [Effect] {
        var list = list
        switch keys.action(for: key, in: .outbox) {
        case .sendOutbox?:
            return list.messages.isEmpty ? [] : [.sendOutbox]
        case .moveDown?: list.cursor = min(list.cursor + 1, max(0, list.messages.count - 1))
        case .moveUp?: list.cursor = max(0, list.cursor - 1)
        case .close?:
            closeTop()
            return []
        case .redraw?: return [.repaint]
        default: sayKeyDoesNothing(key)
        }
        replaceTop(.outbox(list))
        return []
    }
}
