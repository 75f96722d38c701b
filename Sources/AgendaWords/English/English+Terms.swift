import AgendaModel

extension EnglishTable {

    public func kind(_ kind: EventKind) -> String {
        switch kind {
        case .workshop: return "workshop"
        case .webinar: return "webinar"
        case .conference: return "conference"
        case .meeting: return "meeting"
        case .countryDay: return "country day"
        case .training: return "training"
        case .other: return "other"
        case .unknown(let raw): return TerminalSafeText.sanitize(raw)
        }
    }

    public func status(_ status: EventStatus) -> String {
        switch status {
        case .scheduled: return "scheduled"
        case .cancelled: return "cancelled"
        case .postponed: return "postponed"
        }
    }

    public func locationMode(_ mode: LocationMode) -> String {
        switch mode {
        case .onsite: return "on site"
        case .online: return "online"
        case .hybrid: return "hybrid (on site and online)"
        }
    }

    public func attendanceMode(_ mode: AttendanceMode) -> String {
        switch mode {
        case .onsite: return "on site"
        case .online: return "online"
        }
    }

    /// Short state for lists: "ouvert", "clôture dans 3 j", "complet", "clos", "annulé".
    public func availabilityShort(_ availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered: return ""
        case .cancelled: return "cancelled"
        case .postponed: return "postponed"
        case .notYetOpen(let opens): return "opens \(dates.dayNumber(opens.date)) \(dates.monthName(opens.date.month, short: true))"
        case .open(let days, _):
            guard let days, days <= 14 else { return "open" }
            if days == 0 { return "closes today" }
            return "closes in \(days) d"
        case .full(let waitlist):
            return waitlist ? "waiting list" : "full"
        case .closed: return "closed"
        }
    }

    /// A whole sentence for the detail pane and the form.
    public func availabilitySentence(_ availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered:
            return "This event takes no registrations."
        case .cancelled:
            return "Event cancelled: registration closed."
        case .postponed:
            return "Event postponed: registration suspended until the new date."
        case .notYetOpen(let opens):
            return "Registration opens on \(moment(opens))."
        case .open(let days, let seats):
            var sentence = "Registration open"
            if let days {
                switch days {
                case 0: sentence += ", closes today"
                case 1: sentence += ", closes tomorrow"
                default: sentence += ", closes in \(days) days"
                }
            }
            if let seats {
                sentence += " — \(seats) seat\(seats == 1 ? "" : "s") left"
            }
            return sentence + "."
        case .full(let waitlist):
            return waitlist
                ? "Full: a new registration goes on the waiting list."
                : "Full: no waiting list, registrations refused."
        case .closed(let deadline):
            if let deadline {
                return "Registration closed on \(moment(deadline))."
            }
            return "Event over: registration closed."
        }
    }

    public func formProblem(_ issue: FormProblem.Issue) -> String {
        switch issue {
        case .required: return "required"
        case .invalidEmail: return "invalid e-mail (name@domain.org)"
        case .invalidNumber: return "a number is expected (e.g. 12 or 2.5)"
        case .unknownOption: return "unknown option"
        case .consentNeeded: return "consent is needed to register"
        }
    }

    /// Why a registration is refused, as the form says it.
    public func refusalSentence(_ refusal: RegistrationRefusal, openExisting: String) -> String {
        switch refusal {
        case .notOffered: return availabilitySentence(.notOffered)
        case .cancelled: return "Refused: the event is cancelled."
        case .postponed: return "Refused: the event is postponed."
        case .notYetOpen(let opens):
            return "Refused: registration opens on \(moment(opens))."
        case .closed(let deadline):
            if let deadline {
                return "Refused: the deadline was \(moment(deadline))."
            }
            return "Refused: the event is over."
        case .full: return "Refused: full, and no waiting list."
        case .duplicate(let existing):
            let name = TerminalSafeText.sanitize(existing.participant.fullName)
            return "Already registered with this e-mail: \(name) (\(registrationStatus(existing.status))). \(openExisting) opens it."
        }
    }

    /// What the form says before submitting, from the event's rules.
    public func admissionNotice(_ admission: Result<RegistrationStatus, RegistrationRefusal>, openExisting: String) -> String? {
        switch admission {
        case .success(.waitlisted):
            return "Full: this registration will go on the waiting list."
        case .success: return nil
        case .failure(.notYetOpen(let opens)):
            return "Registration opens on \(moment(opens)): one recorded here now is marked as made before the opening."
        case .failure(.closed(let deadline?)):
            return "Registration closed on \(moment(deadline)): one recorded here now is marked as late."
        case .failure(.closed(nil)):
            return "The event is over: a registration recorded here now is marked as late."
        case .failure(.full):
            return "Full, and no waiting list: a registration recorded here now is marked as beyond capacity."
        case .failure(.cancelled): return "No registration: the event is cancelled."
        case .failure(.postponed): return "No registration: the event is postponed."
        case .failure(let refusal): return refusalSentence(refusal, openExisting: openExisting)
        }
    }

    /// The question asked once the form is complete, before setting the rule aside.
    public func overrideQuestion(_ refusal: RegistrationRefusal, yes: String, no: String) -> String {
        switch refusal {
        case .notYetOpen(let opens):
            return "Registration opens on \(moment(opens)). Record it all the same, before the opening? (\(yes)/\(no))"
        case .closed(let deadline?):
            return "Registration closed on \(moment(deadline)). Record it all the same, as a late registration? (\(yes)/\(no))"
        case .full:
            return "Full, and no waiting list. Record it all the same, beyond capacity? (\(yes)/\(no))"
        default:
            return "The event is over. Record it all the same, as a late registration? (\(yes)/\(no))"
        }
    }

    public func override(_ override: RegistrationOverride) -> String {
        switch override {
        case .beforeOpening: return "before the opening"
        case .afterDeadline: return "late registration"
        case .whenFull: return "beyond capacity"
        }
    }

    /// "mar. 18 mai 2020" or "mar. 18 mai 2020 à 12:00".
    public func moment(_ time: EventTime) -> String {
        let day = dates.fullDate(time.date)
        guard let clock = time.time else { return day }
        return "\(day) at \(clock)"
    }

    // Labels of the detail pane.
    public var when: String { "When" }
    public var place: String { "Where" }
    public var organisers: String { "Organisers" }
    public var audience: String { "Audience" }
    public var status: String { "Status" }
    public var objectives: String { "Objectives" }
    public var programme: String { "Programme" }
    public var contacts: String { "Contacts" }
    public var connectionDetails: String { "Connection" }
    public var registration: String { "Registration" }
    public var documents: String { "Documents" }
    public var themes: String { "Themes" }
    public var countryGroups: String { "Country groups" }
    public var kindLabel: String { "Kind" }
    public var description: String { "About" }
    public var updated: String { "Updated" }
    public var allDay: String { "all day" }
    public var capacity: String { "Seats" }
    public var waitlist: String { "waiting list" }
    public var noWaitlist: String { "no waiting list" }
    public var modes: String { "Attendance" }
    public var questions: String { "Form questions" }
    public var required: String { "required" }
    public var deadline: String { "Deadline" }
    public var opens: String { "Opens" }
    public var received: String { "Received" }

    /// "3 approved, 2 pending, 1 waitlisted".
    public func countsSentence(_ counts: RegistrationCounts) -> String {
        let parts: [(Int, String)] = [
            (counts.approved, "approved"), (counts.pending, "pending"), (counts.waitlisted, "waitlisted"),
            (counts.declined, "declined"), (counts.cancelled, "cancelled"),
        ]
        return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    public func questionKind(_ kind: RegistrationQuestion.Kind) -> String {
        switch kind {
        case .text: return "text"
        case .choice: return "one choice"
        case .multi: return "several choices"
        case .boolean: return "yes/no"
        case .number: return "number"
        }
    }
}
