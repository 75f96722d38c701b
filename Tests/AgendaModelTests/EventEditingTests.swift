import AgendaModel
import Foundation
import SampleCatalogue
import Testing
import TestSupport

/// The rules of the event editor: what a draft makes, checked by the catalogue's own reader.
@Suite struct EventDraftCheckTests {
    static let paris = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)

    func draft(_ texts: [EventDraft.Field: String]) -> EventDraft {
        var draft = EventDraft()
        draft.texts = texts
        return draft
    }

    func check(_ draft: EventDraft, base: Event? = nil) -> EventDraftCheck.Outcome {
        EventDraftCheck.check(draft, id: "2027-01-14-cafe", base: base, zone: Self.paris, now: nil)
    }

    @Test func aTimeTypedWithoutOffsetIsInTheCoordinatorsZoneSummerOrWinter() throws {
        let winter = try #require(check(draft([.title: "Café", .start: "2027-01-14 09:30", .end: "2027-01-14 11:00"])).event)
        #expect(winter.start == .timed(CalendarDate(year: 2027, month: 1, day: 14)!, TimeOfDay(hour: 9, minute: 30)!, offsetSeconds: 3_600))
        let summer = try #require(check(draft([.title: "Café", .start: "2027-06-10 09:30"])).event)
        #expect(summer.start == .timed(CalendarDate(year: 2027, month: 6, day: 10)!, TimeOfDay(hour: 9, minute: 30)!, offsetSeconds: 7_200))
        // An offset typed is kept: a day in Yerevan.
        let yerevan = try #require(check(draft([.title: "Journée", .start: "2027-06-10 10:00+04:00"])).event)
        #expect(yerevan.start == .timed(CalendarDate(year: 2027, month: 6, day: 10)!, TimeOfDay(hour: 10, minute: 0)!, offsetSeconds: 14_400))
    }

    @Test func anHourWrittenTheFrenchWayIsTaken() throws {
        for (typed, hour, minute) in [("2027-01-14 9:30", 9, 30), ("2027-01-14 9h30", 9, 30), ("2027-01-14 14h", 14, 0), ("2027-01-14T14H05", 14, 5)] {
            let event = try #require(check(draft([.title: "Café", .start: typed])).event, "\(typed)")
            #expect(event.start == .timed(CalendarDate(year: 2027, month: 1, day: 14)!, TimeOfDay(hour: hour, minute: minute)!, offsetSeconds: 3_600),
                    "\(typed)")
        }
        // Not a time: said by the catalogue's rules, as typed.
        #expect(check(draft([.title: "Café", .start: "2027-01-14 9h3x"])).event == nil)
    }

    @Test func aDateThatDoesNotExistIsSaidUnderItsFieldInTheCataloguesWords() {
        let outcome = check(draft([.title: "Café", .start: "2027-02-30 10:00"]))
        #expect(outcome.event == nil)
        #expect(outcome.problems.map(\.field) == [.start])
        guard case .catalogue(.invalidDate(let text, _))? = outcome.problems.first?.issue else {
            Issue.record("\(outcome.problems)")
            return
        }
        #expect(text == "2027-02-30T10:00")
    }

    @Test func eachFieldGetsItsOwnProblem() {
        var typed = draft([.start: "2027-01-14 10:00", .end: "2027-01-14 09:00", .capacity: "quatre-vingts", .contacts: "<a@b.fr>"])
        typed.takesRegistrations = true
        let outcome = check(typed)
        #expect(outcome.event == nil)
        let fields = Set(outcome.problems.map(\.field))
        #expect(fields == [.title, .end, .capacity, .contacts])
        #expect(outcome.problems.contains { $0.issue == .notAWholeNumber("quatre-vingts") })
        #expect(outcome.problems.contains { $0.issue == .catalogue(.emptyString) && $0.field == .title })
    }

    @Test func aTimeTheClocksSkipIsReportedNotShifted() {
        let outcome = check(draft([.title: "Café", .start: "2027-03-28 02:30"]))
        #expect(outcome.event == nil)
        #expect(outcome.problems == [.init(field: .start, issue: .nonexistentTime("2027-03-28 02:30"), isError: true)])
    }

    @Test func aTimeThatComesTwiceTakesTheFirstAsTheCalendarImportDoes() throws {
        let event = try #require(check(draft([.title: "Café", .start: "2026-10-25 02:30"])).event)
        #expect(event.start == DateParsing.dateTime("2026-10-25T02:30+02:00"))
    }

    @Test func aWholeDayKeepsOnlyTheDate() throws {
        var typed = draft([.title: "Rencontres", .start: "2027-07-01", .end: "2027-07-02 18:00"])
        typed.allDay = true
        let event = try #require(check(typed).event)
        #expect(event.start == .allDay(CalendarDate(year: 2027, month: 7, day: 1)!))
        #expect(event.end == .allDay(CalendarDate(year: 2027, month: 7, day: 2)!))
    }

    @Test("every sample event, shown in the editor and saved untouched, is the same event")
    func untouchedDraftsGiveBackTheEvent() throws {
        let catalogue = try #require(CatalogueDecoder.read(sampleCatalogueBytes).catalogue)
        for event in catalogue.events {
            let outcome = EventDraftCheck.check(EventDraft(event, zone: Self.paris), id: event.id, base: event, zone: Self.paris, now: nil)
            #expect(outcome.problems.filter(\.isError).isEmpty, "\(event.id): \(outcome.problems)")
            #expect(outcome.event == event, "\(event.id)")
        }
    }

    @Test func whatTheEditorDoesNotShowIsKept() throws {
        let catalogue = try #require(CatalogueDecoder.read(sampleCatalogueBytes).catalogue)
        let base = try #require(catalogue.events.first { !($0.registration?.questions.isEmpty ?? true) && !$0.programme.isEmpty })
        var typed = EventDraft(base, zone: Self.paris)
        typed.texts[.title] = "Nouveau titre"
        typed.texts[.capacity] = "12"
        let moment = Moment.startOf(CalendarDate(year: 2027, month: 1, day: 10)!, utcOffset: 3_600)
        let event = try #require(EventDraftCheck.check(typed, id: base.id, base: base, zone: Self.paris, now: moment).event)
        #expect(event.title == "Nouveau titre")
        #expect(event.registration?.capacity == 12)
        #expect(event.registration?.questions == base.registration?.questions)
        #expect(event.programme == base.programme)
        #expect(event.updatedAt == DateParsing.dateTime(moment.timestamp))
    }

    @Test func contactsAreWrittenNameThenAddressAndKeepTheirRole() throws {
        let base = Event(id: "a", title: "A", kind: .meeting, start: .allDay(CalendarDate(year: 2027, month: 1, day: 4)!),
                         contacts: [Contact(name: "Élodie Martin", role: "Chargée de mission", email: "e.martin@cites-unies-france.org")])
        var typed = EventDraft(base, zone: Self.paris)
        #expect(typed.text(.contacts) == "Élodie Martin <e.martin@cites-unies-france.org>")
        typed.texts[.contacts] = "Élodie Martin <elodie@example.fr>; 田中 太郎 <tanaka@example.jp>"
        let event = try #require(EventDraftCheck.check(typed, id: "a", base: base, zone: Self.paris, now: nil).event)
        #expect(event.contacts == [Contact(name: "Élodie Martin", role: "Chargée de mission", email: "elodie@example.fr"),
                                   Contact(name: "田中 太郎", email: "tanaka@example.jp")])
    }
}

