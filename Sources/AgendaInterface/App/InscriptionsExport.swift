import AgendaModel

/// What the triage's export key asks the loop to write as a workbook: an event's inscriptions
/// (or every inscription, `eventID` nil) in the store's order, with the catalogue's events
/// they belong to, for their titles and their questions' labels.
public struct InscriptionsExport: Equatable, Sendable {
    public let eventID: String?
    public let registrations: [Registration]
    public let events: [Event]

    public init(eventID: String?, registrations: [Registration], events: [Event]) {
        self.eventID = eventID
        self.registrations = registrations
        self.events = events
    }
}
