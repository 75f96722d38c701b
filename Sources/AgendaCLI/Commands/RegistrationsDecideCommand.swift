import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations decide ID… STATUS`: a triage decision from a script or a shell, with
/// the rules of the interface's keys, applied to the store as it is under its lock. A running
/// interface shows it within a second.
struct RegistrationsDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Give a status to inscriptions: ID... STATUS, or --event ID --all-pending STATUS.",
        discussion: """
        STATUS is pending, approved, waitlisted, declined or cancelled. An ID is an inscription's id \
        (registrations list shows the first eight characters; list --format json shows it whole), or any \
        unique beginning of it of four characters or more.

        The rules are those of the triage keys: each change is a new entry of the inscription's history \
        (with --note as that entry's note); an approval that would go beyond the event's capacity is \
        refused unless --over-capacity is given; a seat freed by declining or cancelling an approved \
        inscription is offered to the first on the waiting list (printed, not decided). The decision is \
        made on the store as it is on the disk, under its lock, so that a running interface and this \
        command never lose each other's decisions.

        Exit status: 0 when every inscription named has the status (some perhaps already had it); 1 when \
        approvals were refused for capacity (the others are made); 65 when an ID names no inscription or \
        several (nothing is changed); 66 or 73 when the store cannot be read or written.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Inscription ids, then the status to give them.", valueName: "id... status"))
    var words: [String] = []

    @Option(help: ArgumentHelp("With --all-pending: the event whose pending inscriptions are decided.", valueName: "id"))
    var event: String?

    @Flag(help: "Decide every pending inscription of --event.")
    var allPending = false

    @Option(help: ArgumentHelp("A note for the history entry of each change.", valueName: "text"))
    var note: String?

    @Flag(help: "Approve even beyond the event's capacity.")
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
