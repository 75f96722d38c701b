import AgendaModel

/// Every word the program shows, in the user's language: the way in to that language's table.
public struct Strings: Sendable {
    public let language: Language
    public let table: any LanguageTable
    public let dates: DateText

    public init(_ language: Language) {
        self.language = language
        self.table = Self.table(for: language)
        self.dates = DateText(language)
    }

    /// The one place where languages are listed.
    public static func table(for language: Language) -> any LanguageTable {
        switch language {
        case .fr: return FrenchTable()
        case .en: return EnglishTable()
        }
    }

    // MARK: - What the model reports

    /// `FILE:LINE:COL: [warning: ][event ID: ][field: ]message`, the form compilers use, so that
    /// editors jump to the place.
    public func report(_ problem: CatalogueProblem, fileName: String, source: SourceText?) -> String {
        var parts: [String] = []
        if let offset = problem.offset, let source {
            let (line, column) = source.lineColumn(of: offset)
            parts.append("\(fileName):\(line):\(column)")
        } else {
            parts.append(fileName)
        }
        if problem.severity == .warning { parts.append(table.reportPart(.warning)) }
        if let eventID = problem.eventID { parts.append(table.reportPart(.event(eventID))) }
        if let field = problem.field { parts.append(field) }
        parts.append(text(problem, source: source))
        return parts.joined(separator: ": ")
    }

    /// The problem's message alone; `source` gives the line a repeated id first appeared on.
    public func text(_ problem: CatalogueProblem, source: SourceText? = nil) -> String {
        var firstLine: Int?
        if case .duplicateIdentifier(_, let firstOffset) = problem.issue, let source {
            firstLine = source.lineColumn(of: firstOffset).line
        }
        return table.catalogueProblem(problem.issue, firstLine: firstLine)
    }

    public func text(_ message: CommandMessage) -> String { table.command(message) }
    public func text(_ phrase: Phrase) -> String { table.phrase(phrase) }
    public func text(_ error: StoreError) -> String { table.store(error) }
    public func text(_ error: CatalogueFileError) -> String { table.catalogueFile(error) }
    public func text(_ error: ImportFileError) -> String { table.importFile(error) }
    public func text(_ refusal: ImportRefusal) -> String { table.importRefusal(refusal) }
    public func text(_ duplicate: ImportPlan.Duplicate) -> String { table.importDuplicate(duplicate) }
    /// Every reason of a refused row in one phrase, for `FILE:LINE: …`.
    public func text(_ refused: ImportPlan.Refused) -> String {
        refused.reasons.map(table.importRefusal).joined(separator: table.phraseSeparator)
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
        case .unknown(let raw): return TerminalSafeText.sanitize(raw)
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

    public func formProblem(_ issue: FormProblem.Issue) -> String {
        switch issue {
        case .required: return pick("obligatoire", "required")
        case .invalidEmail: return pick("e-mail invalide (forme nom@domaine.fr)", "invalid e-mail (name@domain.org)")
        case .invalidNumber: return pick("un nombre est attendu (ex. 12 ou 2,5)", "a number is expected (e.g. 12 or 2.5)")
        case .unknownOption: return pick("option inconnue", "unknown option")
        case .consentNeeded: return pick("l'accord est nécessaire pour s'inscrire", "consent is needed to register")
        }
    }

    /// Why a registration is refused, as the form says it.
    public func refusalSentence(_ refusal: RegistrationRefusal) -> String {
        switch refusal {
        case .notOffered: return availabilitySentence(.notOffered)
        case .cancelled: return pick("Refusé : l'événement est annulé.", "Refused: the event is cancelled.")
        case .postponed: return pick("Refusé : l'événement est reporté.", "Refused: the event is postponed.")
        case .notYetOpen(let opens):
            return fr ? "Refusé : les inscriptions ouvrent le \(moment(opens))." : "Refused: registration opens on \(moment(opens))."
        case .closed(let deadline):
            if let deadline {
                return fr ? "Refusé : la date limite était le \(moment(deadline))." : "Refused: the deadline was \(moment(deadline))."
            }
            return pick("Refusé : l'événement est passé.", "Refused: the event is over.")
        case .full: return pick("Refusé : complet, sans liste d'attente.", "Refused: full, and no waiting list.")
        case .duplicate(let existing):
            let name = TerminalSafeText.sanitize("\(existing.participant.firstName) \(existing.participant.lastName)")
            return fr ? "Déjà inscrit·e avec cet e-mail : \(name) (\(registrationStatus(existing.status))). Ctrl-O l'ouvre."
                      : "Already registered with this e-mail: \(name) (\(registrationStatus(existing.status))). Ctrl-O opens it."
        }
    }

    /// What the form says before submitting, from the event's rules.
    public func admissionNotice(_ admission: Result<RegistrationStatus, RegistrationRefusal>) -> String? {
        switch admission {
        case .success(.waitlisted):
            return pick("Complet : cette inscription ira en liste d'attente.", "Full: this registration will go on the waiting list.")
        case .success: return nil
        case .failure(let refusal): return refusalSentence(refusal)
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
    public var received: String { pick("Reçues", "Received") }

    public func registrationStatus(_ status: RegistrationStatus) -> String { table.registrationStatus(status) }

    /// "3 approuvées, 2 en attente, 1 en liste d'attente".
    public func countsSentence(_ counts: RegistrationCounts) -> String {
        var parts: [String] = []
        func add(_ count: Int, _ french: String, _ frenchPlural: String, _ english: String) {
            guard count > 0 else { return }
            parts.append(fr ? "\(count) \(count > 1 ? frenchPlural : french)" : "\(count) \(english)")
        }
        add(counts.approved, "approuvée", "approuvées", "approved")
        add(counts.pending, "en attente", "en attente", "pending")
        add(counts.waitlisted, "en liste d'attente", "en liste d'attente", "waitlisted")
        add(counts.declined, "refusée", "refusées", "declined")
        add(counts.cancelled, "annulée", "annulées", "cancelled")
        return parts.joined(separator: ", ")
    }

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
