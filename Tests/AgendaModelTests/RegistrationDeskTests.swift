import CatalogueGenerator
import AgendaModel
import Testing
import TestSupport

/// The webinar of 19 May 2020, 15:00–17:30 in Paris (+02:00), with `rules`.
private func webinar(status: EventStatus = .scheduled, _ rules: RegistrationRules? = RegistrationRules()) -> Event {
    makeEvent(id: "webinaire", kind: .webinar, status: status, start: "2020-05-19T15:00:00+02:00",
              end: "2020-05-19T17:30:00+02:00", registration: rules)
}

/// A form filled in correctly for an event without questions or modes.
private func filledDraft(email: String = "e.martin@example.org") -> RegistrationDraft {
    RegistrationDraft(participant: Participant(firstName: "Élodie", lastName: "Martin", email: email,
                                               organisation: "Ville de Lyon"),
                      consent: true)
}

/// A stored registration of `eventID` with `status`.
private func stored(_ status: RegistrationStatus, eventID: String = "webinaire", email: String = "autre@example.org",
                    id: String = "r") -> Registration {
    Registration(id: id, eventId: eventID, status: status, createdAt: "2020-05-01T10:00:00+02:00",
                 updatedAt: "2020-05-01T10:00:00+02:00", source: .form,
                 participant: Participant(firstName: "A", lastName: "B", email: email, organisation: "C"),
                 consent: true, history: [.init(at: "2020-05-01T10:00:00+02:00", from: nil, to: status)])
}

private let early = moment("2020-05-10T09:00:00+02:00")

private func submit(_ draft: RegistrationDraft = filledDraft(), to event: Event, registrations: [Registration] = [],
                    at now: Moment = early) -> SubmissionOutcome {
    RegistrationDesk.submit(draft, for: event, registrations: registrations, at: now, id: "nouvelle")
}

/// The status given to an accepted registration; nil when it was not accepted.
private func acceptedStatus(_ outcome: SubmissionOutcome) -> RegistrationStatus? {
    if case .accepted(let registration) = outcome { return registration.status }
    return nil
}

private func problems(_ outcome: SubmissionOutcome) -> [FormProblem] {
    if case .invalid(let problems) = outcome { return problems }
    return []
}

@Suite("RegistrationDesk")
struct RegistrationDeskTests {
    // MARK: When the event takes registrations

    // MARK: Correcting a participant's details

    @Test("a correction names the fields changed in a new history entry, keeps the status, and says nothing of the values")
    func correctionIsRecorded() throws {
        let event = webinar(RegistrationRules(deadline: eventTime("2020-05-01")))
        var registration = stored(.approved, email: "e.martin@exemple.org")
        registration.participant.firstName = "Élodie"
        var draft = RegistrationDraft(correcting: registration, event: event)
        draft.participant.email = " e.martin@example.org "
        guard case .corrected(let edit) = RegistrationDesk.correction(draft, of: registration, for: event, registrations: [registration]) else {
            Issue.record("not a correction")
            return
        }
        // The deadline has passed: a correction is not a registration, the rules do not apply.
        let corrected = try edit.applied(to: registration, at: "2020-05-10T09:00:00+02:00").get()
        #expect(corrected.participant.email == "e.martin@example.org")
        #expect(corrected.status == .approved)
        #expect(corrected.history.last == .init(at: "2020-05-10T09:00:00+02:00", from: .approved, to: .approved, corrected: ["email"]))
        #expect(corrected.updatedAt == "2020-05-10T09:00:00+02:00")
        // What another program corrected in between is not overwritten.
        var elsewhere = registration
        elsewhere.participant.phone = "+33 1 23 45 67 89"
        if case .failure(let conflict) = edit.applied(to: elsewhere, at: "2020-05-10T09:00:00+02:00") {
            #expect(conflict.reason == .changedSince)
        } else {
            Issue.record("applied over another change")
        }
    }

