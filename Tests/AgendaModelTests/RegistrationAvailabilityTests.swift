import AgendaModel
import Testing
import TestSupport

/// The webinar of 19 May 2020, 15:00–17:30 in Paris (+02:00), with `rules`.
private func webinar(status: EventStatus = .scheduled, _ rules: RegistrationRules?) -> Event {
    makeEvent(id: "webinaire", kind: .webinar, status: status, start: "2020-05-19T15:00:00+02:00",
              end: "2020-05-19T17:30:00+02:00", registration: rules)
}

@Suite("RegistrationAvailability")
struct RegistrationAvailabilityTests {
    let early = moment("2020-05-10T09:00:00+02:00")

    // MARK: No registration possible

    @Test("an event without registration rules offers none")
    func notOffered() {
        #expect(webinar(nil).registrationAvailability(at: early, approved: 0) == .notOffered)
        #expect(webinar(status: .cancelled, nil).registrationAvailability(at: early, approved: 0) == .notOffered)
    }

    @Test("a cancelled event takes no registration")
    func cancelled() {
        #expect(webinar(status: .cancelled, RegistrationRules()).registrationAvailability(at: early, approved: 0) == .cancelled)
    }

    @Test("a postponed event takes no registration")
    func postponed() {
        #expect(webinar(status: .postponed, RegistrationRules()).registrationAvailability(at: early, approved: 0) == .postponed)
    }

    // MARK: Opening

    @Test("before an opening date the form is not yet open; it opens at midnight in the event's offset")
    func opensOnDate() {
        let event = webinar(RegistrationRules(opens: eventTime("2020-05-01")))
        #expect(event.registrationAvailability(at: moment("2020-04-30T23:59:00+02:00"), approved: 0) == .notYetOpen(opens: eventTime("2020-05-01")))
        #expect(event.registrationAvailability(at: moment("2020-05-01T00:00:00+02:00"), approved: 0) == .open(closesInDays: nil, seatsLeft: nil))
        // 22:30 UTC on 30 April is already 1 May in Paris.
        #expect(event.registrationAvailability(at: moment("2020-04-30T22:30:00Z"), approved: 0).acceptsRegistrations)
    }

    @Test("before an opening date-time the form is not yet open")
    func opensOnDateTime() {
        let opens = eventTime("2020-05-01T09:00:00+02:00")
        let event = webinar(RegistrationRules(opens: opens))
        #expect(event.registrationAvailability(at: moment("2020-05-01T08:59:00+02:00"), approved: 0) == .notYetOpen(opens: opens))
        #expect(event.registrationAvailability(at: moment("2020-05-01T09:00:00+02:00"), approved: 0) == .open(closesInDays: nil, seatsLeft: nil))
    }

    // MARK: Deadline

    @Test("a deadline date is open until the end of that day in the event's offset")
    func deadlineDateOpenAllDay() {
        let event = webinar(RegistrationRules(deadline: eventTime("2020-05-18")))
        #expect(event.registrationAvailability(at: moment("2020-05-18T23:59:00+02:00"), approved: 0) == .open(closesInDays: 0, seatsLeft: nil))
    }

    @Test("a deadline date is closed from the next midnight in the event's offset")
    func deadlineDateClosedAfter() {
        let event = webinar(RegistrationRules(deadline: eventTime("2020-05-18")))
        #expect(event.registrationAvailability(at: moment("2020-05-19T00:00:00+02:00"), approved: 0) == .closed(deadline: eventTime("2020-05-18")))
    }

    @Test("a deadline date is closed for a coordinator in UTC once it is over in the event's offset")
    func deadlineDateInEventOffset() {
        let event = webinar(RegistrationRules(deadline: eventTime("2020-05-18")))
        // 22:30 UTC on the 18th is 00:30 on the 19th in Paris.
        #expect(event.registrationAvailability(at: moment("2020-05-18T22:30:00Z"), approved: 0) == .closed(deadline: eventTime("2020-05-18")))
        #expect(event.registrationAvailability(at: moment("2020-05-18T21:59:00Z"), approved: 0).acceptsRegistrations)
    }

    @Test("a deadline date of a whole-day event is read in the coordinator's offset")
    func deadlineDateOfAllDayEvent() {
        let event = makeEvent(start: "2026-12-10", registration: RegistrationRules(deadline: eventTime("2026-12-04")))
        #expect(event.registrationAvailability(at: moment("2026-12-04T23:30:00+01:00"), approved: 0) == .open(closesInDays: 0, seatsLeft: nil))
        #expect(event.registrationAvailability(at: moment("2026-12-05T00:00:00+01:00"), approved: 0) == .closed(deadline: eventTime("2026-12-04")))
    }

