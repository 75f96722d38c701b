import AgendaModel
import Testing
import TestSupport

/// True when searching `query` finds `event`.
private func finds(_ query: String, _ event: Event) -> Bool {
    event.matches(queryWords: SearchFolding.queryWords(query))
}

private func titled(_ title: String) -> Event {
    makeEvent(title: title, start: "2026-05-19")
}

@Suite("SearchFolding")
struct SearchFoldingTests {
    // MARK: Folding

    @Test("folding lowercases and removes accents")
    func lowercaseAndAccents() {
        #expect(SearchFolding.fold("Élue") == "elue")
        #expect(SearchFolding.fold("ARMÉNIE") == "armenie")
        #expect(SearchFolding.fold("Viêt Nam") == "viet nam")
    }

    @Test("folding spells out ligatures")
    func ligatures() {
        #expect(SearchFolding.fold("cœur") == "coeur")
        #expect(SearchFolding.fold("Œuvre") == "oeuvre")
        #expect(SearchFolding.fold("Lætitia") == "laetitia")
        #expect(SearchFolding.fold("Straße") == "strasse")
    }

    @Test("punctuation and runs of blanks become one space, none at the ends")
    func punctuation() {
        #expect(SearchFolding.fold("COVID-19") == "covid 19")
        #expect(SearchFolding.fold("  Zones — à   risques ! ") == "zones a risques")
        #expect(SearchFolding.fold("l’action") == "l action")
    }

    @Test("scripts without case are kept")
    func otherScripts() {
        #expect(SearchFolding.fold("地方創生") == "地方創生")
        #expect(SearchFolding.fold("Փարիզ") == "փարիզ")
    }

    @Test("the query is split into folded words")
    func queryWords() {
        #expect(SearchFolding.queryWords("  Covid-19   ARMÉNIE ") == ["covid", "19", "armenie"])
        #expect(SearchFolding.queryWords("   ").isEmpty)
    }

    // MARK: Finding events

    @Test("\"elue\" finds \"élue\"")
    func elue() {
        #expect(finds("elue", titled("Rencontre des élues locales")))
    }

    @Test("\"armenie\" finds \"Arménie\"")
    func armenie() {
        #expect(finds("armenie", titled("Journée du groupe-pays Arménie")))
    }

    @Test("\"ARMÉNIE\" finds \"arménie\"")
    func uppercaseQuery() {
        #expect(finds("ARMÉNIE", titled("partenaires en arménie")))
    }

    @Test("\"coeur\" finds \"cœur\"")
    func coeur() {
        #expect(finds("coeur", titled("Au cœur des territoires")))
    }

    @Test("\"covid 19\" finds \"COVID-19\"")
    func covid() {
        #expect(finds("covid 19", titled("Face à la crise du COVID-19")))
        #expect(finds("covid-19", titled("Face à la crise du COVID-19")))
    }

    @Test("every word of the query must appear, in any order")
    func allWords() {
        let event = titled("Atelier de la dynamique Sahel")
        #expect(finds("sahel atelier", event))
        #expect(!finds("sahel eau", event))
    }

    @Test("a Japanese substring finds a Japanese title")
    func japanese() {
        #expect(finds("地方", titled("Séminaire franco-japonais : 地方創生 et coopération")))
        #expect(!finds("東京", titled("Séminaire franco-japonais : 地方創生 et coopération")))
    }

    @Test("an empty query finds every event")
    func emptyQuery() {
        #expect(finds("", titled("Atelier")))
        #expect(finds("  ", titled("Atelier")))
    }

    @Test("the summary is searched")
    func summary() {
        #expect(finds("transversal", makeEvent(start: "2026-05-19", summary: "Atelier transversal et multi-pays")))
    }

    @Test("the venue, address, city and country are searched")
    func places() {
        let event = makeEvent(start: "2026-05-19", location: EventLocation(venue: "Maison de la Région", address: "9 rue Christiani",
                                                                            city: "Erevan", country: "Arménie"))
        #expect(finds("maison region", event))
        #expect(finds("christiani", event))
        #expect(finds("erevan", event))
        #expect(finds("armenie", event))
    }

    @Test("the organisers are searched")
    func organisers() {
        #expect(finds("daect", makeEvent(start: "2026-05-19", organisers: ["MEAE/DAECT"])))
    }

    @Test("the themes are searched")
    func themes() {
        #expect(finds("zones a risques", makeEvent(start: "2026-05-19", themes: ["Zones à risques"])))
    }

    @Test("the country groups are searched")
    func countryGroups() {
        #expect(finds("quebec", makeEvent(start: "2026-05-19", countryGroups: ["Québec"])))
    }

    @Test("the audience, kind and id are searched")
    func audienceKindID() {
        let event = makeEvent(id: "journee-liban-2026", kind: .countryDay, start: "2026-05-19", audience: "Élus et techniciens")
        #expect(finds("techniciens", event))
        #expect(finds("country day", event))
        #expect(finds("liban 2026", event))
    }

    @Test("the description is not searched")
    func descriptionNotSearched() {
        #expect(!finds("oudin", makeEvent(start: "2026-05-19", description: "La loi Oudin-Santini")))
    }

    @Test("one word cannot match across two fields")
    func noMatchAcrossFields() {
        #expect(!finds("sahelmali", makeEvent(title: "Sahel", start: "2026-05-19", countryGroups: ["Mali"])))
    }
}
