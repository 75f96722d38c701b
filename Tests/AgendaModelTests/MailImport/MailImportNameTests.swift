@testable import AgendaModel
import Testing

@Suite("Mail import: names") struct MailImportNameTests {
    private func name(_ display: String, _ address: String = "x@example.org") -> [String] {
        let name = SenderName(displayName: display, address: address)
        return [name.firstName, name.lastName]
    }

    @Test func givenNameThenFamilyName() {
        #expect(name("Marie Dupont") == ["Marie", "Dupont"])
        #expect(name("Élodie Martin") == ["Élodie", "Martin"])
        #expect(name("Jean-Baptiste de La Fontaine") == ["Jean-Baptiste", "de La Fontaine"])
    }

    @Test func frenchCapitalsMarkTheFamilyNameWhereverItIs() {
        #expect(name("DUPONT Marie") == ["Marie", "Dupont"])
        #expect(name("LE GOFF Gaëlle") == ["Gaëlle", "Le Goff"])
        #expect(name("Hélène DUPRÉ-MOREAU") == ["Hélène", "Dupré-Moreau"])
    }

    @Test func aCommaPutsTheFamilyNameFirst() {
        #expect(name("Dupont, Marie") == ["Marie", "Dupont"])
        #expect(name("DUPONT, Marie") == ["Marie", "Dupont"])
    }

    @Test func japaneseAndArmenianNamesAsWritten() {
        #expect(name("田中 太郎") == ["太郎", "田中"])
        #expect(name("Արմեն Պետրոսյան") == ["Արմեն", "Պետրոսյան"])
    }

    @Test func theLocalPartWhenThereIsNoName() {
        #expect(name("", "marie.dupont@lyon.fr") == ["Marie", "Dupont"])
        #expect(name("m.dupont@lyon.fr", "marie-claire.dupont@lyon.fr") == ["Marie-Claire", "Dupont"])
        #expect(name("", "contact@lyon.fr") == ["Contact", ""])
    }

    @Test func aSingleWordIsAGivenName() {
        #expect(name("Arman") == ["Arman", ""])
    }

    @Test func theOrganisationFromTheSignature() {
        #expect(OrganisationGuess.organisation(in: ["Marie Dupont", "Chargée de mission", "Ville de Lyon"]) == "Ville de Lyon")
        #expect(OrganisationGuess.organisation(in: ["Chargé de coopération – Mairie d'Arles"]) == "Mairie d'Arles")
        #expect(OrganisationGuess.organisation(in: ["Conseil départemental du Gard", "Région Occitanie"]) == "Conseil départemental du Gard")
        #expect(OrganisationGuess.organisation(in: ["Métropole européenne de Lille"]) == "Métropole européenne de Lille")
        #expect(OrganisationGuess.organisation(in: ["Communauté de communes du Pays de Gex"]) == "Communauté de communes du Pays de Gex")
        #expect(OrganisationGuess.organisation(in: ["Marie", "06 12 34 56 78"]) == nil)
    }
}