@Suite struct EventIdentifierTests {
    @Test func theIdIsTheDateAndTheTitlesWords() {
        let date = CalendarDate(year: 2027, month: 1, day: 14)!
        #expect(EventIdentifier.make(title: "Café de la coopération : Arménie !", date: date) { _ in false }
                == "2027-01-14-cafe-de-la-cooperation-armenie")
        #expect(EventIdentifier.make(title: "日本", date: date) { _ in false } == "2027-01-14")
        let taken: Set = ["2027-01-14-cafe", "2027-01-14-cafe-2"]
        #expect(EventIdentifier.make(title: "Café", date: date) { taken.contains($0) } == "2027-01-14-cafe-3")
        let long = EventIdentifier.make(title: String(repeating: "coopération décentralisée ", count: 10), date: date) { _ in false }
        #expect(long.count <= 61)
    }
}

@Suite struct EventDuplicationTests {
    func day(_ text: String) -> CalendarDate { DateParsing.date(text)! }

    @Test func theNextEditionIsOnTheSameWeekdayOfTheNextMonth() {
        // First Thursday of December 2026 → first Thursday of January 2027.
        #expect(EventDuplication.sameWeekdayNextMonth(day("2026-12-03")) == day("2027-01-07"))
        // Second Tuesday.
        #expect(EventDuplication.sameWeekdayNextMonth(day("2027-01-12")) == day("2027-02-09"))
        // The last Friday stays the last Friday.
        #expect(EventDuplication.sameWeekdayNextMonth(day("2027-01-29")) == day("2027-02-26"))
        #expect(EventDuplication.sameWeekdayNextMonth(day("2027-04-30")) == day("2027-05-28"))
        // Across the year's end.
        #expect(EventDuplication.sameWeekdayNextMonth(day("2027-12-06")) == day("2028-01-03"))
    }

    @Test func theCopyMovesItsDatesAndKeepsItsHourThroughSummerTime() throws {
        let paris = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)
        let march = DateParsing.dateTime("2027-03-04T10:00:00+01:00")!
        let original = Event(id: "cafe-mars", title: "Café", kind: .meeting, status: .cancelled, start: march,
                             end: DateParsing.dateTime("2027-03-04T12:00:00+01:00"),
                             registration: RegistrationRules(deadline: DateParsing.dateTime("2027-03-02T18:00:00+01:00")),
                             uid: "abc@example.org")
        let copy = EventDuplication.nextEdition(of: original, id: "cafe-avril", zone: paris)
        #expect(copy.id == "cafe-avril")
        #expect(copy.uid == nil)
        #expect(copy.status == .scheduled)
        #expect(copy.start == DateParsing.dateTime("2027-04-01T10:00:00+02:00"))
        #expect(copy.end == DateParsing.dateTime("2027-04-01T12:00:00+02:00"))
        #expect(copy.registration?.deadline == DateParsing.dateTime("2027-03-30T18:00:00+02:00"))
    }
}
