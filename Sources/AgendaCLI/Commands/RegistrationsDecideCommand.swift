import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations decide ID… STATUS`: a triage decision from a script or a shell, with
/// the rules of the interface's keys, applied to the store as it is under its lock. A running
/// interface shows it within a second.
struct RegistrationsDecideCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "decide",
            abstract: helpText(.registrationsDecideAbstract),
            discussion: helpText(.registrationsDecideDiscussion)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(helpText(.registrationsDecideWords), valueName: "id... status"))
    var words: [String] = []

    @Option(help: ArgumentHelp(helpText(.registrationsDecideEvent), valueName: "id"))
    var event: String?

    @Flag(help: ArgumentHelp(helpText(.registrationsDecideAllPending)))
    var allPending = false

    @Option(help: ArgumentHelp(helpText(.registrationsDecideNote), valueName: "text"))
    var note: String?

    @Flag(help: ArgumentHelp(helpText(.registrationsDecideOverCapacity)))
    var overCapacity = false

    mutating func validate() throws {
        let strings = GlobalOptions.strings(global.lang)
        guard let last = words.last else { throw ValidationError(strings.text(.decideNeedsStatus(known: Self.statuses))) }
        guard RegistrationStatus(rawValue: last.lowercased()) != nil else {
            throw ValidationError(strings.text(.badDecisionStatus(last, known: Self.statuses)))
        }
        let ids = words.dropLast()
        if allPending != (event != nil) || (allPending && !ids.isEmpty) || (!allPending && ids.isEmpty) {
            throw ValidationError(strings.text(.decideNeedsSelection))
        }
    }

    static let statuses = RegistrationStatus.allCases.map(\.rawValue)

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let status = RegistrationStatus(rawValue: words.last!.lowercased())!
        let selection: DecisionPlan.Selection = allPending ? .allPending(eventID: event!) : .ids(Array(words.dropLast()))
        // The catalogue gives the capacity and the waiting list; an inscription whose event has
        // left it is decided without them.
        let catalogue = try context.loadCatalogue()
        if case .allPending(let eventID) = selection, catalogue.event(id: eventID) == nil {
            Console.error(strings.text(.unknownEvent(TerminalSafeText.sanitize(eventID), near: [])))
            throw ExitCode(ExitStatus.dataError)
        }
        let store = context.registrationStore
        let moment = context.clock()
        func plan(_ contents: StoreContents) -> DecisionPlan {
            DecisionPlan.make(status, for: selection, note: note, overCapacity: overCapacity, in: contents,
                              event: { catalogue.event(id: $0) }, at: moment)
        }
        let decided: DecisionPlan
        do {
            // A first look without the lock: an unknown id, or nothing to change, and the store
            // is left as it is (not even created).
            let preview = plan(StoreContents(try store.load()))
            if !preview.unresolved.isEmpty || preview.changed.isEmpty {
                decided = preview
            } else {
                // Worked out again under the lock, on the store as it is now.
                decided = try store.transact { contents -> (versions: [Registration], result: DecisionPlan) in
                    let plan = plan(contents)
                    return (plan.unresolved.isEmpty ? plan.changed.map(\.after) : [], plan)
                }.result
            }
        } catch {
            throw context.fail(error)
        }
        try report(decided, status: status, catalogue: catalogue, strings: strings)
    }

    private func report(_ plan: DecisionPlan, status: RegistrationStatus, catalogue: Catalogue, strings: Strings) throws {
        let safe: (String) -> String = { TerminalSafeText.sanitize($0, allowNewlines: false) }
        func name(_ registration: Registration) -> String {
            safe(registration.participant.fullName)
        }
        func short(_ id: String) -> String { safe(String(id.prefix(8))) }
        func title(_ eventID: String) -> String { safe(catalogue.event(id: eventID)?.title ?? eventID) }
        if !plan.unresolved.isEmpty {
            for unresolved in plan.unresolved {
                switch unresolved {
                case .unknown(let id): Console.error(strings.text(.decideUnknownID(safe(id))))
                case .ambiguous(let id, let candidates): Console.error(strings.text(.decideAmbiguousID(safe(id), candidates: candidates.map(safe))))
                }
            }
            Console.error(strings.text(.decideNothingChanged))
            throw ExitCode(ExitStatus.dataError)
        }
        if allPending, let eventID = event, plan.changed.isEmpty, plan.beyondCapacity.isEmpty {
            Console.output(strings.text(.decideNothingPending(event: title(eventID))))
            return
        }
        for (before, after) in plan.changed {
            Console.output(strings.text(.decideChanged(name: name(after), id: short(after.id), from: before.status, to: after.status)))
        }
        for registration in plan.already {
            Console.output(strings.text(.decideAlready(name: name(registration), id: short(registration.id), status: status)))
        }
        for refusal in plan.beyondCapacity {
            Console.error(strings.text(.decideBeyondCapacity(event: title(refusal.eventID), excess: refusal.excess,
                                                             count: refusal.registrations.count)))
        }
        for candidate in plan.promotionCandidates {
            Console.output(strings.text(.decidePromotionOffer(event: title(candidate.eventId), name: name(candidate), id: candidate.id)))
        }
        Console.output(strings.text(.decideSummary(changed: plan.changed.count, already: plan.already.count,
                                                   refused: plan.beyondCapacity.reduce(0) { $0 + $1.registrations.count })))
        if !plan.beyondCapacity.isEmpty { throw ExitCode(1) }
    }
}
