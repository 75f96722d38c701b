extension FrenchTable {
    /// What ArgumentParser writes itself (headings, its own options, its errors): its
    /// sentences are few and fixed; anything not listed stays as it wrote it.
    public var argumentParserWords: [(String, String)] {
        [
        ("OVERVIEW: ", "RÉSUMÉ : "), ("USAGE: ", "UTILISATION : "), ("ARGUMENTS:\n", "ARGUMENTS :\n"),
        ("OPTIONS:\n", "OPTIONS :\n"), ("SUBCOMMANDS:\n", "SOUS-COMMANDES :\n"),
        ("Show help information.", "Afficher l'aide."), ("Show the version.", "Afficher la version."),
        ("See 'agenda help <subcommand>' for detailed help.", "Voir 'agenda help <sous-commande>' pour l'aide détaillée."),
        ("Error: ", "Erreur : "), ("Usage: ", "Utilisation : "),
        ("Missing expected argument ", "Argument attendu manquant : "),
        ("Missing value for ", "Valeur manquante pour "),
        ("Unknown option ", "Option inconnue "), ("Unexpected argument ", "Argument inattendu "),
        ("Unexpected arguments ", "Arguments inattendus "),
        ("Did you mean ", "Vouliez-vous dire "), ("The value ", "La valeur "), (" is invalid for ", " ne convient pas à "),
        ("Please provide one of ", "Donnez l'une des valeurs "), ("(default: ", "(par défaut : "), ("(values: ", "(valeurs : "),
        ("  See '", "  Voir '"), ("' for more information.", "' pour plus d'informations."),
        ("<subcommand>", "<sous-commande>"), ("<file>", "<fichier>"), ("<dir>", "<dossier>"), ("<name>", "<nom>"),
        ("<text>", "<texte>"), ("<address>", "<adresse>"), ("<number>", "<numéro>"), ("<group>", "<groupe>"),
        ("<theme>", "<thème>"), ("<kind>", "<type>"), ("<status>", "<statut>"), ("<lang>", "<langue>"),
        ("<mode>", "<modalité>"), ("<id=value>", "<id=valeur>"), ("<id... status>", "<id... statut>"),
        ]
    }

    public func commandHelp(_ key: CommandHelp) -> String {
        switch key {
        case .agendaAbstract:
            return "Parcourir les événements d'un réseau de collectivités, inscrire des participants et trier les inscriptions."
        case .agendaDiscussion:
            return """
            Sans sous-commande, ouvre l'interface en plein écran. Le catalogue est --catalogue FICHIER, sinon \
            $AGENDA_CATALOGUE, sinon $XDG_DATA_HOME/agenda/catalogue.json, sinon l'exemple intégré au programme.
            Codes de sortie : 0 succès, 64 mauvais usage, 65 catalogue ou données d'import invalides, 66 fichier introuvable ou \
            illisible, 73 registre impossible à écrire, 1 tout le reste.
            """
        case .exportAbstract:
            return "Exporter des événements pour d'autres programmes (iCalendar)."
        case .exportICSAbstract:
            return "Les événements en iCalendar (RFC 5545), pour tout agenda électronique."
        case .exportICSDiscussion:
            return """
            Choisit les événements comme 'agenda list' : ceux à venir par défaut, --all pour les passés aussi, \
            restreints par --from, --to, --kind, --theme, --country-group et --search. --event ID exporte cet \
            événement quelle que soit sa date (répétable).

            Les événements à l'heure sont écrits en UTC (…T130000Z), que chaque agenda montre à l'heure de son \
            utilisateur ; ceux d'une journée entière comme des dates, DTEND étant le lendemain du dernier jour. L'UID \
            de chaque événement est <id>@agenda.cites-unies-france.invalid : importer un export plus récent met les \
            événements à jour au lieu de les doubler. DTSTAMP est l'updatedAt de l'événement, sinon 00:00 UTC du jour \
            (--today le rend reproductible). Un événement annulé a STATUS:CANCELLED, un reporté STATUS:TENTATIVE.

            Avec -o, le fichier est écrit de façon atomique (fichier temporaire, fsync, renommage), lisible par son \
            seul propriétaire, comme tout fichier que le programme écrit ; chmod pour le partager.
            """
        case .exportICSEvent:
            return "Exporter cet événement, quelle que soit sa date (voir agenda list --all) ; répétable."
        case .exportICSOutput:
            return "Écrire dans ce fichier plutôt que sur la sortie standard."
        case .listAbstract:
            return "Les événements à venir, un par ligne : date, heure, type, identifiant, titre."
        case .listFormat:
            return "Format de sortie : text ou json."
        case .registrationsAddAbstract:
            return "Ajouter une inscription avec les règles du formulaire : --event ID --first … --last … --email … --organisation … --consent."
        case .registrationsAddDiscussion:
            return """
            Les vérifications sont celles du formulaire : champs obligatoires, forme de l'e-mail, questions de \
            l'événement (--answer ID=VALEUR, une fois par question : oui/non, un nombre, un choix, des choix séparés \
            par |), modalité quand l'événement en propose plusieurs, accord du participant (--consent une fois qu'il \
            l'a donné) et doublon (même événement et même e-mail). Un événement complet avec liste d'attente y place \
            l'inscription. Après la date limite, avant l'ouverture, ou complet sans liste d'attente, l'inscription est \
            refusée sauf avec --late : elle est alors enregistrée à traiter, et son historique dit quelle règle a été \
            écartée. Un événement annulé ou reporté n'en prend aucune.

            Code de sortie : 0 si enregistrée ; 1 si refusée par les règles de l'événement ou comme doublon ; 64 si \
            une valeur manque ou est fausse (chacune est nommée) ; 66 ou 73 si le registre ne peut être lu ou écrit.
            """
        case .registrationsAddEvent:
            return "L'identifiant de l'événement (agenda list --all les montre)."
        case .registrationsAddFirstName:
            return "Prénom."
        case .registrationsAddLastName:
            return "Nom de famille."
        case .registrationsAddEmail:
            return "Adresse e-mail."
        case .registrationsAddOrganisation:
            return "Collectivité ou organisation."
        case .registrationsAddPhone:
            return "Téléphone."
        case .registrationsAddRole:
            return "Fonction dans la collectivité."
        case .registrationsAddMode:
            return "onsite ou online (présentiel, en ligne)."
        case .registrationsAddAnswer:
            return "Une réponse à l'une des questions de l'événement."
        case .registrationsAddConsent:
            return "Le participant a accepté que ses données soient gardées pour cet événement."
        case .registrationsAddLate:
            return "L'enregistrer même après la date limite, avant l'ouverture ou complet (noté dans son historique)."
        case .registrationsAbstract:
            return "Les inscriptions gardées dans le dossier de données (--data-dir, sinon $AGENDA_DATA_DIR, sinon $XDG_DATA_HOME/agenda)."
        case .registrationsListAbstract:
            return "Les inscriptions, une par ligne : identifiant (ses 8 premiers caractères), date, statut, événement, nom, collectivité, e-mail ; par date d'événement, statut puis nom."
        case .registrationsListFormat:
            return "Format de sortie : text, csv, json ou xlsx (le classeur de 'registrations export --format xlsx')."
        case .registrationEvent:
            return "Seulement les inscriptions de cet événement."
        case .registrationStatus:
            return "Seulement ce statut : pending, approved, waitlisted, declined ou cancelled."
        case .registrationsDecideAbstract:
            return "Donner un statut à des inscriptions : ID... STATUT, ou --event ID --all-pending STATUT."
        case .registrationsDecideDiscussion:
            return """
            STATUT est pending, approved, waitlisted, declined ou cancelled. Un ID est l'identifiant d'une inscription \
            (registrations list en montre les huit premiers caractères ; list --format json le donne en entier), ou \
            tout début unique de quatre caractères ou plus.

            Les règles sont celles des touches du tri : chaque changement est une nouvelle entrée de l'historique de \
            l'inscription (avec --note pour note de cette entrée) ; une approbation qui dépasserait la capacité de \
            l'événement est refusée sauf avec --over-capacity ; une place libérée par le refus ou l'annulation d'une \
            inscription approuvée est proposée à la première personne en liste d'attente (affichée, pas décidée). La \
            décision est prise sur le registre tel qu'il est sur le disque, sous son verrou : une interface ouverte et \
            cette commande ne perdent jamais les décisions l'une de l'autre.

            Code de sortie : 0 quand chaque inscription nommée a le statut (certaines l'avaient peut-être déjà) ; 1 \
            quand des approbations ont été refusées pour la capacité (les autres sont faites) ; 65 quand un ID ne \
            désigne aucune inscription ou plusieurs (rien ne change) ; 66 ou 73 si le registre ne peut être lu ou écrit.
            """
        case .registrationsDecideWords:
            return "Les identifiants des inscriptions, puis le statut à leur donner."
        case .registrationsDecideEvent:
            return "Avec --all-pending : l'événement dont les inscriptions à traiter sont décidées."
        case .registrationsDecideAllPending:
            return "Décider toutes les inscriptions à traiter de --event."
        case .registrationsDecideNote:
            return "Une note pour l'entrée d'historique de chaque changement."
        case .registrationsDecideOverCapacity:
            return "Approuver même au-delà de la capacité de l'événement."
        case .registrationsEraseAbstract:
            return "Effacer une inscription pour de bon, à la demande de la personne (RGPD) : ID --yes."
        case .registrationsEraseDiscussion:
            return """
            L'inscription quitte registrations.json, sa sauvegarde registrations.json.bak et le journal ; \
            erasures.json ne garde que son événement, son statut et le moment, pour que les chiffres de l'événement \
            tombent juste. Sans --yes, dit ce qui serait effacé et ne change rien. Les fichiers exportés avant ne sont \
            pas touchés : supprimez-les ou exportez de nouveau.

            Code de sortie : 0 si effacée ; 1 sans --yes ; 65 quand l'ID ne désigne aucune inscription ou plusieurs ; \
            66 ou 73 si le registre ne peut être lu ou écrit.
            """
        case .registrationsEraseId:
            return "L'identifiant de l'inscription, ou un début unique de quatre caractères ou plus."
        case .registrationsEraseYes:
            return "L'effacer : sans cette option, dit seulement ce qui serait effacé."
        case .registrationsExportAbstract:
            return "Les inscriptions en CSV ou en classeur Excel pour un tableur, ou en JSON pour un autre coordinateur."
        case .registrationsExportDiscussion:
            return """
            CSV : UTF-8 avec marque d'ordre des octets, ';' entre les valeurs, fins de ligne CRLF, une colonne par \
            champ et answer.<idQuestion> par question ; une valeur qui commence par =, +, -, @, une tabulation ou un \
            retour chariot reçoit un ' devant, pour qu'aucun tableur ne l'exécute comme formule. JSON : \
            {"schemaVersion": 1, "registrations": [...]}, chaque inscription telle que registrations.json la garde. Les \
            deux s'importent de nouveau avec 'registrations import'. xlsx : un classeur Excel (LibreOffice, Excel, \
            Numbers) avec les colonnes du CSV titrées dans la langue choisie, chaque texte en texte (les téléphones \
            gardent leur zéro, aucune formule, aucun '), les dates en dates, l'en-tête figé avec un filtre ; il faut \
            -o ou une sortie standard qui n'est pas un terminal. Avec -o, le fichier est écrit de façon atomique et \
            lisible par son seul propriétaire (il contient des données personnelles).
            """
        case .registrationsExportFormat:
            return "csv, json ou xlsx."
        case .registrationsExportOutput:
            return "Écrire dans ce fichier plutôt que sur la sortie standard."
        case .registrationsImportAbstract:
            return "Ajouter les inscriptions d'un fichier CSV ou JSON, ou d'e-mails (mbox, Maildir, .eml) ; dit ce qui est ajouté et ignoré."
        case .registrationsImportDiscussion:
            return """
            CSV : UTF-8 (avec ou sans BOM) ou Windows-1252 (Excel en français), séparé par ';' ou ',', une ligne \
            d'en-tête nommant les colonnes dans n'importe quel ordre : firstName, lastName, email, organisation, \
            eventId (obligatoires), phone, role, status (par défaut pending), mode (onsite ou online), note, \
            createdAt (par défaut maintenant), consent (absent ou vide : non donné, jamais inventé), et \
            answer.<idQuestion> pour les questions de l'événement ; les noms français (prénom, nom, courriel, \
            collectivité, fonction…) sont compris aussi. JSON : le format de 'registrations export --format json' \
            (l'export d'un agenda revient avec ses identifiants et son historique), ou un tableau de tels objets.

            Vérifié : les valeurs obligatoires, la forme de l'e-mail, un événement connu du catalogue, le statut, la \
            modalité. Une ligne dont l'événement a déjà une inscription avec le même e-mail (dans le registre ou plus \
            haut dans le fichier) est ignorée comme doublon. Les dates limites et la capacité du formulaire ne \
            s'appliquent pas : le fichier vient d'un formulaire qui les a déjà appliquées.

            Toutes les lignes acceptées sont écrites en une seule écriture atomique, ou aucune. Les lignes refusées \
            sont listées comme FICHIER:LIGNE: raison et n'arrêtent pas les autres : corrigez-les et importez de \
            nouveau le même fichier, les lignes déjà importées sont alors ignorées comme doublons.

            Code de sortie : 0 quand des lignes ont été ajoutées (les refusées sont listées) ou quand toutes étaient \
            déjà là ; 65 quand le fichier n'est pas un CSV ou un JSON lisible, qu'une colonne obligatoire manque, ou \
            que des lignes ont été refusées sans aucune ajoutée ; 66 si le fichier ne peut être lu ; 73 si le registre \
            ne peut être écrit.

            Les e-mails, reconnus à leur contenu : un fichier mbox, un dossier Maildir (cur/, new/) ou des fichiers \
            .eml, avec --event ID. Chaque message d'un expéditeur pas encore inscrit à l'événement devient une \
            inscription à traiter (le nom de l'expéditeur, la collectivité de la signature ou à compléter dans le \
            tri, le texte du message en note, son Message-ID gardé : importer de nouveau la boîte n'ajoute rien). \
            Les réponses automatiques, échecs de remise, vos propres messages ([mail] from), doublons et messages \
            déjà importés sont ignorés et listés comme FICHIER:LIGNE: raison.
            """
        case .registrationsImportFile:
            return "Le fichier CSV ou JSON à importer ; ou une boîte aux lettres : un fichier mbox, un dossier Maildir, ou un ou plusieurs fichiers .eml."
        case .registrationsImportEvent:
            return "Pour une boîte aux lettres : l'événement auquel ses messages sont des inscriptions (obligatoire pour les e-mails)."
        case .registrationsImportDryRun:
            return "Dire ce qui serait ajouté et ignoré, sans rien écrire."
        case .registrationsImportVerbose:
            return "Lister chaque doublon ignoré (par défaut les premiers, puis combien d'autres)."
        case .catalogueAbstract:
            return "Modifier le catalogue à partir des fichiers d'autres programmes."
        case .catalogueImportAbstract:
            return "Fusionner les événements d'un fichier iCalendar (.ics) dans le catalogue ; dit combien sont ajoutés, mis à jour, inchangés et ignorés."
        case .catalogueImportDiscussion:
            return """
            FICHIER est un calendrier exporté par Outlook, Thunderbird, Nextcloud, Google ou un site web (ou - pour \
            l'entrée standard). Chaque VEVENT est rapproché par son UID de l'événement importé la fois précédente, qui \
            est mis à jour plutôt que doublé ; notre propre 'export ics' revient aux événements dont il vient. Un nouvel \
            événement reçoit un identifiant fait de son jour et de son titre. Une mise à jour ne change que ce que porte \
            iCalendar (titre, horaires, lieu, description, thèmes, statut, URL, contacts) : le programme, le formulaire \
            d'inscription et le reste demeurent.

            Les heures sont lues dans le fuseau que nomme leur TZID (le VTIMEZONE du fichier, sinon celui du système, \
            noms Windows compris), l'UTC et les heures sans fuseau dans le vôtre, ce qui est dit. Un événement répété \
            (RRULE, avec EXDATE et RECURRENCE-ID) donne un événement par occurrence d'aujourd'hui à --until. Ce qui ne \
            peut être importé (pas de titre, une heure qui n'existe pas, une règle impossible à développer) est listé \
            comme FICHIER:LIGNE: raison.

            Le catalogue est --catalogue, sinon $AGENDA_CATALOGUE, sinon votre catalogue \
            ($XDG_DATA_HOME/agenda/catalogue.json), créé s'il n'existe pas : le catalogue d'exemple intégré n'est \
            jamais écrit. Il est écrit de façon atomique sous un verrou, seulement les événements modifiés.

            Code de sortie : 0 quand le fichier a été lu (même avec des événements ignorés) ; 65 quand ce n'est pas un \
            fichier iCalendar ou que le catalogue a des erreurs ; 66 s'il ne peut être lu ; 73 si le catalogue ne peut \
            être écrit.
            """
        case .catalogueImportFile:
            return "Le fichier iCalendar à importer (- pour l'entrée standard)."
        case .catalogueImportDryRun:
            return "Dire ce que ferait l'import, sans rien écrire."
        case .catalogueImportUntil:
            return "Importer les occurrences des événements répétés jusqu'à cette date (AAAA-MM-JJ ; par défaut : dans un an)."
        case .showAbstract:
            return "Montrer un événement en entier, comme le volet de détail."
        case .showId:
            return "L'identifiant de l'événement (voir agenda list)."
        case .validateAbstract:
            return "Vérifier un catalogue : affiche 'N événements, OK', ou chaque problème comme FICHIER:LIGNE:COL: message (sortie 65)."
        case .validateFile:
            return "Le catalogue à vérifier (par défaut celui en usage)."
        case .globalCataloguePath:
            return "Le fichier catalogue (JSON)."
        case .globalDataDirectory:
            return "Où sont gardés les inscriptions et les brouillons."
        case .globalToday:
            return "La date à prendre pour aujourd'hui (AAAA-MM-JJ), pour les démonstrations et les tests."
        case .globalLang:
            return "Langue de l'interface : fr ou en (par défaut : d'après LC_ALL, LC_MESSAGES, LANG)."
        case .eventAll:
            return "Inclure les événements passés."
        case .eventFrom:
            return "Seulement les événements qui finissent ce jour ou après (AAAA-MM-JJ)."
        case .eventTo:
            return "Seulement les événements qui commencent ce jour ou avant (AAAA-MM-JJ)."
        case .eventKind:
            return "Seulement ce type (workshop, webinar, conference, meeting, country-day, training, other, ou les noms français : atelier, webinaire…) ; répétable."
        case .eventTheme:
            return "Seulement les événements de ce thème (accents et majuscules ignorés) ; répétable."
        case .eventCountryGroup:
            return "Seulement les événements de ce groupe-pays ; répétable."
        case .eventSearch:
            return "Seulement les événements dont le texte contient chaque mot (accents et majuscules ignorés)."
        case .mailAbstract:
            return "Messages aux participants : les préparer d'après les modèles, lister la boîte d'envoi, les envoyer par le système de courrier."
        case .mailQueueAbstract:
            return "Écrire le message d'un type pour les inscriptions d'un événement dans la boîte d'envoi."
        case .mailQueueDiscussion:
            return "TYPE vaut confirmation (approuvées), waitlist (liste d'attente, avec le rang), decline (refusées), promotion (approuvées depuis la liste d'attente), cancellation (toutes sauf les refusées), connection (approuvées, événements en ligne) ou reminder (approuvées). Chaque message est écrit d'après son modèle (intégré, ou templates/TYPE.LANGUE.txt de l'utilisateur) et attend dans la boîte d'envoi du dossier de données jusqu'à 'agenda mail send'. Une inscription qui a déjà reçu ce type de message, ou en a un en attente, est écartée sauf avec --again ; une sans e-mail valide ou d'un autre statut est écartée avec la raison. L'expéditeur est [mail] from dans config.toml."
        case .mailQueueEvent:
            return "L'événement dont les inscriptions reçoivent le message."
        case .mailQueueKind:
            return "confirmation, waitlist, decline, promotion, cancellation, connection ou reminder."
        case .mailQueueStatus:
            return "Seulement les inscriptions de ce statut."
        case .mailQueueRegistration:
            return "Seulement cette inscription (identifiant ou début unique) ; répétable."
        case .mailQueueAgain:
            return "Le préparer même pour une inscription qui a déjà reçu ce type de message."
        case .mailListAbstract:
            return "Les messages en attente dans la boîte d'envoi : type, destinataire, objet."
        case .mailListFormat:
            return "Format de sortie : text ou json."
        case .mailSendAbstract:
            return "Confier chaque message en attente à la commande sendmail de [mail] dans config.toml."
        case .mailSendDiscussion:
            return "Chaque message est passé à la commande (msmtp -t, sendmail -t -i) sur son entrée standard. Code 0 : il est noté dans l'historique de l'inscription (type, Message-ID) et rangé dans sent/. Tout autre code : il reste en attente et l'erreur est dite. Code de sortie : 0 quand tout est parti, 75 quand certains restent en attente."
        case .mailSendDryRun:
            return "Dire seulement ce qui serait envoyé."
        case .mailTemplatesAbstract:
            return "Les modèles en usage, intégrés ou de l'utilisateur ; --check liste chaque problème."
        case .mailTemplatesCheck:
            return "Vérifier seulement les modèles de l'utilisateur et lister leurs problèmes (sortie 65 s'il y en a)."
        case .registrationsAddLanguage:
            return "La langue dans laquelle lui écrire : fr (par défaut) ou en."
        }
    }
}
