import AgendaModel
import AgendaWords
import Foundation
import Testing
import TestSupport

@Suite struct LocalZoneTests {
    static let kanazawa = makeEvent(start: "2027-02-16T17:00:00+09:00", end: "2027-02-16T19:30:00+09:00")

    @Test("an event in another offset is also told at the coordinator's time, named by the place")
    func anotherOffsetIsToldInLocalTime() {
        let paris = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)
        #expect(paris.placeName == "Paris")
        #expect(Strings(.fr).dates.local(Self.kanazawa, in: paris) == "soit 09:00–11:30 à Paris")
        #expect(Strings(.en).dates.local(Self.kanazawa, in: paris) == "09:00–11:30 in Paris")
        // The day is said when it is another one there.
        let montreal = makeEvent(start: "2027-02-16T20:00:00-05:00")
        #expect(Strings(.fr).dates.local(montreal, in: paris) == "soit mer. 17 févr., 02:00 à Paris")
    }

    @Test("summer time is the zone's at the event's date, not today's")
    func summerTime() {
        let paris = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)
        let july = makeEvent(start: "2027-07-06T17:30:00+09:00")
        #expect(Strings(.fr).dates.local(july, in: paris) == "soit 10:30 à Paris")
        // Already in Paris's offset that day: nothing to add.
        #expect(Strings(.fr).dates.local(makeEvent(start: "2027-07-06T17:30:00+02:00"), in: paris) == nil)
        #expect(Strings(.fr).dates.local(makeEvent(start: "2027-07-06"), in: paris) == nil)
    }

    @Test("a zone without a place says 'chez vous'; names come from the zone's identifier")
    func unnamedZones() {
        #expect(Strings(.fr).dates.local(Self.kanazawa, in: .fixed(offset: 0, placeName: nil)) == "soit 08:00–10:30 chez vous")
        #expect(LocalZone.system(TimeZone(identifier: "America/New_York")!).placeName == "New York")
        #expect(LocalZone.system(TimeZone(identifier: "UTC")!).placeName == nil)
        #expect(LocalZone.system(TimeZone(identifier: "Etc/GMT+2")!).placeName == nil)
    }
}
