@testable import AgendaCLI
import AgendaInterface
import AgendaModel
import Foundation
import Testing
import TestSupport

/// What the triage's export key writes: the interface's keeper, on a real data directory.
@Suite struct InterfaceWorkbookExportTests {
    @Test func theKeeperWritesAPrivateWorkbookInTheExportsDirectory() throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("data").path
        let day = CalendarDate(year: 2026, month: 12, day: 1)!
        let keeper = StoreKeeper(store: RegistrationStore(directory: data), language: .fr, clock: { .startOf(day) })
        let event = makeEvent(id: "webinaire-climat-2026-12-08", title: "Coopération décentralisée et climat", kind: .webinar,
                              start: "2026-12-08T14:00:00+01:00")
        let registration = Registration(
            id: "a1", eventId: event.id, status: .pending, createdAt: "2026-11-23T10:15:00+01:00",
            updatedAt: "2026-11-23T10:15:00+01:00", source: .form,
            participant: Participant(firstName: "Élodie", lastName: "Martin", email: "e@example.org", phone: "0123456789",
                                     organisation: "Ville de Lyon"),
            consent: true, history: [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .pending)])
        let path = try keeper.exportInscriptions(InscriptionsExport(eventID: event.id, registrations: [registration], events: [event]))
        #expect(path == data + "/exports/webinaire-climat-2026-12-08.xlsx")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let book = try readWorkbook(path)
        #expect(book.texts(0).prefix(2) == ["Identifiant de l'événement", "Événement"])
        #expect(book.texts(1)[1] == "Coopération décentralisée et climat")
        #expect(book.texts(1)[6] == "0123456789")
        let every = try keeper.exportInscriptions(InscriptionsExport(eventID: nil, registrations: [registration], events: [event]))
        #expect(every == data + "/exports/inscriptions.xlsx")
    }
}
