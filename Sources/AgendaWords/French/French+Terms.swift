import AgendaModel

extension FrenchTable {

    public func kind(_ kind: EventKind) -> String {
        switch kind {
        case .workshop: return "atelier"
        case .webinar: return "webinaire"
        case .conference: return "rencontres"
        case .meeting: return "réunion"
        case .countryDay: return "journée pays"
        case .training: return "formation"
        case .other: return "autre"
        case .unknown(let raw): return TerminalSafeText.sanitize(raw)
        }
    }

    public func status(_ status: EventStatus) -> String {
        switch status {
        case .scheduled: return "prévu"
        case .cancelled: return "annulé"
        case .postponed: return "reporté"
        }
    }

    public func locationMode(_ mode: LocationMode) -> String {
        switch mode {
        case .onsite: return "sur place"
        case .online: return "en ligne"
        case .hybrid: return "hybride (sur place et en ligne)"
        }
    }

    public func attendanceMode(_ mode: AttendanceMode) -> String {
        switch mode {
        case .onsite: return "sur place"
        case .online: return "en ligne"
        }
    }

    /// Short state for lists: "ouvert", "clôture dans 3 j", "complet", "clos", "annulé".
    public func availabilityShort(_ availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered: return ""
        case .cancelled: return "annulé"
        case .postponed: return "reporté"
        case .notYetOpen(let opens): return "ouvre le \(twoDigits(opens.date.day))/\(twoDigits(opens.date.month))"
        case .open(let days, _):
            guard let days, days <= 14 else { return "ouvert" }
            if days == 0 { return "clôt auj." }
            return "clôt dans \(days) j"
        case .full(let waitlist):
            return waitlist ? "liste d'attente" : "complet"
        case .closed: return "clos"
        }
    }

    /// A whole sentence for the detail pane and the form.
    public func availabilitySentence(_ availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered:
            return "Cet événement ne prend pas d'inscriptions."
        case .cancelled:
            return "Événement annulé : inscriptions fermées."
        case .postponed:
            return "Événement reporté : inscriptions suspendues jusqu'à la nouvelle date."
        case .notYetOpen(let opens):
            return "Les inscriptions ouvrent le \(moment(opens))."
        case .open(let days, let seats):
            var sentence = "Inscriptions ouvertes"
            if let days {
                switch days {
                case 0: sentence += ", clôture aujourd'hui"
                case 1: sentence += ", clôture demain"
                default: sentence += ", clôture dans \(days) jours"
                }
            }
            if let seats {
                sentence += " — \(seats) place\(seats > 1 ? "s" : "") restante\(seats > 1 ? "s" : "")"
            }
            return sentence + "."
        case .full(let waitlist):
            return waitlist
                ? "Complet : une nouvelle inscription va en liste d'attente."
                : "Complet : pas de liste d'attente, inscriptions refusées."
        case .closed(let deadline):
            if let deadline {
                return "Inscriptions closes depuis le \(moment(deadline))."
            }
            return "Événement passé : inscriptions closes."
        }
    }

    public func formProblem(_ issue: FormProblem.Issue) -> String {
        switch issue {
        case .required: return "obligatoire"
        case .invalidEmail: return "e-mail invalide (forme nom@domaine.fr)"
        case .invalidNumber: return "un nombre est attendu (ex. 12 ou 2,5)"
        case .unknownOption: return "option inconnue"
        case .consentNeeded: return "l'accord est nécessaire pour s'inscrire"
        }
    }

    /// Why a registration is refused, as the form says it.
    public func refusalSentence(_ refusal: RegistrationRefusal, openExisting: String) -> String {
        switch refusal {
        case .notOffered: return availabilitySentence(.notOffered)
        case .cancelled: return "Refusé : l'événement est annulé."
        case .postponed: return "Refusé : l'événement est reporté."
        case .notYetOpen(let opens):
            return "Refusé : les inscriptions ouvrent le \(moment(opens))."
        case .closed(let deadline):
            if let deadline {
                return "Refusé : la date limite était le \(moment(deadline))."
            }
            return "Refusé : l'événement est passé."
        case .full: return "Refusé : complet, sans liste d'attente."
        case .duplicate(let existing):
            let name = TerminalSafeText.sanitize(existing.participant.fullName)
            return "Déjà inscrit·e avec cet e-mail : \(name) (\(registrationStatus(existing.status))). \(openExisting) l'ouvre."
        }
    }

    /// What the form says before submitting, from the event's rules.
    public func admissionNotice(_ admission: Result<RegistrationStatus, RegistrationRefusal>, openExisting: String) -> String? {
        switch admission {
        case .success(.waitlisted):
            return "Complet : cette inscription ira en liste d'attente."
        case .success: return nil
        case .failure(.notYetOpen(let opens)):
            return "Les inscriptions ouvrent le \(moment(opens)) : une inscription enregistrée ici d'ici là sera marquée comme anticipée."
        case .failure(.closed(let deadline?)):
            return "Inscriptions closes depuis le \(moment(deadline)) : une inscription enregistrée ici sera marquée comme tardive."
        case .failure(.closed(nil)):
            return "L'événement est passé : une inscription enregistrée ici sera marquée comme tardive."
        case .failure(.full):
            return "Complet, sans liste d'attente : une inscription enregistrée ici sera marquée comme hors capacité."
        case .failure(.cancelled): return "Pas d'inscription : l'événement est annulé."
        case .failure(.postponed): return "Pas d'inscription : l'événement est reporté."
        case .failure(let refusal): return refusalSentence(refusal, openExisting: openExisting)
        }
    }

    /// La question posée une fois le formulaire complet, avant de passer outre la règle.
    public func overrideQuestion(_ refusal: RegistrationRefusal, yes: String, no: String) -> String {
        switch refusal {
        case .notYetOpen(let opens):
            return "Les inscriptions ouvrent le \(moment(opens)). Enregistrer quand même, avant l'ouverture ? (\(yes)/\(no))"
        case .closed(let deadline?):
            return "Les inscriptions sont closes depuis le \(moment(deadline)). Enregistrer quand même, comme inscription tardive ? (\(yes)/\(no))"
        case .full:
            return "Complet, sans liste d'attente. Enregistrer quand même, hors capacité ? (\(yes)/\(no))"
        default:
            return "L'événement est passé. Enregistrer quand même, comme inscription tardive ? (\(yes)/\(no))"
        }
    }

    public func override(_ override: RegistrationOverride) -> String {
        switch override {
        case .beforeOpening: return "avant l'ouverture"
        case .afterDeadline: return "inscription tardive"
        case .whenFull: return "hors capacité"
        }
    }

    /// "mar. 18 mai 2020" or "mar. 18 mai 2020 à 12:00".
    public func moment(_ time: EventTime) -> String {
        let day = dates.fullDate(time.date)
        guard let clock = time.time else { return day }
        return "\(day) à \(clock)"
    }

    // Labels of the detail pane.
    public var when: String { "Quand" }
    public var place: String { "Lieu" }
    public var organisers: String { "Organisateurs" }
    public var audience: String { "Public" }
    public var status: String { "Statut" }
    public var objectives: String { "Objectifs" }
    public var programme: String { "Programme" }
    public var contacts: String { "Contacts" }
    public var connectionDetails: String { "Connexion" }
    public var registration: String { "Inscriptions" }
    public var documents: String { "Documents" }
    public var themes: String { "Thèmes" }
    public var countryGroups: String { "Groupes-pays" }
    public var kindLabel: String { "Type" }
    public var description: String { "Présentation" }
    public var updated: String { "Mis à jour" }
    public var allDay: String { "journée" }
    public var capacity: String { "Places" }
    public var waitlist: String { "liste d'attente" }
    public var noWaitlist: String { "sans liste d'attente" }
    public var modes: String { "Participation" }
    public var questions: String { "Questions du formulaire" }
    public var required: String { "obligatoire" }
    public var deadline: String { "Date limite" }
    public var opens: String { "Ouverture" }
    public var received: String { "Reçues" }

    /// "3 approuvées, 2 à traiter, 1 en liste d'attente".
    public func countsSentence(_ counts: RegistrationCounts) -> String {
        let parts: [(Int, String, String)] = [
            (counts.approved, "approuvée", "approuvées"), (counts.pending, "à traiter", "à traiter"),
            (counts.waitlisted, "en liste d'attente", "en liste d'attente"), (counts.declined, "refusée", "refusées"),
            (counts.cancelled, "annulée", "annulées"),
        ]
        return parts.filter { $0.0 > 0 }.map { "\($0.0) \(plural($0.0, $0.1, $0.2))" }.joined(separator: ", ")
    }

    public func questionKind(_ kind: RegistrationQuestion.Kind) -> String {
        switch kind {
        case .text: return "texte"
        case .choice: return "choix unique"
        case .multi: return "choix multiple"
        case .boolean: return "oui/non"
        case .number: return "nombre"
        }
    }
}
