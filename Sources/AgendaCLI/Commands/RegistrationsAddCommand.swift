import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations add --event ID --first … --last … --email … --organisation …`: one
/// registration from the shell (a telephone call, an e-mail), with the form's rules, written to
/// the store under its lock. A running interface shows it within a second.
struct RegistrationsAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: helpText(.registrationsAddAbstract),
            discussion: helpText(.registrationsAddDiscussion)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(helpText(.registrationsAddEvent), valueName: "id"))
    var event: String

    @Option(name: .customLong("first"), help: ArgumentHelp(helpText(.registrationsAddFirstName), valueName: "name"))
    var firstName = ""

    @Option(name: .customLong("last"), help: ArgumentHelp(helpText(.registrationsAddLastName), valueName: "name"))
    var lastName = ""

    @Option(help: ArgumentHelp(helpText(.registrationsAddEmail), valueName: "address"))
    var email = ""

    @Option(help: ArgumentHelp(helpText(.registrationsAddOrganisation), valueName: "name"))
    var organisation = ""

    @Option(help: ArgumentHelp(helpText(.registrationsAddPhone), valueName: "number"))
    var phone: String?

    @Option(help: ArgumentHelp(helpText(.registrationsAddRole), valueName: "text"))
    var role: String?

    @Option(help: ArgumentHelp(helpText(.registrationsAddMode), valueName: "mode"))
    var mode: String?

    @Option(help: ArgumentHelp(helpText(.registrationsAddAnswer), valueName: "id=value"))
    var answer: [String] = []

    @Option(help: ArgumentHelp(helpText(.registrationsAddLanguage), valueName: "lang"))
    var language: String?

    @Flag(help: ArgumentHelp(helpText(.registrationsAddConsent)))
    var consent = false

    @Flag(help: ArgumentHelp(helpText(.registrationsAddLate)))
    var late = false

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let safe: (String) -> String = { TerminalSafeText.sanitize($0, allowNewlines: false) }
        let catalogue = try context.loadCatalogue()
        guard let event = catalogue.event(id: self.event) else {
            let near = catalogue.events.map(\.id).filter { $0.contains(self.event) || self.event.contains($0) }.prefix(5)
            Console.error(strings.text(.unknownEvent(safe(self.event), near: Array(near))))
            throw ExitCode(ExitStatus.usage)
        }
        let draft = try makeDraft(for: event, strings: strings)
        let store = context.registrationStore
        let moment = context.clock()
        var identifiers = RandomIdentifiers()
        let id = identifiers.next()
        let outcome: SubmissionOutcome
        do {
            outcome = try store.transact { contents -> (versions: [Registration], result: SubmissionOutcome) in
                let outcome = RegistrationDesk.submit(draft, for: event, registrations: contents.registrations, at: moment, id: id,
                                                      overriding: late)
                if case .accepted(let registration) = outcome { return ([registration], outcome) }
                return ([], outcome)
            }.result
        } catch {
            throw context.fail(error)
        }
        switch outcome {
        case .accepted(let registration):
            Console.output(strings.text(.addSaved(name: safe(registration.participant.fullName), id: String(registration.id.prefix(8)),
                                                  status: registration.status, override: registration.history.first?.override)))
        case .invalid(let problems):
            for problem in problems {
                Console.error(strings.text(.addProblem(option: Self.option(for: problem.field), problem: strings.formProblem(problem.issue))))
            }
            throw ExitCode(ExitStatus.usage)
        case .refused(.duplicate(let existing)):
            Console.error(strings.text(.addDuplicate(name: safe(existing.participant.fullName), id: String(existing.id.prefix(8)),
                                                     status: existing.status)))
            throw ExitCode(1)
        case .refused(let refusal):
            Console.error(strings.text(.addRefused(strings.refusalSentence(refusal, openExisting: ""), canOverride: refusal.override != nil)))
            throw ExitCode(1)
        }
    }

    /// The draft the options describe; a mode or an answer that cannot be read ends the command.
    private func makeDraft(for event: Event, strings: Strings) throws -> RegistrationDraft {
        var draft = RegistrationDraft(participant: Participant(firstName: firstName, lastName: lastName, email: email, phone: phone,
                                                               organisation: organisation, role: role),
                                      consent: consent)
        if let language {
            guard let known = Language(rawValue: language.lowercased()) else {
                Console.error(strings.text(.addProblem(option: "--language", problem: strings.text(.badLanguageOption(TerminalSafeText.sanitize(language))))))
                throw ExitCode(ExitStatus.usage)
            }
            draft.participant.language = known
        }
        if let mode {
            guard let known = RegistrationDraft.mode(typed: mode) else {
                Console.error(strings.text(.addProblem(option: "--mode", problem: strings.text(.addUnknownMode(TerminalSafeText.sanitize(mode))))))
                throw ExitCode(ExitStatus.usage)
            }
            draft.mode = known
        }
        let questions = event.registration?.questions ?? []
        for pair in answer {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let question = questions.first(where: { $0.id == parts[0].trimmedWhitespace }) else {
                Console.error(strings.text(.addUnknownQuestion(TerminalSafeText.sanitize(pair), known: questions.map(\.id))))
                throw ExitCode(ExitStatus.usage)
            }
            draft.answers[question.id] = RegistrationDraft.answer(typed: parts[1], for: question)
        }
        return draft
    }

    static func option(for field: FormField) -> String {
        switch field {
        case .firstName: return "--first"
        case .lastName: return "--last"
        case .email: return "--email"
        case .phone: return "--phone"
        case .organisation: return "--organisation"
        case .role: return "--role"
        case .mode: return "--mode"
        case .question(let id): return "--answer \(id)=…"
        case .consent: return "--consent"
        }
    }
}
