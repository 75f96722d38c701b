import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations erase ID --yes`: erases one registration for good, at the person's
/// request (GDPR), from the store, its backup and its journal. Without `--yes` it only says
/// what would be erased: nothing is undone afterwards.
struct RegistrationsEraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a registration for good, at the person's request (GDPR): ID --yes.",
        discussion: """
        The registration leaves registrations.json, its backup registrations.json.bak and the journal; \
        erasures.json keeps only its event, its status and the moment, so that the event's figures still add \
        up. Without --yes, says what would be erased and changes nothing. Files exported before are not \
        touched: delete them or export again.

        Exit status: 0 when erased; 1 without --yes; 65 when the ID names no registration or several; 66 or \
        73 when the store cannot be read or written.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The registration's id, or a unique beginning of it of four characters or more.", valueName: "id"))
    var id: String

    @Flag(help: "Erase it: without this flag, only say what would be erased.")
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
