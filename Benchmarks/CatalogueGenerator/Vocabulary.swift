/// The words generated events are made of.
enum Vocabulary {
    struct City {
        let name: String
        let slug: String
    }

    struct Partner {
        let name: String
        let country: String
        let speaker: String
    }

    struct Theme {
        let name: String
        let summary: String
    }

    static let kinds = ["workshop", "webinar", "conference", "meeting", "country-day", "training", "other", "webinar", "workshop"]

    static let titleStart = [
        "workshop": "Atelier", "webinar": "Webinaire", "conference": "Conférence", "meeting": "Réunion du groupe",
        "country-day": "Journée pays", "training": "Formation", "other": "Café de la coopération",
    ]

    private static let cityNames = [
        "Lyon", "Marseille", "Lille", "Nantes", "Rennes", "Grenoble", "Besançon", "Montpellier", "Saint-Étienne",
        "Orléans", "Poitiers", "Limoges", "Clermont-Ferrand", "Dijon", "Angers", "Nîmes", "Périgueux", "Évry",
        "Cergy", "Villeurbanne", "Aubervilliers", "Châlons-en-Champagne", "Épinal", "Brest", "Quimper", "Lorient",
        "Niort", "Chambéry", "Annecy", "Valence", "Arles", "Aix-en-Provence", "Bayonne", "Pau", "Tarbes", "Agen",
    ]
    private static let regions = ["", " Métropole", " (département)", " Agglomération", " (région)", " et communes voisines",
                                  " Sud", " Nord"]

    /// 36 × 8 = 288 collectivités.
    static let cities: [City] = cityNames.flatMap { name in
        regions.map { suffix in
            City(name: name + suffix, slug: slug(name + suffix))
        }
    }

    static let partners = [
        Partner(name: "Erevan", country: "Arménie", speaker: "Արմեն Սարգսյան"),
        Partner(name: "Gumri", country: "Arménie", speaker: "Անահիտ Պետրոսյան"),
        Partner(name: "Kyoto", country: "Japon", speaker: "山田 花子"),
        Partner(name: "Nagano", country: "Japon", speaker: "佐藤 健"),
        Partner(name: "Bamako", country: "Mali", speaker: "Aminata Traoré"),
        Partner(name: "Ouagadougou", country: "Burkina Faso", speaker: "Issa Ouédraogo"),
        Partner(name: "Saint-Louis", country: "Sénégal", speaker: "Fatou Ndiaye"),
        Partner(name: "Hué", country: "Viêt Nam", speaker: "Nguyễn Thị Lan"),
        Partner(name: "Beyrouth", country: "Liban", speaker: "Rami Khoury"),
        Partner(name: "Tunis", country: "Tunisie", speaker: "Leïla Ben Salah"),
        Partner(name: "Jacmel", country: "Haïti", speaker: "Jean-Robert Pierre"),
        Partner(name: "Cuzco", country: "Pérou", speaker: "María Quispe"),
        Partner(name: "Mahajanga", country: "Madagascar", speaker: "Hery Rakoto"),
        Partner(name: "Niamey", country: "Niger", speaker: "Moussa Issoufou"),
        Partner(name: "Dschang", country: "Cameroun", speaker: "Célestine Fotso"),
        Partner(name: "Cracovie", country: "Pologne", speaker: "Agnieszka Nowak"),
    ]

    static let themes = [
        Theme(name: "Santé", summary: "Échanges sur la santé publique et les centres de santé"),
        Theme(name: "Eau et assainissement", summary: "Retours d’expérience sur l’accès à l’eau (loi Oudin-Santini)"),
        Theme(name: "Éducation", summary: "Jumelages scolaires et mobilité des jeunes"),
        Theme(name: "Culture et patrimoine", summary: "Coopération culturelle et valorisation du patrimoine"),
        Theme(name: "Climat", summary: "Plans climat et adaptation des territoires partenaires"),
        Theme(name: "Agriculture", summary: "Filières agricoles et alimentation durable"),
        Theme(name: "Développement économique", summary: "Appui aux entreprises et à l’économie locale"),
        Theme(name: "Gouvernance locale", summary: "Décentralisation et appui institutionnel"),
        Theme(name: "Zones à risques", summary: "Coopérer dans les zones de crise et de post-crise"),
        Theme(name: "Jeunesse", summary: "Volontariat et engagement des jeunes"),
        Theme(name: "COVID-19", summary: "Les collectivités face à la pandémie"),
        Theme(name: "Tourisme responsable", summary: "Tourisme solidaire et échanges entre territoires"),
        Theme(name: "Égalité femmes-hommes", summary: "Place des femmes dans les projets de coopération"),
        Theme(name: "Numérique", summary: "Services publics numériques et inclusion"),
        Theme(name: "Énergie", summary: "Transition énergétique et électrification rurale"),
        Theme(name: "Financements", summary: "Appels à projets DAECT, AFD et Union européenne"),
    ]

    static let networks = ["Cités Unies France", "MEAE/DAECT", "AFD", "Région partenaire", "Réseau régional multi-acteurs"]

    static let audiences = [
        "Élus et agents des collectivités territoriales",
        "Chargés de mission relations internationales",
        "Associations et acteurs de la société civile",
        "Tout public",
    ]

    static let people = ["Élodie Martin", "Julien Marchand", "Chloé Dubœuf", "Karine Haroutiounian", "Kenji Tanaka",
                         "Françoise Lefèvre", "Mamadou Diallo", "Anne-Laure Nguyễn"]

    static let paragraphs = [
        "Cette séance réunit les collectivités engagées avec leurs partenaires pour partager leurs pratiques, leurs difficultés et leurs réussites. Les échanges sont suivis d’un temps de questions.",
        "Après une présentation du contexte par les partenaires, les participants travaillent en sous-groupes sur des cas concrets apportés par les collectivités.",
        "Le groupe pays fait le point sur les projets en cours, les financements disponibles et le calendrier des prochaines missions.",
    ]

    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
            case "é", "è", "ê", "ë": result += "e"
            case "î", "ï": result += "i"
            case "ô": result += "o"
            case "â", "à": result += "a"
            default: if !result.hasSuffix("-") { result += "-" }
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
