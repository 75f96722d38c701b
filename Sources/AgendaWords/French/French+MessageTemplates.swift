import AgendaModel

extension FrenchTable {
    /// Les textes des messages aux participants, tels qu'un coordinateur les signerait.
    public func messageTemplate(_ kind: MessageKind) -> String {
        switch kind {
        case .confirmation:
            return """
            Subject: Inscription confirmée : {event}

            Bonjour {first-name},

            Nous avons le plaisir de vous confirmer votre inscription à « {event} ».

            Date : {date}
            Horaire : {time}
            Lieu : {place}

            Si vous ne pouviez finalement pas y participer, merci de nous prévenir en répondant à ce message : votre place pourra être proposée à une autre personne.

            Pour toute question : {contact}.

            Bien cordialement,
            {signature}
            """
        case .waitlist:
            return """
            Subject: Liste d'attente : {event}

            Bonjour {first-name},

            Merci pour votre inscription à « {event} » ({date}). L'événement est complet : vous êtes inscrit·e sur la liste d'attente, en position {rank}.

            Nous vous écrirons dès qu'une place se libère. Si vous n'êtes plus intéressé·e, il suffit de nous le dire en répondant à ce message.

            Bien cordialement,
            {signature}
            """
        case .decline:
            return """
            Subject: Votre inscription à {event}

            Bonjour {first-name},

            Merci de l'intérêt que vous portez à « {event} » ({date}). Nous ne sommes malheureusement pas en mesure de retenir votre inscription pour cet événement.

            Nous espérons vous retrouver lors d'un prochain rendez-vous du réseau. Pour toute question : {contact}.

            Bien cordialement,
            {signature}
            """
        case .promotion:
            return """
            Subject: Une place s'est libérée : {event}

            Bonjour {first-name},

            Bonne nouvelle : une place s'est libérée pour « {event} », et votre inscription est désormais confirmée.

            Date : {date}
            Horaire : {time}
            Lieu : {place}

            Si vous n'êtes plus disponible, merci de nous le dire au plus vite en répondant à ce message.

            Bien cordialement,
            {signature}
            """
        case .cancellation:
            return """
            Subject: Annulation : {event}

            Bonjour {first-name},

            Nous sommes au regret de vous informer que « {event} », prévu le {date}, n'aura pas lieu à la date prévue. Votre inscription ne vous engage à rien.

            Nous vous tiendrons informé·e d'une éventuelle nouvelle date. Pour toute question : {contact}.

            Avec toutes nos excuses,
            {signature}
            """
        case .connection:
            return """
            Subject: Informations de connexion : {event}

            Bonjour {first-name},

            Voici les informations pour rejoindre « {event} », le {date}, {time} :

            {connection}

            Merci de ne pas transférer ces informations : elles sont réservées aux personnes inscrites.

            À très bientôt,
            {signature}
            """
        case .reminder:
            return """
            Subject: Rappel : {event}, le {date}

            Bonjour {first-name},

            Nous vous rappelons votre participation à « {event} ».

            Date : {date}
            Horaire : {time}
            Lieu : {place}

            En cas d'empêchement, merci de nous prévenir en répondant à ce message.

            À très bientôt,
            {signature}
            """
        }
    }

    public func messageKindName(_ kind: MessageKind) -> String {
        switch kind {
        case .confirmation: return "confirmation"
        case .waitlist: return "liste d'attente"
        case .decline: return "refus"
        case .promotion: return "place libérée"
        case .cancellation: return "annulation"
        case .connection: return "connexion"
        case .reminder: return "rappel"
        }
    }

    public func messageRefusal(_ refusal: MessageRefusal) -> String {
        switch refusal {
        case .noEmail: return "pas d'adresse e-mail"
        case .undeliverable(let email): return "« \(email) » n'est pas une adresse e-mail valide"
        case .wrongStatus(let status): return "son statut est « \(registrationStatus(status)) »"
        case .alreadySent: return "déjà envoyé (--again pour l'envoyer de nouveau)"
        case .alreadyQueued: return "déjà en attente d'envoi"
        case .noConnectionDetails: return "l'événement n'a pas d'informations de connexion dans le catalogue"
        }
    }

    public func templateProblem(_ reason: MessageTemplate.Problem.Reason) -> String {
        switch reason {
        case .missingSubject: return "la première ligne doit être « Subject: » suivi de l'objet"
        case .missingBlankLine: return "une ligne vide doit séparer l'objet du texte"
        case .unknownPlaceholder(let name):
            return "champ « {\(name)} » inconnu (possibles : \(MessagePlaceholder.allCases.map { "{" + $0.rawValue + "}" }.joined(separator: ", ")))"
        case .unclosedBrace: return "une accolade { n'est pas fermée ({{ écrit une accolade)"
        case .emptyBody: return "le message n'a pas de texte"
        }
    }

    public var messageOnline: String { "en ligne" }
    public var messageNoDeadline: String { "sans date limite" }
}
