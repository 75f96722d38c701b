import AgendaModel
import AgendaWords
import Foundation
import SampleCatalogue

/// Writing a thousand confirmations from the built-in template and queuing them in a Maildir
/// outbox (each file synced): the goal is under a second.
func mailFigures() {
    let catalogue = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!
    let event = catalogue.event(id: "formation-montage-projet-2027-01-14")!
    let moment = Moment.startOf(CalendarDate(year: 2026, month: 11, day: 23)!, utcOffset: 3600)
    let registrations = (0..<1_000).map { index in
        Registration(id: "r\(index)", eventId: event.id, status: .approved, createdAt: moment.timestamp, updatedAt: moment.timestamp,
                     source: .form, participant: Participant(firstName: "Élodie \(index)", lastName: "Martin", email: "e\(index)@example.org",
                                                             organisation: "Ville de Lyon"),
                     consent: true, history: [.init(at: moment.timestamp, from: nil, to: .approved)])
    }
    let composer = MessageComposer(strings: Strings(.fr),
                                   sender: MessageSender(from: MailAddress(name: "Cités Unies France", address: "coordination@example.org")))
    let time = medianMeasured(runs: 5) {
        let directory = NSTemporaryDirectory() + "agenda-bench-mail-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let start = DispatchTime.now().uptimeNanoseconds
        let messages = registrations.compactMap { registration in
            try? composer.compose(.confirmation, for: registration, event: event, registrations: registrations, at: moment,
                                  messageID: "<\(registration.id)@agenda.invalid>").get()
        }
        _ = try? Outbox(dataDirectory: directory).queue(messages, at: moment)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }
    report("compose and queue 1 000 messages (files synced)", time, goal: "< 1 s")
    let composing = median(runs: 5) {
        _ = registrations.compactMap { registration in
            try? composer.compose(.confirmation, for: registration, event: event, registrations: registrations, at: moment,
                                  messageID: "<\(registration.id)@agenda.invalid>").get().rfc5322
        }
    }
    report("of which: compose 1 000 messages as RFC 5322", composing, goal: "")
}
