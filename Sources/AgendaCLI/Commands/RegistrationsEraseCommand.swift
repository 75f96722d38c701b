import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations erase ID --yes`: erases one registration for good, at the person's
/// request (GDPR), from the store, its backup and its journal. Without `--yes` it only says
/// what would be erased: nothing is undone afterwards.
struct RegistrationsEraseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "erase",
            abstract: helpText(.registrationsEraseAbstract),
            discussion: helpText(.registrationsEraseDiscussion)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(helpText(.registrationsEraseId), valueName: "id"))
    var id: String

    @Flag(help: ArgumentHelp(helpText(.registrationsEraseYes)))
    var yes = false

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let safe: (String) -> String = { TerminalSafeText.sanitize($0, allowNewlines: false) }
        let store = context.registrationStore
        let registration: Registration
        do {
            switch StoreContents(try store.load()).resolve(id) {
            case .success(let found): registration = found
            case .failure(.unknown(let text)):
                Console.error(strings.text(.decideUnknownID(safe(text))))
                throw ExitCode(ExitStatus.dataError)
            case .failure(.ambiguous(let text, let candidates)):
                Console.error(strings.text(.decideAmbiguousID(safe(text), candidates: candidates.map(safe))))
                throw ExitCode(ExitStatus.dataError)
            }
        } catch let error as StoreError {
            throw context.fail(error)
        }
        let who = strings.text(.eraseWho(name: safe(registration.participant.fullName), email: safe(registration.participant.email),
                                         event: safe(registration.eventId), id: String(registration.id.prefix(8))))
        guard yes else {
            Console.error(strings.text(.eraseNeedsYes(who)))
            throw ExitCode(1)
        }
        do {
            guard try store.erase(id: registration.id, at: context.clock()) != nil else {
                Console.error(strings.text(.decideUnknownID(safe(id))))
                throw ExitCode(ExitStatus.dataError)
            }
        } catch let error as StoreError {
            throw context.fail(error)
        }
        Console.output(strings.text(.eraseDone(who)))
    }
}
