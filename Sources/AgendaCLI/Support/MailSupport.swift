import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// The user's own templates, `$XDG_CONFIG_HOME/agenda/templates/KIND.LANG.txt` (else
/// `~/.config/agenda/templates/`), read once; a template that does not parse ends the command
/// with its file and line, rather than a message leaving wrong.
struct MessageTemplates {
    /// By `MessageKind.templateName`.
    private(set) var byName: [String: MessageTemplate] = [:]
    /// The files that do not read, with why.
    private(set) var problems: [(path: String, problem: MessageTemplate.Problem)] = []

    subscript(kind: MessageKind, language: Language) -> MessageTemplate? { byName[kind.templateName(language)] }

    static func fileName(_ kind: MessageKind, _ language: Language) -> String { kind.templateName(language) + ".txt" }

    static func directory(environment: [String: String]) -> String? {
        Configuration.path(environment: environment).map { ($0 as NSString).deletingLastPathComponent + "/templates" }
    }

    /// The template files there are, by name.
    static func files(environment: [String: String]) -> [String: String] {
        guard let directory = directory(environment: environment),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var found: [String: String] = [:]
        for kind in MessageKind.allCases {
            for language in Language.allCases where names.contains(fileName(kind, language)) {
                found[fileName(kind, language)] = directory + "/" + fileName(kind, language)
            }
        }
        return found
    }

    static func read(_ path: String) -> Result<MessageTemplate, MessageTemplate.Problem> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(MessageTemplate.Problem(line: 1, reason: .missingSubject))
        }
        return MessageTemplate.parse(text)
    }

    /// Every template file there is, read; those that do not read are kept as problems.
    static func readAll(environment: [String: String]) -> MessageTemplates {
        var templates = MessageTemplates()
        let found = files(environment: environment)
        for kind in MessageKind.allCases {
            for language in Language.allCases {
                guard let path = found[fileName(kind, language)] else { continue }
                switch read(path) {
                case .success(let template): templates.byName[kind.templateName(language)] = template
                case .failure(let problem): templates.problems.append((path, problem))
                }
            }
        }
        return templates
    }

    /// The templates, or the command ends after saying each problem.
    static func load(environment: [String: String], strings: Strings) throws -> MessageTemplates {
        let templates = readAll(environment: environment)
        for (path, problem) in templates.problems {
            Console.error(strings.text(.templateProblem(file: TerminalSafeText.sanitize(path), line: problem.line, reason: problem.reason)))
        }
        if !templates.problems.isEmpty { throw ExitCode(ExitStatus.dataError) }
        return templates
    }
}

/// Hands one message to the `sendmail` command of `[mail]` on its standard input, through
/// `/bin/sh -c` as mail readers run theirs (`msmtp -t`, `sendmail -t -i`).
enum Sendmail {
    static func hand(_ message: [UInt8], to command: String) -> (status: Int32, detail: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { return (127, "\(error)") }
        input.fileHandleForWriting.write(Data(message))
        try? input.fileHandleForWriting.close()
        let detail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, detail.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last.map(String.init) ?? "")
    }
}

extension CommandContext {
    /// `[mail] from` of config.toml, or the command ends saying where to write it.
    func messageSender() throws -> MessageSender {
        guard let from = configuration.mail.from else {
            Console.error(strings.text(.mailNeedsSender(configuration: configurationPath)))
            throw ExitCode(ExitStatus.usage)
        }
        return MessageSender(from: from, replyTo: configuration.mail.replyTo, bccSelf: configuration.mail.bccSelf)
    }

    /// Where config.toml is (or would be), for messages that send the user there.
    var configurationPath: String {
        Configuration.path(environment: ProcessInfo.processInfo.environment) ?? "~/.config/agenda/config.toml"
    }
}

/// Hands every waiting message to `sendmail`, records each in its registration's history, then
/// moves it to `sent/`: in that order, so that a crash between resends rather than loses.
/// `agenda mail send` and the interface's outbox both send through it.
struct OutboxSender {
    let outbox: Outbox
    let store: RegistrationStore
    let command: String
    let clock: @Sendable () -> Moment

    struct Failure {
        let message: QueuedMessage
        let status: Int32
        let detail: String
    }

    /// Each message in turn; `said` hears of each one sent or failed.
    func sendAll(said: (QueuedMessage, Failure?) -> Void = { _, _ in }) throws(StoreError) -> (sent: Int, left: Int) {
        let waiting = try outbox.queued()
        var sent = 0
        for message in waiting {
            let outcome = Sendmail.hand(message.bytes, to: command)
            guard outcome.status == 0 else {
                said(message, Failure(message: message, status: outcome.status, detail: outcome.detail))
                continue
            }
            if let id = message.registrationID, let kind = message.kind, let messageID = message.messageID {
                _ = try store.apply([RegistrationEdit(id: id, seen: nil, kind: .recordSent(SentMessage(kind: kind, id: messageID)))], at: clock())
            }
            try outbox.markSent(message)
            said(message, nil)
            sent += 1
        }
        return (sent, waiting.count - sent)
    }
}
