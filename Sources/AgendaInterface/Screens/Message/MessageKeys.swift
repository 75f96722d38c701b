import AgendaModel
import AgendaWords

/// `m` in triage, and the keys of the message shown: queue, next, scroll, drop.
extension AgendaState {
    /// The message that fits each inscription's status (the tagged ones, else the one under the
    /// cursor), or the cancellation when its event is cancelled or postponed, written from the
    /// event's own text, the user's template or the built-in one, in the participant's language,
    /// and shown.
    mutating func composeMessages() {
        guard let list = triage else { return }
        guard mailSender != nil else {
            message = strings.text(.mailNeedsSender)
            return
        }
        let ids = list.tagged.isEmpty ? list.cursorID.map { [$0] } ?? [] : list.rows.filter(list.tagged.contains)
        guard let preview = messagePreview(for: ids) else { return }
        guard !preview.messages.isEmpty else {
            if let first = preview.skipped.first { message = strings.text(.noMessageFits(name: first.name, reason: first.reason)) }
            return
        }
        open(.message(preview))
    }

    /// The messages the inscriptions' statuses call for, and those none could be written for.
    func messagePreview(for ids: [String]) -> MessagePreview? {
        guard let sender = mailSender else { return nil }
        var messages: [MailMessage] = [], kinds: [MessageKind] = [], sentBefore: [String?] = []
        var skipped: [(name: String, reason: MessageRefusal?)] = []
        let moment = now()
        for id in ids {
            guard let index = registrationIndex[id], let event = catalogue.event(id: registrations[index].eventId) else { continue }
            let registration = registrations[index]
            let name = TerminalSafeText.sanitize(registration.participant.fullName)
            let called = event.status == .cancelled || event.status == .postponed
                ? (MessageComposer.fits(.cancellation, registration.status) ? MessageKind.cancellation : nil)
                : MessageKind.forDecision(from: registration.history.last?.from, to: registration.status)
            guard let kind = called else {
                skipped.append((name, nil))
                continue
            }
            let language = registration.participant.language ?? .fr
            let composer = MessageComposer(strings: Strings(language), sender: sender)
            switch composer.compose(kind, for: registration, event: event, registrations: registrations,
                                    template: event.messageTemplate(kind, language) ?? messageTemplates[kind.templateName(language)], connection: event.connection,
                                    at: moment, messageID: MailMessage.newMessageID(at: moment)) {
            case .success(let written):
                messages.append(written)
                kinds.append(kind)
                // Shown, not refused: the preview is the confirmation that sends one again.
                sentBefore.append(registration.history.last { $0.message?.kind == kind }.map { entry in
                    DateParsing.dateTime(entry.at).map(strings.moment) ?? entry.at
                })
            case .failure(let reason):
                skipped.append((name, reason))
            }
        }
        return MessagePreview(messages: messages, kinds: kinds, skipped: skipped, sentBefore: sentBefore)
    }

    mutating func handleMessageKey(_ key: Key, preview: MessagePreview) -> [Effect] {
        var preview = preview
        switch keys.action(for: key, in: .message) {
        case .queueMessages?:
            closeTop()
            queuedMessageCount += preview.messages.count
            return [.queueMessages(preview.messages)]
        case .editMessage?:
            let shown = preview.messages[preview.shown]
            return [.editOutside("Subject: " + shown.subject + "\n\n" + shown.body)]
        case .nextMessage?:
            preview.shown = (preview.shown + 1) % preview.messages.count
            preview.top = 0
        case .scrollDown?: preview.top += 1
        case .scrollUp?: preview.top = max(0, preview.top - 1)
        case .close?:
            closeTop()
            message = strings.text(.messagesDropped)
            return []
        case .redraw?: return [.repaint]
        default:
            sayKeyDoesNothing(key)
        }
        replaceTop(.message(preview))
        return []
    }

    /// The text the editor left: its `Subject:` line and its body, in place of the message's.
    mutating func messageEdited(_ text: String?) {
        guard case .message(var preview) = topScreen else { return }
        let lines = (text ?? "").replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.lowercased().hasPrefix("subject:") else {
            message = strings.text(.messageNotEdited)
            return
        }
        var edited = preview.messages
        edited[preview.shown].subject = String(first.dropFirst("subject:".count)).trimmedWhitespace
        edited[preview.shown].body = lines.dropFirst(lines.count > 1 && lines[1].trimmedWhitespace.isEmpty ? 2 : 1)
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        preview = MessagePreview(messages: edited, kinds: preview.kinds, skipped: preview.skipped, sentBefore: preview.sentBefore,
                                 shown: preview.shown)
        replaceTop(.message(preview))
        message = strings.text(.messageEdited)
    }
}