    @Test("a correction is checked as the form checks, and refused when the e-mail is another registration's")
    func correctionIsChecked() {
        let event = webinar()
        let registration = stored(.pending, email: "a@example.org", id: "a")
        let other = stored(.pending, email: "b@example.org", id: "b")
        var draft = RegistrationDraft(correcting: registration, event: event)
        draft.participant.email = "pas-un-email"
        #expect(RegistrationDesk.correction(draft, of: registration, for: event, registrations: [registration, other])
                == .invalid([FormProblem(.email, .invalidEmail)]))
        draft.participant.email = "B@example.org"
        #expect(RegistrationDesk.correction(draft, of: registration, for: event, registrations: [registration, other]) == .duplicate(other))
        #expect(RegistrationDesk.correction(RegistrationDraft(correcting: registration, event: event), of: registration, for: event,
                                            registrations: [registration]) == .unchanged)
    }

    // MARK: A coordinator setting a rule aside

    @Test("after the deadline, before the opening or when full, overriding records a pending registration marked so")
    func overridingSetsTheRuleAsideAndSaysWhich() {
        let deadline = eventTime("2020-05-18")
        let cases: [(Event, Moment, [Registration], RegistrationOverride)] = [
            (webinar(RegistrationRules(deadline: deadline)), moment("2020-05-19T10:00:00+02:00"), [], .afterDeadline),
            (webinar(RegistrationRules(opens: eventTime("2020-05-15"))), early, [], .beforeOpening),
            (webinar(RegistrationRules(capacity: 1, waitlist: false)), early, [stored(.approved)], .whenFull),
            (webinar(), moment("2020-05-20T10:00:00+02:00"), [], .afterDeadline),
        ]
        for (event, now, registrations, expected) in cases {
            let outcome = RegistrationDesk.submit(filledDraft(), for: event, registrations: registrations, at: now, id: "n", overriding: true)
            guard case .accepted(let registration) = outcome else {
                Issue.record("\(expected): \(outcome)")
                continue
            }
            #expect(registration.status == .pending)
            #expect(registration.history == [.init(at: now.timestamp, from: nil, to: .pending, override: expected)])
            // Without overriding, the same is refused, and only once the form is complete.
            if case .refused(let refusal) = submit(to: event, registrations: registrations, at: now) {
                #expect(refusal.override == expected)
            } else {
                Issue.record("not refused: \(expected)")
            }
            #expect(!problems(submit(RegistrationDraft(), to: event, registrations: registrations, at: now)).isEmpty)
        }
    }

    @Test("cancelled, postponed and not offered cannot be overridden; a duplicate stays one")
    func someRulesStay() {
        for status in [EventStatus.cancelled, .postponed] {
            let outcome = RegistrationDesk.submit(filledDraft(), for: webinar(status: status), registrations: [], at: early, id: "n", overriding: true)
            #expect(acceptedStatus(outcome) == nil)
        }
        #expect(acceptedStatus(RegistrationDesk.submit(filledDraft(), for: webinar(nil), registrations: [], at: early, id: "n", overriding: true)) == nil)
        let duplicate = stored(.pending, email: "e.martin@example.org")
        let outcome = RegistrationDesk.submit(filledDraft(), for: webinar(RegistrationRules(capacity: 1, waitlist: false)),
                                              registrations: [stored(.approved), duplicate], at: early, id: "n", overriding: true)
        #expect(outcome == .refused(.duplicate(existing: duplicate)))
    }

    @Test("an opening date opens at midnight in the event's offset")
    func opensOnDate() {
        let event = webinar(RegistrationRules(opens: eventTime("2020-05-01")))
        #expect(submit(to: event, at: moment("2020-04-30T23:59:00+02:00")) == .refused(.notYetOpen(opens: eventTime("2020-05-01"))))
        #expect(acceptedStatus(submit(to: event, at: moment("2020-05-01T00:00:00+02:00"))) == .pending)
    }

    @Test("an opening date-time opens at that instant")
    func opensOnDateTime() {
        let opens = eventTime("2020-05-01T09:00:00+02:00")
        let event = webinar(RegistrationRules(opens: opens))
        #expect(submit(to: event, at: moment("2020-05-01T08:59:59+02:00")) == .refused(.notYetOpen(opens: opens)))
        #expect(acceptedStatus(submit(to: event, at: moment("2020-05-01T07:00:00Z"))) == .pending)
    }

    @Test("a deadline date stays open until the end of that day in the event's offset")
    func deadlineDate() {
        let deadline = eventTime("2020-05-18")
        let event = webinar(RegistrationRules(deadline: deadline))
        #expect(acceptedStatus(submit(to: event, at: moment("2020-05-18T23:59:59+02:00"))) == .pending)
        #expect(submit(to: event, at: moment("2020-05-19T00:00:00+02:00")) == .refused(.closed(deadline: deadline)))
        // 22:30 UTC on the 18th is already the 19th in Paris, where the event is.
        #expect(submit(to: event, at: moment("2020-05-18T22:30:00Z")) == .refused(.closed(deadline: deadline)))
        #expect(acceptedStatus(submit(to: event, at: moment("2020-05-18T21:59:00Z"))) == .pending)
    }

    @Test("a deadline date-time closes at that instant")
    func deadlineDateTime() {
        let deadline = eventTime("2020-05-18T12:00:00+02:00")
        let event = webinar(RegistrationRules(deadline: deadline))
        #expect(acceptedStatus(submit(to: event, at: moment("2020-05-18T11:59:59+02:00"))) == .pending)
        #expect(submit(to: event, at: moment("2020-05-18T12:00:00+02:00")) == .refused(.closed(deadline: deadline)))
    }

    @Test("an event without registration, cancelled or postponed refuses")
    func eventStatusRefuses() {
        #expect(submit(to: webinar(nil)) == .refused(.notOffered))
        #expect(submit(to: webinar(status: .cancelled)) == .refused(.cancelled))
        #expect(submit(to: webinar(status: .postponed)) == .refused(.postponed))
    }

    @Test("an event that is over without a deadline refuses")
    func overWithoutDeadline() {
        #expect(submit(to: webinar(), at: moment("2020-05-20T09:00:00+02:00")) == .refused(.closed(deadline: nil)))
    }

    @Test("the event's rules are checked before the fields")
    func rulesBeforeFields() {
        #expect(submit(RegistrationDraft(), to: webinar(status: .cancelled)) == .refused(.cancelled))
    }

    // MARK: Seats

    @Test("when full with a waiting list, a registration is accepted as waitlisted")
    func fullWithWaitlist() throws {
        let event = webinar(RegistrationRules(capacity: 2))
        let outcome = submit(to: event, registrations: [stored(.approved, id: "a"), stored(.approved, id: "b")])
        guard case .accepted(let registration) = outcome else { Issue.record("not accepted: \(outcome)"); return }
        #expect(registration.status == .waitlisted)
        #expect(registration.history == [.init(at: early.timestamp, from: nil, to: .waitlisted)])
        #expect(RegistrationDesk.admission(for: event, registrations: [stored(.approved), stored(.approved)], at: early) == .success(.waitlisted))
    }

    @Test("when full without a waiting list, a registration is refused")
    func fullWithoutWaitlist() {
        let event = webinar(RegistrationRules(capacity: 1, waitlist: false))
        #expect(submit(to: event, registrations: [stored(.approved)]) == .refused(.full))
    }

    @Test("approved registrations take seats; pending, waitlisted, declined and cancelled ones do not")
    func onlyApprovedCount() {
        let event = webinar(RegistrationRules(capacity: 2, waitlist: false))
        let others: [Registration] = [stored(.approved, id: "1"), stored(.pending, id: "2"), stored(.pending, id: "3"),
                                      stored(.waitlisted, id: "4"), stored(.declined, id: "5"), stored(.cancelled, id: "6")]
        #expect(acceptedStatus(submit(to: event, registrations: others)) == .pending)
        #expect(submit(to: event, registrations: others + [stored(.approved, id: "7")]) == .refused(.full))
    }

    @Test("approved registrations of other events take no seat here")
    func otherEventsDoNotCount() {
        let event = webinar(RegistrationRules(capacity: 1, waitlist: false))
        #expect(acceptedStatus(submit(to: event, registrations: [stored(.approved, eventID: "autre")])) == .pending)
    }

    // MARK: Duplicates

    @Test("the same e-mail for the same event is a duplicate, case and surrounding spaces ignored")
    func duplicate() {
        let existing = stored(.pending, email: "E.Martin@Example.ORG")
        let outcome = submit(filledDraft(email: "  e.martin@example.org "), to: webinar(), registrations: [existing])
        #expect(outcome == .refused(.duplicate(existing: existing)))
        #expect(RegistrationDesk.duplicate(of: "e.MARTIN@example.org\t", for: "webinaire", in: [existing]) == existing)
    }

    @Test("the same e-mail for another event is no duplicate")
    func sameEmailOtherEvent() {
        let existing = stored(.pending, eventID: "autre", email: "e.martin@example.org")
        #expect(acceptedStatus(submit(to: webinar(), registrations: [existing])) == .pending)
        #expect(RegistrationDesk.duplicate(of: "", for: "autre", in: [stored(.pending, eventID: "autre", email: "")]) == nil)
    }

    @Test("fields are checked before duplicates")
    func fieldsBeforeDuplicates() {
        var draft = filledDraft()
        draft.consent = false
        let outcome = submit(draft, to: webinar(), registrations: [stored(.pending, email: "e.martin@example.org")])
        #expect(problems(outcome) == [FormProblem(.consent, .consentNeeded)])
    }

    // MARK: Fields

    @Test("names, e-mail and organisation are required; spaces alone do not count")
    func requiredFields() {
        let blank = RegistrationDraft(participant: Participant(firstName: "  ", lastName: "", email: " ", organisation: "\t"),
                                      consent: true)
        #expect(problems(submit(blank, to: webinar())) == [
            FormProblem(.firstName, .required), FormProblem(.lastName, .required),
            FormProblem(.email, .required), FormProblem(.organisation, .required),
        ])
    }

    @Test("phone and role are optional")
    func optionalFields() {
        #expect(RegistrationDesk.problems(in: filledDraft(), for: webinar()).isEmpty)
    }

    @Test("an e-mail must look like local@domain.tld", arguments: [
        "martin", "martin@", "@example.org", "martin@example", "martin@example.", "martin@.org",
        "e martin@example.org", "a@b@example.org", "martin@example..org", "martin@ex\tample.org",
    ])
    func invalidEmail(email: String) {
        #expect(!RegistrationDesk.isPlausibleEmail(email))
        #expect(problems(submit(filledDraft(email: email), to: webinar())) == [FormProblem(.email, .invalidEmail)])
    }

    @Test("real addresses are accepted", arguments: ["e.martin@example.org", " Élodie.Martin@mairie-lyon.fr ", "a+b@x.co.jp"])
    func validEmail(email: String) {
        #expect(RegistrationDesk.isPlausibleEmail(email))
    }

    @Test("ASCII addresses, checked in bytes, follow the rule every address follows")
    func asciiAddressesFollowTheRule() {
        // The rule as written for any text, by characters.
        func rule(_ email: String) -> Bool {
            let text = email.trimmedWhitespace
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
            let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
            return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
        }
        let alphabet = Array("a@. \t\n")
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let email = String((0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(RegistrationDesk.isPlausibleEmail(email) == rule(email), "\(email.debugDescription)")
        }
    }

    @Test("numbers are read as typed in French or English")
    func numbers() {
        #expect(RegistrationDesk.number(from: "2,5") == 2.5)
        #expect(RegistrationDesk.number(from: " 2.5 ") == 2.5)
        #expect(RegistrationDesk.number(from: "12") == 12)
        #expect(RegistrationDesk.number(from: "-3") == -3)
        #expect(RegistrationDesk.number(from: "") == nil)
        #expect(RegistrationDesk.number(from: "deux") == nil)
        #expect(RegistrationDesk.number(from: "1,2,3") == nil)
        #expect(RegistrationDesk.number(from: "inf") == nil)
        #expect(RegistrationDesk.number(from: "nan") == nil)
    }

    @Test("consent is needed")
    func consentNeeded() {
        var draft = filledDraft()
        draft.consent = false
        #expect(problems(submit(draft, to: webinar())) == [FormProblem(.consent, .consentNeeded)])
    }

    // MARK: Modes

    @Test("a mode is required when the event offers more than one")
    func modeRequiredWithTwoModes() {
        let event = webinar(RegistrationRules(modes: [.onsite, .online]))
        #expect(problems(submit(to: event)) == [FormProblem(.mode, .required)])
        var draft = filledDraft()
        draft.mode = .online
        guard case .accepted(let registration) = submit(draft, to: event) else { Issue.record("not accepted"); return }
        #expect(registration.mode == .online)
    }

    @Test("with a single mode none is asked, and the registration gets that mode")
    func singleModeFilledIn() {
        guard case .accepted(let registration) = submit(to: webinar(RegistrationRules(modes: [.online]))) else {
            Issue.record("not accepted"); return
        }
        #expect(registration.mode == .online)
    }

    @Test("with no modes, the registration has none")
    func noModes() {
        guard case .accepted(let registration) = submit(to: webinar()) else { Issue.record("not accepted"); return }
        #expect(registration.mode == nil)
    }

    // MARK: Questions

    static let questions: [RegistrationQuestion] = [
        RegistrationQuestion(id: "fonction", label: "Fonction", kind: .text, required: true),
        RegistrationQuestion(id: "repas", label: "Repas", kind: .choice, required: true, options: ["Oui", "Non"]),
        RegistrationQuestion(id: "themes", label: "Thèmes", kind: .multi, required: true, options: ["Santé", "Économie", "Culture"]),
        RegistrationQuestion(id: "personnes", label: "Personnes", kind: .number, required: true),
        RegistrationQuestion(id: "premiere", label: "Première fois ?", kind: .boolean, required: true),
    ]

    var questionnaire: Event { webinar(RegistrationRules(questions: Self.questions)) }

    private func draft(_ answers: [String: Answer]) -> RegistrationDraft {
        var draft = filledDraft()
        draft.answers = answers
        return draft
    }

    @Test("required questions must be answered, whatever their type")
    func requiredQuestionsUnanswered() {
        #expect(RegistrationDesk.problems(in: draft([:]), for: questionnaire) == [
            FormProblem(.question("fonction"), .required), FormProblem(.question("repas"), .required),
            FormProblem(.question("themes"), .required), FormProblem(.question("personnes"), .required),
        ])
    }

    @Test("empty or blank answers count as unanswered")
    func requiredQuestionsEmpty() {
        let answers: [String: Answer] = ["fonction": .text("   "), "repas": .choices([]), "themes": .choices([]),
                                         "personnes": .text(""), "premiere": .flag(false)]
        #expect(RegistrationDesk.problems(in: draft(answers), for: questionnaire) == [
            FormProblem(.question("fonction"), .required), FormProblem(.question("repas"), .required),
            FormProblem(.question("themes"), .required), FormProblem(.question("personnes"), .required),
        ])
    }

    @Test("an unticked yes/no box answers a required question, touched or not")
    func booleanUntickedIsAnAnswer() {
        let answers: [String: Answer] = ["fonction": .text("Maire"), "repas": .choices(["Oui"]), "themes": .choices(["Santé"]),
                                         "personnes": .text("2")]
        #expect(RegistrationDesk.problems(in: draft(answers), for: questionnaire).isEmpty)
        #expect(RegistrationDesk.problems(in: draft(answers.merging(["premiere": .flag(false)]) { $1 }), for: questionnaire).isEmpty)
    }

    @Test("optional questions may be left empty")
    func optionalQuestions() {
        let optional = Self.questions.map { question in
            RegistrationQuestion(id: question.id, label: question.label, kind: question.kind, options: question.options)
        }
        #expect(RegistrationDesk.problems(in: draft([:]), for: webinar(RegistrationRules(questions: optional))).isEmpty)
    }

    @Test("a number answer must be a number; '2,5' is one")
    func numberAnswer() {
        let base: [String: Answer] = ["fonction": .text("Maire"), "repas": .choices(["Oui"]), "themes": .choices(["Santé"])]
        #expect(RegistrationDesk.problems(in: draft(base.merging(["personnes": .text("deux")]) { $1 }), for: questionnaire)
            == [FormProblem(.question("personnes"), .invalidNumber)])
        #expect(RegistrationDesk.problems(in: draft(base.merging(["personnes": .text("2,5")]) { $1 }), for: questionnaire).isEmpty)
    }

    @Test("a choice must be one of the options")
    func unknownOption() {
        let answers: [String: Answer] = ["fonction": .text("Maire"), "repas": .choices(["Peut-être"]),
                                         "themes": .choices(["Santé", "Sport"]), "personnes": .text("1")]
        #expect(RegistrationDesk.problems(in: draft(answers), for: questionnaire) == [
            FormProblem(.question("repas"), .unknownOption), FormProblem(.question("themes"), .unknownOption),
        ])
    }

    @Test("problems come in the form's order")
    func problemsInOrder() {
        let event = webinar(RegistrationRules(modes: [.onsite, .online], questions: Self.questions))
        let found = RegistrationDesk.problems(in: RegistrationDraft(), for: event)
        #expect(found.map(\.field) == [.firstName, .lastName, .email, .organisation, .mode, .question("fonction"),
                                       .question("repas"), .question("themes"), .question("personnes"), .consent])
    }

    // MARK: The accepted registration

    @Test("an accepted registration is pending, from the form, with its first history entry")
    func acceptedRegistration() {
        var draft = filledDraft(email: "  e.martin@example.org ")
        draft.participant.firstName = " Élodie "
        draft.participant.phone = "  "
        draft.participant.role = " Chargée de coopération "
        draft.answers = ["fonction": .text(" Maire "), "repas": .choices(["Non"]), "themes": .choices(["Santé", "Économie"]),
                         "personnes": .text("2,5"), "premiere": .flag(true), "inconnue": .text("?")]
        let now = moment("2020-05-10T09:30:00+02:00")
        let outcome = RegistrationDesk.submit(draft, for: questionnaire, registrations: [], at: now, id: "0b7c0a52")
        guard case .accepted(let registration) = outcome else { Issue.record("not accepted: \(outcome)"); return }
        #expect(registration.id == "0b7c0a52")
        #expect(registration.eventId == "webinaire")
        #expect(registration.status == .pending)
        #expect(registration.source == .form)
        #expect(registration.createdAt == "2020-05-10T09:30:00+02:00")
        #expect(registration.updatedAt == registration.createdAt)
        #expect(registration.history == [Registration.HistoryEntry(at: "2020-05-10T09:30:00+02:00", from: nil, to: .pending)])
        #expect(registration.participant == Participant(firstName: "Élodie", lastName: "Martin", email: "e.martin@example.org",
                                                        phone: nil, organisation: "Ville de Lyon", role: "Chargée de coopération"))
        #expect(registration.consent)
        #expect(registration.note == "")
        #expect(registration.answers == ["fonction": .text("Maire"), "repas": .text("Non"),
                                         "themes": .choices(["Santé", "Économie"]), "personnes": .number(2.5),
                                         "premiere": .flag(true)])
    }

    @Test("an untouched yes/no box is stored as no")
    func untouchedBoxStoredAsNo() {
        let event = webinar(RegistrationRules(questions: [RegistrationQuestion(id: "premiere", label: "?", kind: .boolean)]))
        guard case .accepted(let registration) = submit(to: event) else { Issue.record("not accepted"); return }
        #expect(registration.answers == ["premiere": .flag(false)])
    }
}
