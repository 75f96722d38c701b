import Foundation
@testable import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct EventDetailDocumentTests {
    let webinar = Event(
        id: "webinaire", title: "Face à la crise du COVID-19", kind: .webinar,
        start: DateParsing.eventTime("2020-05-19T15:00:00+02:00")!, end: DateParsing.eventTime("2020-05-19T17:30:00+02:00")!,
        location: EventLocation(mode: .online), organisers: ["MEAE/DAECT"],
        description: "Premier paragraphe.\n\n• un point\n- un autre",
        programme: [ProgrammeSlot(start: TimeOfDay(hour: 15, minute: 0)!, end: TimeOfDay(hour: 15, minute: 45)!, title: "Témoignages du vécu")],
        registration: RegistrationRules(deadline: .allDay(CalendarDate(year: 2020, month: 5, day: 18)!), modes: [.online])
    )

    @Test func goldenDetailAt50Columns() {
        let strings = Strings(.fr)
        let availability = webinar.registrationAvailability(at: .startOf(CalendarDate(year: 2026, month: 11, day: 23)!), approved: 0)
        let lines = DetailLayout.lines(EventDetailDocument.blocks(for: webinar, strings: strings, availability: availability), width: 50)
        let text = lines.map(\.text).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(text == [
            "Face à la crise du COVID-19",
            "webinaire",
            "",
            "Quand           mar. 19 mai 2020, 15:00–17:30",
            "                (UTC+02:00)",
            "Lieu            en ligne",
            "Organisateurs   MEAE/DAECT",
            "",
            "Présentation",
            "Premier paragraphe.",
            "",
            "• un point",
            "• un autre",
            "",
            "Programme",
            "15:00–15:45  Témoignages du vécu",
            "",
            "Inscriptions",
            "Inscriptions closes depuis le lun. 18 mai 2020.",
            "Date limite     lun. 18 mai 2020",
            "Participation   en ligne",
        ])
    }

    @Test func controlCharactersBecomePlaceholders() {
        let event = Event(id: "e", title: "A\u{1B}[2JB", kind: .other, start: .allDay(CalendarDate(year: 2030, month: 1, day: 1)!))
        let blocks = EventDetailDocument.blocks(for: event, strings: Strings(.en), availability: .notOffered)
        #expect(blocks.first == .title("A\u{FFFD}[2JB"))
    }

    @Test func everyLineFitsTheWidth() {
        let blocks = EventDetailDocument.blocks(for: webinar, strings: Strings(.en), availability: .notOffered)
        for width in [20, 33, 60] {
            #expect(DetailLayout.lines(blocks, width: width).allSatisfy { DisplayWidth.of($0.text) <= width })
        }
    }
}

@Suite struct PlaceTextTests {
    @Test("the city is not said twice when the address already holds it, whole words only")
    func cityNotRepeated() {
        let strings = Strings(.fr)
        #expect(EventDetailDocument.placeText(EventLocation(venue: "Maison des associations", address: "9 rue Christiani, 75018 Paris",
                                                             city: "Paris", country: "France"), strings)
                == "Maison des associations, 9 rue Christiani, 75018 Paris, France")
        #expect(EventDetailDocument.placeText(EventLocation(address: "1 place de la Mairie, 93200 Saint-Denis", city: "Saint-Denis"), strings)
                == "1 place de la Mairie, 93200 Saint-Denis")
        // "Paris" inside "Parisienne" is not the city.
        #expect(EventDetailDocument.placeText(EventLocation(address: "3 rue Parisienne", city: "Paris"), strings)
                == "3 rue Parisienne, Paris")
    }
}
