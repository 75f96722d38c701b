import AgendaModel

/// Every word the interface shows, in French and English.
public struct Strings: Sendable {
    public let language: Language
    public let dates: DateText

    public init(_ language: Language) {
        self.language = language
        self.dates = DateText(language)
    }

    private var fr: Bool { language == .fr }

    private func pick(_ french: String, _ english: String) -> String { fr ? french : english }

    public func kind(_ kind: EventKind) -> String {
        switch kind {
        case .workshop: return pick("atelier", "workshop")
        case .webinar: return pick("webinaire", "webinar")
        case .conference: return pick("rencontres", "conference")
        case .meeting: return pick("réunion", "meeting")
        case .countryDay: return pick("journée pays", "country day")
        case .training: return pick("formation", "training")
        case .other: return pick("autre", "other")
        case .unknown(let raw): return raw
        }
    }

    public func status(_ status: EventStatus) -> String {
        switch status {
        case .scheduled: return pick("prévu", "scheduled")
        case .cancelled: return pick("annulé", "cancelled")
        case .postponed: return pick("reporté", "postponed")
        }
    }

    public func locationMode(_ mode: LocationMode) -> String {
        switch mode {
        case .onsite: return pick("sur place", "on site")
        case .online: return pick("en ligne", "online")
        case .hybrid: return pick("hybride (sur place et en ligne)", "hybrid (on site and online)")
        }
    }

    public func attendanceMode(_ mode: AttendanceMode) -> String {
        switch mode {
        case .onsite: return pick("sur place", "on site")
        case .online: return pick("en ligne", "online")
        }
    }

    /// Short state for lists: "ouvert", "clôture dans 3 j", "complet", "clos", "annulé".
    public func availabilityShort(_ availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered: return ""
        case .cancelled: return pick("annulé", "cancelled")
        case .postponed: return pick("reporté", "postponed")
        case .notYetOpen: return pick("bientôt", "not yet open")
        case .open(let days, _):
            guard let days, days <= 14 else { return pick("ouvert", "open") }
            if days == 0 { return pick("clôt auj.", "closes today") }
            return fr ? "clôt dans \(days) j" : "closes in \(days) d"
        case .full(let waitlist):
            return waitlist ? pick("complet, att.", "full, waitlist") : pick("complet", "full")
        case .closed: return pick("clos", "closed")
        }
    }

    /// A whole sentence for the detail pane and the form.
    public func availabilitySentence(_ availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered:
            return pick("Cet événement ne prend pas d'inscriptions.", "This event takes no registrations.")
        case .cancelled:
            return pick("Événement annulé : inscriptions fermées.", "Event cancelled: registration closed.")
        case .postponed:
            return pick("Événement reporté : inscriptions suspendues jusqu'à la nouvelle date.",
                        "Event postponed: registration suspended until the new date.")
        case .notYetOpen(let opens):
            return fr ? "Les inscriptions ouvrent le \(moment(opens))." : "Registration opens on \(moment(opens))."
        case .open(let days, let seats):
            var sentence = pick("Inscriptions ouvertes", "Registration open")
            if let days {
                switch days {
                case 0: sentence += pick(", clôture aujourd'hui", ", closes today")
                case 1: sentence += pick(", clôture demain", ", closes tomorrow")
                default: sentence += fr ? ", clôture dans \(days) jours" : ", closes in \(days) days"
                }
            }
            if let seats {
                sentence += fr ? " — \(seats) place\(seats > 1 ? "s" : "") restante\(seats > 1 ? "s" : "")"
                               : " — \(seats) seat\(seats == 1 ? "" : "s") left"
            }
            return sentence + "."
        case .full(let waitlist):
            return waitlist
                ? pick("Complet : une nouvelle inscription va en liste d'attente.", "Full: a new registration goes on the waiting list.")
                : pick("Complet : pas de liste d'attente, inscriptions refusées.", "Full: no waiting list, registrations refused.")
        case .closed(let deadline):
            if let deadline {
                return fr ? "Inscriptions closes depuis le \(moment(deadline))." : "Registration closed on \(moment(deadline))."
            }
            return pick("Événement passé : inscriptions closes.", "Event over: registration closed.")
        }
    }

    /// "mar. 18 mai 2020" or "mar. 18 mai 2020 à 12:00".
    public func moment(_ time: EventTime) -> String {
        let day = dates.fullDate(time.date)
        guard let clock = time.time else { return day }
        return fr ? "\(day) à \(clock)" : "\(day) at \(clock)"
    }

    // Labels of the detail pane.
    public var when: String { pick("Quand", "When") }
    public var place: String { pick("Lieu", "Where") }
    public var organisers: String { pick("Organisateurs", "Organisers") }
    public var audience: String { pick("Public", "Audience") }
    public var status: String { pick("Statut", "Status") }
    public var objectives: String { pick("Objectifs", "Objectives") }
    public var programme: String { pick("Programme", "Programme") }
    public var contacts: String { pick("Contacts", "Contacts") }
    public var registration: String { pick("Inscriptions", "Registration") }
    public var documents: String { pick("Documents", "Documents") }
    public var themes: String { pick("Thèmes", "Themes") }
    public var countryGroups: String { pick("Groupes-pays", "Country groups") }
    public var kindLabel: String { pick("Type", "Kind") }
    public var description: String { pick("Présentation", "About") }
    public var updated: String { pick("Mis à jour", "Updated") }
    public var allDay: String { pick("journée", "all day") }
    public var capacity: String { pick("Places", "Seats") }
    public var waitlist: String { pick("liste d'attente", "waiting list") }
    public var noWaitlist: String { pick("sans liste d'attente", "no waiting list") }
    public var modes: String { pick("Participation", "Attendance") }
    public var questions: String { pick("Questions du formulaire", "Form questions") }
    public var required: String { pick("obligatoire", "required") }
    public var deadline: String { pick("Date limite", "Deadline") }
    public var opens: String { pick("Ouverture", "Opens") }

    public func questionKind(_ kind: RegistrationQuestion.Kind) -> String {
        switch kind {
        case .text: return pick("texte", "text")
        case .choice: return pick("choix unique", "one choice")
        case .multi: return pick("choix multiple", "several choices")
        case .boolean: return pick("oui/non", "yes/no")
        case .number: return pick("nombre", "number")
        }
    }
}
