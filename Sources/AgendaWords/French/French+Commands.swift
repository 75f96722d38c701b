import AgendaModel

extension FrenchTable {
    public func command(_ message: CommandMessage) -> String {
        switch message {
        case .needsTerminal:
            return "agenda: l'interface a besoin d'un terminal ; pour un script, utilisez agenda list, agenda show ID ou agenda validate."
        case .unusableTerminal(let term):
            return (term.isEmpty ? "agenda: TERM n'est pas défini ; " : "agenda: impossible de piloter ce terminal (TERM=\(term)) ; ")
                + "donnez à TERM un type connu comme xterm-256color, ou utilisez les commandes (agenda list, agenda show ID)."
        case .builtInSampleName:
            return "(catalogue d'exemple intégré)"
        case .catalogueRefused(let name, let problems):
            return "agenda: \(name) : \(number(problems)) \(plural(problems, "problème", "problèmes")) ; catalogue refusé. Corrigez le fichier (agenda validate le vérifie)."
        case .validationFailed(let name, let problems):
            return "\(name) : \(number(problems)) \(plural(problems, "problème", "problèmes")), catalogue refusé"
        case .validationPassed(let events):
            return "\(number(events)) \(plural(events, "événement", "événements")), OK"
        case .configurationUnreadable(let path):
            return "\(path) : lecture impossible, réglages par défaut"
        case .configuredCatalogueMissing(let configuration, let path):
            return "\(configuration) : le catalogue « \(path) » est introuvable ; le catalogue par défaut est utilisé. Corrigez catalogue = dans ce fichier."
        case .configuredDataDirectoryIsAFile(let configuration, let path):
            return "\(configuration) : data-dir « \(path) » est un fichier, pas un dossier ; le dossier par défaut est utilisé. Corrigez data-dir = dans ce fichier."
        case .configurationNotUTF8(let path):
            return "\(path) : pas en UTF-8, réglages par défaut"
        case .unknownEvent(let id, let near):
            let hint = near.isEmpty ? " La liste des identifiants : agenda list --all."
                                    : " Vouliez-vous dire : " + near.joined(separator: ", ") + " ?"
            return "agenda: aucun événement « \(id) » dans le catalogue." + hint
        case .emptyCalendar:
            return "agenda: aucun événement ne correspond ; le calendrier est vide."
        case .registrationsWritten(let count, let path):
            return "\(number(count)) \(plural(count, "inscription écrite", "inscriptions écrites")) dans \(path)"
        case .eventsWritten(let count, let path):
            return "\(number(count)) \(plural(count, "événement écrit", "événements écrits")) dans \(path)"
        case .importSummary(let added, let duplicates, let refused):
            return "\(number(added)) \(plural(added, "ajoutée", "ajoutées")), \(number(duplicates)) \(plural(duplicates, "doublon ignoré", "doublons ignorés")), \(number(refused)) \(plural(refused, "refusée", "refusées"))"
        case .importIgnoredColumns(let file, let names):
            return "\(file) : \(plural(names.count, "colonne inconnue, ignorée", "colonnes inconnues, ignorées")) : \(names.joined(separator: ", "))"
        case .importReadAsWindows1252(let file):
            return "\(file) : lu en Windows-1252 (le CSV d'Excel en français), le fichier n'étant pas en UTF-8."
        case .importNoRows(let file):
            return "\(file) : l'en-tête est là, mais aucune ligne ne suit : rien à importer."
        case .importMoreDuplicates(let file, let count):
            return "\(file) : et \(number(count)) \(plural(count, "autre doublon ignoré", "autres doublons ignorés")) (--verbose les liste tous)"
        case .importWithoutConsent(let file, let count):
            return "\(file) : \(number(count)) \(plural(count, "inscription sans accord (colonne consent absente ou vide), enregistrée", "inscriptions sans accord (colonne consent absente ou vide), enregistrées")) « accord non donné »"
        case .importNothingImported(let file):
            return "agenda: \(file) : rien n'a été importé. Corrigez les lignes refusées ci-dessus puis importez à nouveau le fichier."
        case .importSomeRowsRefused(let file, let count):
            return "agenda: \(file) : \(number(count)) \(plural(count, "ligne refusée ; corrigez-la", "lignes refusées ; corrigez-les")) puis importez à nouveau le fichier : les inscriptions déjà importées seront ignorées comme doublons."
        case .importDryRun:
            return "Rien n'a été écrit (--dry-run)."
        case .importOneFileOnly:
            return "agenda: plusieurs fichiers ne s'importent ensemble que s'ils sont tous des messages (.eml) ; donnez un fichier CSV ou JSON seul."
        case .mailImportNeedsEvent(let file):
            return "agenda: \(file) contient des e-mails : dites à quel événement sont leurs inscriptions avec --event ID (agenda list --all liste les identifiants)."
        case .importEventOnlyForMail(let file):
            return "agenda: \(file) est un fichier CSV ou JSON, dont chaque ligne nomme son événement dans eventId : --event ne sert qu'aux boîtes aux lettres."
        case .mailboxUnreadable(let file):
            return "agenda: \(file) : lecture impossible. Vérifiez les droits de la boîte aux lettres."
        case .mailImportSummary(let added, let skipped, let dryRun):
            let total = skipped.values.reduce(0, +)
            let head = dryRun ? "\(number(added)) \(plural(added, "serait ajoutée", "seraient ajoutées"))" : "\(number(added)) \(plural(added, "ajoutée", "ajoutées"))"
            let kinds = MailSkipKind.allCases.compactMap { kind in skipped[kind].map { mailSkipCount(kind, $0) } }
            return head + ", \(number(total)) \(plural(total, "ignoré", "ignorés"))" + (kinds.isEmpty ? "" : " (" + kinds.joined(separator: ", ") + ")")
        case .mailImportWouldAdd(let position, let name, let email, let organisation):
            return "\(position): \(name) <\(email)>, " + (organisation.isEmpty ? "collectivité à compléter" : organisation)
        case .mailImportToComplete(let count):
            return "\(number(count)) \(plural(count, "inscription n'a pas", "inscriptions n'ont pas")) de collectivité : \(plural(count, "complétez-la", "complétez-les")) dans le tri (C corrige)."
        case .mailImportMoreSkipped(let count):
            return "et \(number(count)) \(plural(count, "autre message déjà importé ou d'un expéditeur déjà inscrit", "autres messages déjà importés ou d'expéditeurs déjà inscrits")) (--verbose les liste tous)"
        case .mailNoteAttachments(let names):
            return "Pièces jointes (non conservées) : " + names.joined(separator: ", ")
        case .importFileNotFound(let file):
            return "agenda: \(file) : fichier introuvable. Vérifiez le chemin du fichier à importer."
        case .importFileIsDirectory(let file):
            return "agenda: \(file) : c'est un dossier, et pas une boîte Maildir (cur/, new/) ; indiquez le fichier CSV, JSON ou la boîte aux lettres elle-même."
        case .importFileUnreadable(let file):
            return "agenda: \(file) : lecture impossible. Vérifiez les droits du fichier."
        case .badDateOption(let option, let value):
            return "\(option) attend une date réelle écrite AAAA-MM-JJ, pas « \(value) »."
        case .badLanguageOption(let value):
            return "--lang attend fr ou en, pas « \(value) »."
        case .endBeforeStart(let from, let to):
            return "--to (\(to)) est avant --from (\(from))."
        case .badStatusOption(let value, let known):
            return "--status attend l'une des valeurs \(known.joined(separator: ", ")), pas « \(value) »."
        case .unknownKind(let value, let nearest, let known):
            let hint = nearest.map { " (vouliez-vous dire \($0) ?)" } ?? ""
            return "type « \(value) » inconnu\(hint) : --kind attend \(known.joined(separator: ", ")), ou leurs noms français (atelier, webinaire…)."
        case .decideNeedsStatus(let known):
            return "Donnez les inscriptions puis le statut à leur donner : \(known.joined(separator: ", "))."
        case .badDecisionStatus(let value, let known):
            return "Le dernier mot est le statut à donner : l'une des valeurs \(known.joined(separator: ", ")), pas « \(value) »."
        case .decideNeedsSelection:
            return "Donnez soit des identifiants d'inscription, soit --event ID --all-pending, et pas les deux."
        case .decideUnknownID(let id):
            return "agenda: aucune inscription n'a l'identifiant « \(id) » (registrations list les montre)."
        case .decideAmbiguousID(let id, let candidates):
            return "agenda: « \(id) » est le début de plusieurs identifiants (\(candidates.joined(separator: ", "))) : donnez-en davantage."
        case .decideNothingChanged:
            return "agenda: rien n'a changé."
        case .decideNothingPending(let event):
            return "Aucune inscription à traiter pour « \(event) » : rien à décider."
        case .decideChanged(let name, let id, let from, let to):
            return "\(name) (\(id)) : \(registrationStatus(from)) → \(registrationStatus(to))"
        case .decideAlready(let name, let id, let status):
            return "\(name) (\(id)) : déjà \(registrationStatus(status)), rien à faire"
        case .decideBeyondCapacity(let event, let excess, let count):
            return "agenda: « \(event) » : approuver \(plural(count, "cette inscription", "ces \(number(count)) inscriptions")) dépasserait la capacité de \(number(excess)) \(plural(excess, "place", "places")) ; rien n'est approuvé pour cet événement. --over-capacity pour approuver quand même."
        case .decidePromotionOffer(let event, let name, let id):
            return "Une place se libère à « \(event) » : \(name) est premier·e en liste d'attente. Pour l'approuver : agenda registrations decide \(id) approved"
        case .mailNeedsSender(let configuration):
            return "agenda: aucun expéditeur : ajoutez à \(configuration) une section [mail] avec from = \"Nom <adresse@domaine.fr>\"."
        case .mailQueued(let name, let email, let kind): return "en attente d'envoi : \(kind.rawValue) à \(name) <\(email)>"
        case .mailSkipped(let name, let reason): return "pas de message pour \(name) : " + messageRefusal(reason)
        case .mailQueueSummary(let queued, let skipped):
            return "\(number(queued)) \(plural(queued, "message mis", "messages mis")) en attente, \(number(skipped)) \(plural(skipped, "écarté", "écartés"))."
        case .mailListLine(let kind, let to, let subject): return "\(kind)  \(to)  \(subject)"
        case .mailNothingQueued: return "Aucun message en attente."
        case .mailWaiting(let count, let outbox): return "\(number(count)) \(plural(count, "message attend", "messages attendent")) dans \(outbox)."
        case .mailNoSendmail(let configuration, let outbox):
            return "agenda: aucune commande d'envoi : ajoutez sendmail = \"msmtp -t\" (ou \"sendmail -t -i\") à la section [mail] de \(configuration) ; les messages restent dans \(outbox), où tout client de courrier peut les envoyer."
        case .mailSent(let to, let id): return "envoyé à \(to) (\(id))"
        case .mailSendFailed(let to, let status, let detail):
            return "agenda: l'envoi à \(to) a échoué (code \(status))" + (detail.isEmpty ? "" : " : \(detail)") + " ; le message reste en attente."
        case .mailSendSummary(let sent, let left):
            return "\(number(sent)) \(plural(sent, "envoyé", "envoyés")), \(number(left)) en attente."
        case .mailWouldSend(let to, let subject): return "enverrait à \(to) : \(subject)"
        case .templateProblem(let file, let line, let reason): return "\(file):\(line): " + templateProblem(reason)
        case .templateLine(let kind, let language, let source): return "\(kind.rawValue).\(language)  \(source)"
        case .templatesChecked(let count): return "\(number(count)) modèles, OK"
        case .eventTemplates(let event, let names): return "événement \(event) : " + names.joined(separator: ", ")
        case .unknownMessageKind(let text, let known):
            return "type de message « \(text) » inconnu : \(known.joined(separator: ", "))"
        case .eraseWho(let name, let email, let event, let id): return "\(name) <\(email)>, \(event) (\(id))"
        case .eraseNeedsYes(let who):
            return "agenda: effacerait pour de bon l'inscription de \(who). Ajoutez --yes pour l'effacer ; rien ne pourra la rétablir."
        case .eraseDone(let who):
            return "Inscription de \(who) effacée du registre, de sa sauvegarde et du journal. Les exports faits avant peuvent encore la contenir."
        case .addSaved(let name, let id, let status, let override):
            return "Inscription de \(name) enregistrée (\(id)) : \(registrationStatus(status))" + (override.map { ", \(self.override($0))" } ?? "") + "."
        case .addProblem(let option, let problem):
            return "agenda: \(option) : \(problem)."
        case .addUnknownMode(let text):
            return "modalité « \(text) » inconnue : présentiel (onsite) ou en ligne (online)"
        case .addUnknownQuestion(let pair, let known):
            return "agenda: --answer \(pair) : l'événement n'a pas cette question" + (known.isEmpty ? "." : " (ses questions : \(known.joined(separator: ", "))) ; écrivez ID=VALEUR.")
        case .addDuplicate(let name, let id, let status):
            return "agenda: déjà inscrit·e à cet événement avec cet e-mail : \(name) (\(id), \(registrationStatus(status))) ; rien n'est ajouté."
        case .addRefused(let sentence, let canOverride):
            return "agenda: " + sentence + (canOverride ? " --late l'enregistre quand même, en le notant dans son historique." : "")
        case .decideSummary(let changed, let already, let refused):
            var parts = ["\(number(changed)) \(plural(changed, "changée", "changées"))"]
            if already > 0 { parts.append("\(number(already)) déjà dans ce statut") }
            if refused > 0 { parts.append("\(number(refused)) \(plural(refused, "refusée", "refusées")) (capacité)") }
            return parts.joined(separator: ", ") + "."
        }
    }
}
