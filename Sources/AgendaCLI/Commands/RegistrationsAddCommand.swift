import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations add --event ID --first … --last … --email … --organisation …`: one
/// registration from the shell (a telephone call, an e-mail), with the form's rules, written to
/// the store under its lock. A running interface shows it within a second.
struct RegistrationsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one registration with the form's rules: --event ID --first … --last … --email … --organisation … --consent.",
        discussion: """
        The checks are the form's: required fields, the e-mail's form, the event's questions (--answer \
        ID=VALUE, once per question: yes/no, a number, a choice, choices separated by |), the mode when the \
        event offers several, the participant's consent (--consent once they agreed), and a duplicate \
        (same event and e-mail). An event full with a waiting list puts the registration on it. After the \
        deadline, before the opening or when full without a waiting list, the registration is refused \
        unless --late is given: it is then recorded as pending, and its history says which rule was set \
        aside. A cancelled or postponed event takes none.

        Exit status: 0 when recorded; 1 when refused by the event's rules or as a duplicate; 64 when a \
        value is missing or wrong (each is named); 66 or 73 when the store cannot be read or written.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The event's id (agenda list --all shows them).", valueName: "id"))
    var event: String

    @Option(name: .customLong("first"), help: ArgumentHelp("Given name.", valueName: "name"))
    var firstName = ""

    @Option(name: .customLong("last"), help: ArgumentHelp("Family name.", valueName: "name"))
    var lastName = ""

    @Option(help: ArgumentHelp("E-mail address.", valueName: "address"))
    var email = ""

    @Option(help: ArgumentHelp("Local government or organisation.", valueName: "name"))
    var organisation = ""

    @Option(help: ArgumentHelp("Telephone.", valueName: "number"))
    var phone: String?

    @Option(help: ArgumentHelp("Role in the organisation.", valueName: "text"))
    var role: String?

    @Option(help: ArgumentHelp("onsite or online (présentiel, en ligne).", valueName: "mode"))
    var mode: String?

    @Option(help: ArgumentHelp("An answer to one of the event's questions.", valueName: "id=value"))
    var answer: [String] = []

    @Flag(help: "The participant agreed to their data being kept for this event.")
    var consent = false

    @Flag(help: "Record it even after the deadline, before the opening or when full (marked in its history).")
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
