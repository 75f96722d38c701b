import AgendaModel
import Foundation

extension FrenchTable {
    public func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .upcoming: return "À venir"
        case .past: return "Passés"
        case .eventCount(let count): return "\(number(count)) \(plural(count, "événement", "événements"))"
        case .noEvents: return "Aucun événement."
        case .noEventMatches(let clear, let filter):
            return "Aucun événement ne correspond. \(clear) efface la recherche, \(filter) change les filtres."
        case .detailTitle: return "Détail"
        case .noEventSelected: return "Aucun événement sélectionné."
        case .filterTitle: return " Filtrer l'agenda "
        case .filterKind: return "Type"
        case .filterTheme: return "Thème"
        case .filterCountryGroup: return "Groupe-pays"
        case .filterStatus: return "Statut"
        case .helpTitle: return " Aide — touches "
        case .helpSection(let context):
            switch context {
            case .everywhere: return "Partout"
            case .agenda: return "Agenda"
            case .detail: return "Détail"
            case .form: return "Formulaire d'inscription"
            case .triage: return "Tri des inscriptions"
            case .textInput: return "Saisie de texte (recherche, note, champ du formulaire)"
            case .noteEditor: return "Note (sur plusieurs lignes)"
            case .message: return "Message aux participants"
            case .outbox: return "Boîte d'envoi"
            case .filterMenu: return "Menu des filtres"
            case .help: return "Aide"
            case .popup: return "Inscription affichée"
            case .confirmation: return "Questions de la barre d'état"
            }
        case .helpSearchRule: return "Recherche : majuscules, accents et ponctuation ignorés ; chaque mot doit figurer."
        case .registrationTitle(let title): return " Inscription — " + title
        case .requiredMark: return "* obligatoire"
        case .formFooter(let submit, let leave): return "\(submit) envoie · \(leave) quitte (brouillon gardé)"
        case .existingRegistrationTitle: return " Inscription existante "
        case .inscriptionTitle(let name): return "Inscription — \(name)"
        case .triageTitle(let title): return " Inscriptions — " + title
        case .everyInscriptionTitle: return " Toutes les inscriptions"
        case .noInscriptionYet: return "Aucune inscription pour l'instant."
        case .noInscriptionWithStatus(let status, let clear):
            return "Aucune inscription \(status). \(clear) change le filtre de statut."
        case .noInscriptionMatching(let search, let clear):
            return "Aucune inscription ne correspond à « \(search) ». \(clear) efface la recherche."
        case .noteLabel: return " Note : "
        case .orphan(let id): return "⚠ orphelin " + id
        case .toComplete: return "⚠ à compléter"
        case .toCompleteCount(let count, let correct): return "⚠ \(number(count)) par e-mail à compléter (\(correct) corrige)"
        case .readingCatalogue(let name, let megabytes):
            return "Lecture du catalogue \(name) (\(String(format: "%.0f", megabytes)) Mo)…"
        case .terminalTooSmall(let width, let height, let minimumWidth, let minimumHeight, let quit):
            return "Terminal trop petit (\(width)×\(height)) : il faut au moins \(minimumWidth)×\(minimumHeight). \(quit) quitte."
        case .readOnlyStore: return " · INSCRIPTIONS EN LECTURE SEULE"
        case .today(let date): return "aujourd'hui " + date
        case .name: return "Nom"
        case .firstName: return "Prénom"
        case .lastName: return "Nom"
        case .email: return "E-mail"
        case .phone: return "Téléphone"
        case .organisation: return "Collectivité"
        case .organisationHelp: return "collectivité ou organisation"
        case .role: return "Fonction"
        case .event: return "Événement"
        case .status: return "Statut"
        case .attendance: return "Modalité"
        case .created: return "Créée"
        case .history: return "Historique"
        case .note: return "Note"
        case .received: return "Reçue le"
        case .numberHelp: return "un nombre"
        case .consent: return "J'accepte que ces données soient traitées pour cette inscription"
        case .consentLabel: return "Accord"
        case .consentGiven: return "donné"
        case .consentNotGiven: return "non donné"
        case .yes: return "oui"
        case .no: return "non"
        case .seatsApproved(let approved, let capacity): return "Places : \(number(approved))/\(number(capacity)) approuvées"
        case .approvedCount(let count): return "\(number(count)) \(plural(count, "approuvée", "approuvées"))"
        case .pendingCount(let count): return "\(number(count)) à traiter"
        case .waitlistedCount(let count): return "\(number(count)) en liste d'attente"
        case .taggedCount(let count): return "\(number(count)) \(plural(count, "marquée", "marquées"))"
        case .triageFilter(let status): return "filtre : " + status
        case .filterSummary(let part):
            switch part {
            case .search(let text): return "« \(text) »"
            case .kinds(let list): return "type : " + list
            case .themes(let list): return "thème : " + list
            case .countryGroups(let list): return "groupe-pays : " + list
            case .statuses(let list): return "statut : " + list
            }
        case .multiDayUntil(let date): return "→ \(twoDigits(date.day))/\(twoDigits(date.month))"
        case .shortDate(let date): return "\(twoDigits(date.day))/\(twoDigits(date.month))/\(date.year)"
        case .typingHintKeep(let key): return "\(key) garde"
        case .typingHintNewLine(let key): return "\(key) nouvelle ligne"
        case .typingHintCancel(let key): return "\(key) abandonne"
        case .typingHintMove(let keys): return "\(keys) déplace le curseur"
        case .typingHintErase(let key): return "\(key) efface tout"
        case .searchHint(let keep, let clear): return "  (\(keep) garde, \(clear) efface)"
        case .filterMenuHint(let toggle, let clear, let close):
            return " \(toggle) coche/décoche · \(clear) efface tout · \(close) ferme"
        case .helpHint(let scroll, let close): return " \(scroll) défiler · \(close) ferme l'aide"
        case .popupHint(let close): return " \(close) ferme"
        case .detailHint(let back): return "  \(back) retour"
        case .formHint(let next, let help, let quit): return "  \(next) champ suivant  (\(help) et \(quit) s'écrivent ici)"
        case .formHintShort(let next): return "  \(next) champ suivant"
        case .eitherKey(let keys):
            return keys.count < 2 ? keys.joined() : keys.dropLast().joined(separator: ", ") + " ou " + keys[keys.count - 1]
        case .bulkDescription(let keys): return "puis \(keys) : appliquer aux marquées"
        case .optionDescription(let keys): return "cocher une case ou une option (\(keys) entre les options)"
        case .searchDescription(let keep, let clear): return "chercher (en direct ; \(keep) garde, \(clear) efface)"
        case .exported(let path): return "Exporté : \(path)"
        case .correctionTitle(let name, let event): return " Coordonnées de \(name) — \(event)"
        case .detailsCorrected(let name, let fields): return "Coordonnées de \(name) corrigées : \(fields.joined(separator: ", "))."
        case .detailsUnchanged: return "Rien n'a changé : les coordonnées sont celles enregistrées."
        case .correctionOverNewVersion(let name, let submit):
            return "Les coordonnées de \(name) ont changé ailleurs entre-temps : votre correction est reprise sur la nouvelle version ; \(submit) l'enregistre."
        case .eraseQuestion(let name, let yes, let no):
            return "Effacer pour de bon l'inscription de \(name) (demande RGPD) ? Elle quitte le registre, son journal et sa sauvegarde ; rien ne pourra la rétablir. (\(yes)/\(no))"
        case .erased(let name):
            return "Inscription de \(name) effacée ; l'événement garde seulement qu'une inscription a été effacée. Les exports faits avant peuvent encore la contenir."
        case .erasedElsewhere(let name): return "L'inscription de \(name) avait déjà été effacée ailleurs."
        case .erasedCount(let count): return "\(number(count)) \(plural(count, "inscription effacée", "inscriptions effacées")) à la demande des personnes (RGPD)"
        case .messageSentBefore(let at, let queue): return "Déjà envoyé le \(at) ; \(queue) l'envoie de nouveau."
        case .messageTitle(let index, let count, let kind):
            return " Message \(index)/\(count) — " + messageKindName(kind) + " "
        case .messageTo: return "À :"
        case .messageSubject: return "Objet :"
        case .messageHint(let queue, let drop, let next, let edit):
            return " \(queue) met en attente d'envoi  \(edit) modifie  \(drop) abandonne  \(next) message suivant"
        case .messagesQueued(let count):
            return "\(number(count)) \(plural(count, "message mis", "messages mis")) en attente ; agenda mail send \(plural(count, "l'envoie", "les envoie"))."
        case .messagesDropped: return "Rien n'est mis en attente."
        case .outboxTitle(let count): return " Boîte d'envoi — \(number(count)) \(plural(count, "message", "messages")) "
        case .outboxEmpty: return "Aucun message en attente."
        case .outboxHint(let send, let close): return " \(send) envoie tout  \(close) ferme"
        case .outboxSent(let sent, let left):
            return "\(number(sent)) \(plural(sent, "envoyé", "envoyés")), \(number(left)) en attente" + (left > 0 ? " (voir les erreurs)." : ".")
        case .outboxFailure(let status, let detail): return "code \(status)" + (detail.isEmpty ? "" : " : " + detail)
        case .outboxNoSendmail: return "Aucune commande d'envoi : ajoutez sendmail = \"msmtp -t\" à la section [mail] de config.toml."
        case .messageEdited: return "Message modifié."
        case .messageNotEdited: return "Message inchangé : l'éditeur a échoué, ou le texte n'a plus sa ligne « Subject: »."
        case .messagesWaiting(let count): return "\(number(count)) à envoyer"
        case .noMessageFits(let name, let reason):
            return "Pas de message pour \(name)" + (reason.map { " : " + messageRefusal($0) } ?? " : aucun ne convient à une inscription à traiter ou annulée") + "."
        case .newEventTitle: return "Nouvel événement"
        case .editEventTitle(let title): return "Modifier : \(title)"
        case .duplicateEventTitle(let title): return "Prochaine édition de : \(title)"
        case .eventField(let field):
            switch field {
            case .title: return "Titre *"
            case .kind: return "Type"
            case .status: return "Statut"
            case .start: return "Début *"
            case .end: return "Fin"
            case .allDay: return "Toute la journée"
            case .mode: return "Lieu"
            case .venue: return "Salle, bâtiment"
            case .address: return "Adresse"
            case .city: return "Ville"
            case .country: return "Pays"
            case .summary: return "Résumé"
            case .description: return "Description"
            case .themes: return "Thèmes"
            case .countryGroups: return "Groupes-pays"
            case .contacts: return "Contacts"
            case .connection: return "Connexion"
            case .takesRegistrations: return "Inscriptions"
            case .opens: return "Ouverture"
            case .deadline: return "Date limite"
            case .capacity: return "Places"
            case .waitlist: return "Liste d'attente"
            }
        case .eventProblem(let issue):
            switch issue {
            case .catalogue(let issue): return catalogueProblem(issue, firstLine: nil)
            case .notAWholeNumber(let text): return "« \(text) » n'est pas un nombre entier de places"
            case .contactWithoutName: return "un contact a besoin d'un nom avant son <adresse>"
            case .nonexistentTime(let text): return "\(text) n'existe pas ici : on avance l'heure cette nuit-là"
            }
        case .noPlaceGiven: return "non précisé"
        case .editorSaveHint: return "enregistrer"
        case .fieldNotEdited: return "Inchangé : l'éditeur n'a pas pu être lancé, ou a échoué."
        case .eventTimeHelp(let zone):
            return "AAAA-MM-JJ HH:MM" + (zone.map { " (heure de \($0))" } ?? "") + ", ou avec un décalage : 2027-06-10 10:00+04:00"
        case .listHelp: return "séparés par des virgules"
        case .contactsHelp: return "Nom <adresse>; un autre <adresse>"
        case .editOutsideHelp(let key): return "\(key) : l'écrire dans $VISUAL ou $EDITOR, paragraphes compris (↵ marque un retour à la ligne)"
        case .choiceHelp(let keys): return "\(keys) ou Espace pour choisir"
        case .editorFooter(let save, let leave): return "\(save) enregistre dans le catalogue · \(leave) quitte"
        case .eventSaved(let title): return "« \(title) » enregistré dans le catalogue."
        case .eventUnchanged: return "Rien n'a changé : le catalogue est tel qu'il était."
        case .eventEditUnsaved(let leave, let save): return "Modifications non enregistrées : \(leave) de nouveau les abandonne, \(save) les enregistre."
        case .eventEditDropped: return "Modifications abandonnées ; le catalogue est tel qu'il était."
        case .eventNotSavedYet(let save): return "Pas encore enregistré : \(save) quand vous voulez."
        case .duplicateMoved(let when): return "Une copie pour la prochaine édition, placée au \(when) : vérifiez les dates."
        case .sampleCopyQuestion(let path, let yes, let no):
            return "C'est l'exemple intégré. En faire votre propre catalogue, dans \(path), et y enregistrer ? (\(yes)/\(no))"
        case .catalogueReloaded: return "Le fichier du catalogue a été modifié par un autre programme : il est affiché tel qu'il est maintenant."
        case .catalogueChangedOnDisk(let save):
            return "Le fichier du catalogue a été modifié par un autre programme : il est affiché tel qu'il est maintenant. Vos modifications sont toujours là ; \(save) les enregistre par-dessus."
        case .catalogueNotWritten(let error):
            switch error {
            case .unreadable(let error): return catalogueFile(error, named: .configuration)
            case .invalid(let path, let errors):
                return "\(path) a maintenant \(number(errors)) \(plural(errors, "erreur", "erreurs")) : il n'a pas été remplacé ; agenda validate dit lesquelles."
            case .changedOnDisk(let path): return "\(path) a été modifié par un autre programme : il n'a pas été remplacé."
            case .wouldBeInvalid(let problems):
                return "Pas enregistré : le catalogue serait refusé (" + (problems.first.map { catalogueProblem($0.issue, firstLine: nil) } ?? "") + ")."
            case .cannotWrite(let error): return store(error)
            }
        case .cancellationNotSent(let count, let event, let compose):
            return "! \(number(count)) \(plural(count, "inscription n'a", "inscriptions n'ont")) pas reçu le message d'annulation : \(compose) dans la liste des inscriptions, ou agenda mail queue --event \(event) --kind cancellation"
        case .connectionNotSent(let count, let event):
            return "! \(number(count)) \(plural(count, "personne approuvée n'a", "personnes approuvées n'ont")) pas reçu les informations de connexion : agenda mail queue --event \(event) --kind connection"
        case .mailNeedsSender: return "Aucun expéditeur : ajoutez une section [mail] avec from = \"Nom <adresse>\" à config.toml."
        case .correctionNeedsTheEvent: return "Son événement n'est plus au catalogue : ses coordonnées ne peuvent être corrigées ici."
        case .detailsCorrectedEntry(let fields): return "coordonnées corrigées (\(fields.joined(separator: ", ")))"
        case .correctionAbandoned: return "Correction abandonnée ; rien n'a changé."
        case .correctionDuplicate(let name):
            return "Cet e-mail est déjà celui d'une autre inscription à cet événement (\(name)) : rien n'a changé."
        case .draftRestored: return "Brouillon repris."
        case .draftKept(let resume): return "Brouillon gardé ; \(resume) pour le reprendre."
        case .draftWaiting(let savedAt, let resume):
            return "✎ Une inscription commencée attend" + (savedAt.isEmpty ? "" : " (brouillon du \(savedAt))") + " : \(resume) la reprend."
        case .registrationSaved(let name, let status):
            return "Inscription \(FrenchTypography.de(name)) enregistrée : \(registrationStatus(status))."
        case .fieldsToCorrect(let count): return "\(number(count)) \(plural(count, "champ", "champs")) à corriger."
        case .nothingChanged: return "Rien n'a changé."
        case .bulkAbandoned: return "Action groupée abandonnée."
        case .noneTagged(let tag): return "Aucune inscription marquée (\(tag) marque)."
        case .bulkPrompt(let bulk, let approve, let waitlist, let decline, let cancel, let tagged):
            return "\(bulk) puis \(approve) approuver, \(waitlist) liste d'attente, \(decline) refuser, \(cancel) annulée — pour \(number(tagged)) \(plural(tagged, "marquée", "marquées"))"
        case .nothingToUndo: return "Rien à annuler."
        case .nothingToRedo: return "Rien à rétablir."
        case .undone(let count): return "Décision défaite : \(number(count)) inscriptions reviennent à leur statut d'avant."
        case .redone(let count): return "Décision refaite : \(number(count)) inscriptions reprennent le statut décidé."
        case .undoneOne(let name, let status): return "Décision défaite : \(name) est de nouveau « \(registrationStatus(status)) »."
        case .redoneOne(let name, let status): return "Décision refaite : \(name) est de nouveau « \(registrationStatus(status)) »."
        case .tagsCleared: return "Marques effacées."
        case .searchCleared: return "Recherche effacée."
        case .bulkDecided(let changed, let skipped, let status):
            return "\(number(changed)) \(plural(changed, "changée", "changées"))"
                + (skipped > 0 ? ", \(number(skipped)) \(plural(skipped, "ignorée", "ignorées")) (déjà « \(registrationStatus(status)) »)" : "") + "."
        case .keyName(let key):
            switch key {
            case .space: return "Espace"
            case .home: return "Début"
            case .end: return "Fin"
            case .enter: return "Entrée"
            case .escape: return "Échap"
            case .backTab: return "Maj-Tab"
            case .delete: return "Suppr"
            }
        case .beyondCapacity(let excess, let yes, let no):
            return "Approuver dépasse la capacité de \(number(excess)) \(plural(excess, "place", "places")). Confirmer ? (\(yes)/\(no))"
        case .keyDoesNothing(let key, let help): return "« \(key) » ne fait rien ici ; \(help) liste les touches."
        case .nothingRecorded: return "Rien n'a été enregistré ; le formulaire reste tel quel."
        case .alreadyStatus(let name, let status): return "\(name) : déjà \(registrationStatus(status)), rien n'a changé."
        case .decided(let name, let status): return "\(name) : \(registrationStatus(status))."
        case .promoted(let name): return "\(name) passe de la liste d'attente à approuvée."
        case .offerSeat(let name, let yes, let no):
            return "Une place se libère : approuver \(name), premier·e en liste d'attente ? (\(yes)/\(no))"
        case .noteSaved: return "Note enregistrée."
        case .moreProblems(let count): return " (+\(number(count)) \(plural(count, "autre", "autres")))"
        case .notSaved(let reason): return "Rien n'a changé : " + reason
        case .storeIsReadOnly:
            return "Inscriptions en lecture seule : le fichier ne se lit pas, rien n'y est écrit. Corrigez-le ou restaurez une sauvegarde, puis relancez."
        case .updatedElsewhere: return "Mis à jour par un autre programme."
        case .decidedElsewhere(let name, let status, let when):
            return "\(name) : déjà \(registrationStatus(status)) par un autre programme (\(when)). Rien n'a changé, décidez à nouveau."
        case .severalChangedElsewhere(let count):
            return "\(number(count)) \(plural(count, "inscription changée", "inscriptions changées")) entre-temps par un autre programme : \(plural(count, "laissée", "laissées")) telles quelles, décidez à nouveau."
        case .noteChangedElsewhere(let name, let keep):
            return "Un autre programme a changé la note \(FrenchTypography.de(name)) entre-temps : la vôtre est restée dans l'éditeur, \(keep) pour la garder à sa place."
        case .cannotRevert(let undo, let name, let others):
            let what = undo ? "Impossible d'annuler" : "Impossible de rétablir"
            let more = others > 0 ? " (et \(number(others)) \(plural(others, "autre", "autres")))" : ""
            return "\(what) : \(name)\(more) a changé depuis, par un autre programme. Rien n'a changé."
        case .inscriptionGone: return "Cette inscription n'est plus dans le fichier : un autre programme l'a retirée."
        case .terminalNotUTF8(let charset):
            return "Terminal en \(charset), pas en UTF-8 : les caractères qu'il ne peut pas montrer sont remplacés (LANG=fr_FR.UTF-8 les montre tous)."
        }
    }

    public func registrationStatus(_ status: RegistrationStatus) -> String {
        switch status {
        case .pending: return "à traiter"
        case .approved: return "approuvée"
        case .waitlisted: return "en liste d'attente"
        case .declined: return "refusée"
        case .cancelled: return "annulée"
        }
    }

    func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
