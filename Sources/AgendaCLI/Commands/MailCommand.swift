import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda mail …`: messages to participants, written from templates, kept in the outbox and
/// handed to the mail system the coordinator already has (`sendmail` of `[mail]`).
struct MailCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "mail", abstract: helpText(.mailAbstract),
                             subcommands: [MailQueueCommand.self, MailListCommand.self, MailSendCommand.self, MailTemplatesCommand.self])
    }
}

struct MailQueueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "queue", abstract: helpText(.mailQueueAbstract), discussion: helpText(.mailQueueDiscussion))
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(helpText(.mailQueueEvent), valueName: "id"))
    var event: String

    @Option(help: ArgumentHelp(helpText(.mailQueueKind), valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp(helpText(.mailQueueStatus), valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp(helpText(.mailQueueRegistration), valueName: "id"))
    var registration: [String] = []

    @Flag(help: ArgumentHelp(helpText(.mailQueueAgain)))
    var again = false

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let safe: (String) -> String = { TerminalSafeText.sanitize($0, allowNewlines: false) }
        guard let kind = MessageKind(rawValue: kind.lowercased()) else {
            Console.error("agenda: " + strings.text(.unknownMessageKind(safe(self.kind), known: MessageKind.allCases.map(\.rawValue))))
            throw ExitCode(ExitStatus.usage)
        }
        let sender = try context.messageSender()
        let catalogue = try context.loadCatalogue()
        guard let event = catalogue.event(id: self.event) else {
            Console.error(strings.text(.unknownEvent(safe(self.event), near: [])))
            throw ExitCode(ExitStatus.usage)
        }
        let templates = try MessageTemplates.load(environment: ProcessInfo.processInfo.environment, strings: strings)
        let wanted = status.flatMap { RegistrationStatus(rawValue: $0.lowercased()) }
        let stored: [Registration]
        do { stored = try context.loadRegistrations() }
        let outbox = Outbox(dataDirectory: context.dataDirectory)
        let waiting: [QueuedMessage]
        do { waiting = try outbox.queued() } catch { throw context.fail(error) }
        let alreadyQueued = Set(waiting.compactMap { message in message.registrationID.map { $0 + "/" + (message.kind?.rawValue ?? "") } })
        var chosen = stored.filter { $0.eventId == event.id && (wanted == nil || $0.status == wanted) }
        if !registration.isEmpty {
            let contents = StoreContents(stored)
            chosen = registration.compactMap { if case .success(let found) = contents.resolve($0) { found } else { nil } }
        }
        var queued = 0, skipped = 0
        var messages: [MailMessage] = []
        var said: [String] = []
        let moment = context.clock()
        for registration in RegistrationListOrder.sorted(chosen, catalogue: catalogue) {
            let name = safe(registration.participant.fullName)
            // The participant's language when the store knows it, French otherwise.
            let language = registration.participant.language ?? .fr
            let composer = MessageComposer(strings: Strings(language), sender: sender)
            if !again, registration.history.contains(where: { $0.message?.kind == kind }) {
                Console.output(strings.text(.mailSkipped(name: name, reason: .alreadySent)))
                skipped += 1
                continue
            }
            if alreadyQueued.contains(registration.id + "/" + kind.rawValue) {
                Console.output(strings.text(.mailSkipped(name: name, reason: .alreadyQueued)))
                skipped += 1
                continue
            }
            switch composer.compose(kind, for: registration, event: event, registrations: stored, template: event.messageTemplate(kind, language) ?? templates[kind, language],
                                    connection: event.connection, at: moment, messageID: MailMessage.newMessageID(at: moment)) {
            case .failure(let refusal):
                Console.output(strings.text(.mailSkipped(name: name, reason: refusal)))
                skipped += 1
            case .success(let message):
                messages.append(message)
                said.append(strings.text(.mailQueued(name: name, email: safe(registration.participant.email), kind: kind)))
                queued += 1
            }
        }
        // Said once they are in the outbox: a queue that fails has queued nothing.
        do { try outbox.queue(messages, at: moment) } catch { throw context.fail(error) }
        for line in said { Console.output(line) }
        Console.output(strings.text(.mailQueueSummary(queued: queued, skipped: skipped)))
    }
}

struct MailListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: helpText(.mailListAbstract))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(helpText(.mailListFormat)))
    var format: Format = .text

    func run() throws {
        let context = try global.context()
        let safe: (String) -> String = { TerminalSafeText.sanitize($0, allowNewlines: false) }
        let waiting: [QueuedMessage]
        do { waiting = try Outbox(dataDirectory: context.dataDirectory).queued() } catch { throw context.fail(error) }
        switch format {
        case .json:
            let rows: [[String: String]] = waiting.map { message in
                ["file": message.name, "kind": message.kind?.rawValue ?? "", "to": message.recipient ?? "", "subject": message.subject ?? "",
                 "messageId": message.messageID ?? "", "registrationId": message.registrationID ?? ""]
            }
            let data = try JSONSerialization.data(withJSONObject: ["messages": rows], options: [.prettyPrinted, .sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        case .text:
            if waiting.isEmpty { Console.output(context.strings.text(.mailNothingQueued)) }
            for message in waiting {
                Console.output(context.strings.text(.mailListLine(kind: message.kind?.rawValue ?? "?", to: safe(message.recipient ?? ""),
                                                                  subject: safe(message.subject ?? ""))))
            }
        }
    }
}

struct MailSendCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "send", abstract: helpText(.mailSendAbstract), discussion: helpText(.mailSendDiscussion))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(helpText(.mailSendDryRun)))
    var dryRun = false

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let safe: (String) -> String = { TerminalSafeText.sanitize($0, allowNewlines: false) }
        let outbox = Outbox(dataDirectory: context.dataDirectory)
        let waiting: [QueuedMessage]
        do { waiting = try outbox.queued() } catch { throw context.fail(error) }
        if dryRun {
            for message in waiting { Console.output(strings.text(.mailWouldSend(to: safe(message.recipient ?? ""), subject: safe(message.subject ?? "")))) }
            Console.output(strings.text(.mailWaiting(waiting.count, outbox: outbox.queuePath)))
            return
        }
        guard let command = context.configuration.mail.sendmail else {
            if waiting.isEmpty { Console.output(strings.text(.mailNothingQueued)); return }
            Console.error(strings.text(.mailNoSendmail(configuration: context.configurationPath, outbox: outbox.queuePath)))
            throw ExitCode(ExitStatus.tempFailure)
        }
        let sender = OutboxSender(outbox: outbox, store: context.registrationStore, command: command, clock: context.clock)
        let result: (sent: Int, left: Int)
        do {
            result = try sender.sendAll { message, failure in
                let to = safe(message.recipient ?? "")
                if let failure {
                    Console.error(strings.text(.mailSendFailed(to: to, status: failure.status, detail: safe(failure.detail))))
                } else {
                    Console.output(strings.text(.mailSent(to: to, id: safe(message.messageID ?? ""))))
                }
            }
        } catch { throw context.fail(error) }
        Console.output(strings.text(.mailSendSummary(sent: result.sent, left: result.left)))
        if result.left > 0 { throw ExitCode(ExitStatus.tempFailure) }
    }
}

struct MailTemplatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "templates", abstract: helpText(.mailTemplatesAbstract))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(helpText(.mailTemplatesCheck)))
    var check = false

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let found = MessageTemplates.files(environment: ProcessInfo.processInfo.environment)
        var problems = 0
        for kind in MessageKind.allCases {
            for language in Language.allCases {
                let file = found[MessageTemplates.fileName(kind, language)]
                if let file, case .failure(let problem) = MessageTemplates.read(file) {
                    Console.error(strings.text(.templateProblem(file: TerminalSafeText.sanitize(file), line: problem.line, reason: problem.reason)))
                    problems += 1
                } else if !check {
                    Console.output(strings.text(.templateLine(kind: kind, language: language.rawValue,
                                                              source: file.map { TerminalSafeText.sanitize($0) } ?? "—")))
                }
            }
        }
        if problems > 0 { throw ExitCode(ExitStatus.dataError) }
        // The events' own texts were checked as the catalogue was read: its problems end the command.
        let catalogue = try context.loadCatalogue()
        var eventTemplates = 0
        for event in catalogue.events where !event.messages.isEmpty {
            eventTemplates += event.messages.count
            if !check { Console.output(strings.text(.eventTemplates(event: event.id, names: event.messages.keys.sorted()))) }
        }
        if check { Console.output(strings.text(.templatesChecked(MessageKind.allCases.count * Language.allCases.count + eventTemplates))) }
    }
}
