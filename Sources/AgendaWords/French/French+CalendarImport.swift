import AgendaModel

extension FrenchTable {
    public func calendarImport(_ message: CalendarImportMessage) -> String {
        switch message {
        case .summary(let added, let updated, let unchanged, let skipped):
            return "\(number(added)) \(plural(added, "ajouté", "ajoutés")), \(number(updated)) mis à jour, \(number(unchanged)) \(plural(unchanged, "inchangé", "inchangés")), \(number(skipped)) \(plural(skipped, "ignoré", "ignorés"))"
        case .dryRun:
            return "(--dry-run : rien n'a été écrit)"
        case .floatingTimes(let file, let count, let zone):
            return "\(file) : \(number(count)) \(plural(count, "événement a des heures", "événements ont des heures")) sans fuseau horaire : elles sont prises dans le vôtre (\(zone))."
        case .tentative(let file, let count):
            return "\(file) : \(number(count)) \(plural(count, "événement est provisoire", "événements sont provisoires")) dans le calendrier : \(plural(count, "importé comme prévu", "importés comme prévus"))."
        case .outsideWindow(let file, let count, let last):
            return "\(file) : \(number(count)) \(plural(count, "événement répété n'a", "événements répétés n'ont")) aucune occurrence d'aujourd'hui au \(last) (--until) : rien n'est importé pour \(plural(count, "lui", "eux"))."
        case .noEvents(let file):
            return "\(file) : le calendrier ne contient aucun événement (aucun VEVENT)."
        case .written(let path, let created):
            return created ? "\(path) : catalogue créé" : "\(path) : catalogue mis à jour"
        case .fileIsDirectory(let file):
            return "agenda: \(file) : est un dossier ; donnez le fichier de calendrier (.ics) lui-même."
        case .newCatalogue(let path):
            return "\(path) : vous n'aviez pas de catalogue à vous ; il est créé avec les seuls événements importés (le catalogue d'exemple intégré est laissé de côté)."
        }
    }

    public func calendarSkip(_ reason: ICalendarSkipReason) -> String {
        switch reason {
        case .missingSummary:
            return "pas de SUMMARY : un événement doit avoir un titre ; non importé"
        case .missingStart:
            return "pas de DTSTART : un événement doit avoir un début ; non importé"
        case .invalidTime(let property, let value):
            return "\(property) « \(value) » n'est ni une date (20261208) ni une date et heure (20261208T100000) ; non importé"
        case .unknownTimeZone(let zone):
            return "fuseau horaire « \(zone) » inconnu (ni un VTIMEZONE du fichier ni le système ne le définissent) ; non importé"
        case .nonexistentTime(let date, let time, let zone):
            return "\(time) le \(date) n'existe pas en \(zone) (on avance les horloges cette nuit-là) ; non importé : corrigez l'heure dans le calendrier"
        case .endBeforeStart:
            return "la fin est avant le début ; non importé"
        case .endBeyondCalendar:
            return "il finit (ou commence) hors des années 1 à 9999 ; non importé"
        case .unsupportedRecurrence(let problem):
            return "sa répétition (RRULE) ne peut être développée : \(recurrenceProblem(problem)) ; aucune de ses occurrences importée"
        case .periodInRecurrence:
            return "des RDATE données comme périodes ne sont pas prises en charge ; aucune de ses occurrences importée"
        case .repeatedUID(let uid, let firstLine):
            return "l'UID \(uid) est déjà celui de l'événement de la ligne \(firstLine) ; non importé"
        case .syntax(let reason):
            switch reason {
            case .malformedLine: return "ligne incomprise (NOM:valeur attendu) ; ignorée"
            case .malformedParameter: return "paramètre incompris (NOM=valeur, guillemets fermés) ; ligne ignorée"
            case .unexpectedEnd(let name): return "END:\(name) ne ferme aucun BEGIN:\(name) ouvert ; ignoré"
            case .unclosed(let name): return "BEGIN:\(name) n'est jamais fermé"
            case .outsideCalendar: return "ligne hors de BEGIN:VCALENDAR … END:VCALENDAR ; ignorée"
            }
        }
    }

    private func recurrenceProblem(_ problem: RecurrenceRule.Problem) -> String {
        switch problem {
        case .missingFrequency: return "elle n'a pas de FREQ"
        case .unsupportedFrequency(let frequency): return "FREQ=\(frequency) (seuls DAILY, WEEKLY, MONTHLY et YEARLY le sont)"
        case .unsupportedPart(let part): return "\(part) n'est pas pris en charge"
        case .invalidPart(let part): return "\(part) est illisible"
        }
    }

    public func calendarFile(_ error: ICalendarFileError) -> String {
        switch error {
        case .tooLarge(let bytes, let limit):
            return "\(number(bytes >> 20)) Mo, plus que les \(number(limit >> 20)) Mo qu'un calendrier peut faire ; rien n'a été importé."
        case .notUTF8(let line):
            return "la ligne \(line) n'est pas du texte UTF-8 ; exportez le calendrier en UTF-8 et importez-le de nouveau ; rien n'a été importé."
        case .notICalendar:
            return "ce n'est pas un fichier iCalendar (pas de BEGIN:VCALENDAR) ; rien n'a été importé."
        }
    }

    public func catalogueWrite(_ error: CatalogueDocument.WriteError) -> String {
        switch error {
        case .unreadable(let error):
            return catalogueFile(error, named: .configuration)
        case .invalid(let path, let errors):
            return "\(path) : le catalogue a \(number(errors)) \(plural(errors, "problème", "problèmes")) et n'est pas réécrit ; corrigez-le d'abord (agenda validate)."
        case .changedOnDisk(let path):
            return "\(path) : modifié entre-temps par un autre programme ; rien n'a été écrit. Importez de nouveau."
        case .wouldBeInvalid(let problems):
            return "le catalogue serait refusé après cet import (\(number(problems.count)) \(plural(problems.count, "problème", "problèmes"))) ; rien n'a été écrit."
        case .cannotWrite(let error):
            return store(error)
        }
    }
}
