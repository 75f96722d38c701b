import AgendaModel
import SampleCatalogue
import Testing

@Suite struct RegistrationListOrderTests {
    static let catalogue = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!

    func registration(_ id: String, _ event: String, _ status: RegistrationStatus, first: String, last: String) -> Registration {
        Registration(id: id, eventId: event, status: status, createdAt: "2026-11-20T10:00:00+01:00", updatedAt: "2026-11-20T10:00:00+01:00",
                     source: .form, participant: Participant(firstName: first, lastName: last, email: id + "@example.org", organisation: "X"),
                     consent: true, history: [.init(at: "2026-11-20T10:00:00+01:00", from: nil, to: status)])
    }

    @Test("by the event's date, then approved, pending, waitlisted, declined, cancelled, then family name with accents ignored")
    func order() {
        let registrations = [
            registration("a", "journee-armenie-2027-06-17", .pending, first: "Anahit", last: "Sargsyan"),
            registration("b", "ailleurs", .approved, first: "Zoé", last: "Orphelin"),
            registration("c", "formation-montage-projet-2027-01-14", .waitlisted, first: "Jean", last: "Dupont"),
            registration("d", "formation-montage-projet-2027-01-14", .approved, first: "Hélène", last: "Écrin"),
            registration("e", "formation-montage-projet-2027-01-14", .approved, first: "Marc", last: "Durand"),
            registration("f", "formation-montage-projet-2027-01-14", .pending, first: "Aline", last: "Zola"),
            registration("g", "formation-montage-projet-2027-01-14", .approved, first: "Anne", last: "Durand"),
        ]
        let sorted = RegistrationListOrder.sorted(registrations, catalogue: Self.catalogue).map(\.id)
        // Durand Anne, Durand Marc, Écrin (as "ecrin"), then pending, waitlisted; June after January; the orphan last.
        #expect(sorted == ["g", "e", "d", "f", "c", "a", "b"])
        // Without a catalogue, by event id, the same within an event.
        #expect(RegistrationListOrder.sorted(registrations, catalogue: nil).map(\.id) == ["b", "g", "e", "d", "f", "c", "a"])
    }
}