    @Test("a deadline date-time closes at that instant")
    func deadlineDateTime() {
        let deadline = eventTime("2020-05-18T12:00:00+02:00")
        let event = webinar(RegistrationRules(deadline: deadline))
        #expect(event.registrationAvailability(at: moment("2020-05-18T11:59:00+02:00"), approved: 0) == .open(closesInDays: 0, seatsLeft: nil))
        #expect(event.registrationAvailability(at: moment("2020-05-18T12:00:00+02:00"), approved: 0) == .closed(deadline: deadline))
        #expect(event.registrationAvailability(at: moment("2020-05-18T10:30:00Z"), approved: 0) == .closed(deadline: deadline))
    }

    @Test("closesInDays counts whole days from today to the deadline's day")
    func closesInDays() {
        let event = webinar(RegistrationRules(deadline: eventTime("2020-05-18")))
        #expect(event.registrationAvailability(at: early, approved: 0) == .open(closesInDays: 8, seatsLeft: nil))
        #expect(event.registrationAvailability(at: moment("2020-05-17T20:00:00+02:00"), approved: 0) == .open(closesInDays: 1, seatsLeft: nil))
    }

    @Test("without a deadline, closesInDays is nil")
    func noDeadline() {
        #expect(webinar(RegistrationRules()).registrationAvailability(at: early, approved: 0) == .open(closesInDays: nil, seatsLeft: nil))
    }

    @Test("without a deadline, registration stays open on the event's day")
    func noDeadlineOnTheDay() {
        #expect(webinar(RegistrationRules()).registrationAvailability(at: moment("2020-05-19T16:00:00+02:00"), approved: 0).acceptsRegistrations)
    }

    @Test("without a deadline, an event that is over is closed")
    func overWithoutDeadline() {
        let availability = webinar(RegistrationRules()).registrationAvailability(at: moment("2020-05-20T09:00:00+02:00"), approved: 0)
        #expect(availability == .closed(deadline: nil))
        #expect(!availability.acceptsRegistrations)
    }

    // MARK: Seats

    @Test("seatsLeft is the capacity minus the approved registrations")
    func seatsLeft() {
        #expect(webinar(RegistrationRules(capacity: 30)).registrationAvailability(at: early, approved: 12) == .open(closesInDays: nil, seatsLeft: 18))
        #expect(webinar(RegistrationRules(capacity: 30)).registrationAvailability(at: early, approved: 29) == .open(closesInDays: nil, seatsLeft: 1))
    }

    @Test("when every seat is taken, new registrations go to the waiting list")
    func fullWithWaitlist() {
        let availability = webinar(RegistrationRules(capacity: 2)).registrationAvailability(at: early, approved: 2)
        #expect(availability == .full(waitlist: true))
        #expect(availability.acceptsRegistrations)
    }

    @Test("when every seat is taken and there is no waiting list, registrations are refused")
    func fullWithoutWaitlist() {
        let availability = webinar(RegistrationRules(capacity: 2, waitlist: false)).registrationAvailability(at: early, approved: 3)
        #expect(availability == .full(waitlist: false))
        #expect(!availability.acceptsRegistrations)
    }

    @Test("a capacity of 0 is full from the start")
    func zeroCapacity() {
        #expect(webinar(RegistrationRules(capacity: 0)).registrationAvailability(at: early, approved: 0) == .full(waitlist: true))
    }

    @Test("a closed deadline wins over free seats, and not yet open wins over both")
    func precedence() {
        let rules = RegistrationRules(opens: eventTime("2020-05-01"), deadline: eventTime("2020-05-18"), capacity: 1)
        #expect(webinar(rules).registrationAvailability(at: moment("2020-04-20T09:00:00+02:00"), approved: 5) == .notYetOpen(opens: eventTime("2020-05-01")))
        #expect(webinar(rules).registrationAvailability(at: moment("2020-05-19T09:00:00+02:00"), approved: 0) == .closed(deadline: eventTime("2020-05-18")))
    }

    @Test("only open and full-with-waitlist accept registrations")
    func acceptsRegistrations() {
        #expect(RegistrationAvailability.open(closesInDays: nil, seatsLeft: nil).acceptsRegistrations)
        #expect(RegistrationAvailability.full(waitlist: true).acceptsRegistrations)
        #expect(!RegistrationAvailability.full(waitlist: false).acceptsRegistrations)
        #expect(!RegistrationAvailability.notOffered.acceptsRegistrations)
        #expect(!RegistrationAvailability.cancelled.acceptsRegistrations)
        #expect(!RegistrationAvailability.postponed.acceptsRegistrations)
        #expect(!RegistrationAvailability.notYetOpen(opens: eventTime("2020-05-01")).acceptsRegistrations)
        #expect(!RegistrationAvailability.closed(deadline: nil).acceptsRegistrations)
    }
}
