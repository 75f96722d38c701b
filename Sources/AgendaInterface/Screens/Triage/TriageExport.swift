import AgendaModel

extension AgendaState {
    /// Every inscription of the triage's event (every inscription at all from `I`), whatever the
    /// status filter and search show: the workbook is the event's list, as `registrations export
    /// --event` writes it.
    func exportInscriptions(_ scope: TriageList.Scope) -> [Effect] {
        let eventID: String?
        switch scope {
        case .event(let id): eventID = id
        case .all: eventID = nil
        }
        let chosen = registrations.filter { eventID == nil || $0.eventId == eventID }
        let events = Set(chosen.map(\.eventId)).sorted().compactMap { catalogue.event(id: $0) }
        return [.exportInscriptions(InscriptionsExport(eventID: eventID, registrations: chosen, events: events))]
    }
}
