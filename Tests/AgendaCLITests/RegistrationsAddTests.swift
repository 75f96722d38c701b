import Foundation
import Testing

/// `registrations add` on the sample catalogue, on 23 November 2026: the café of 2 December
/// closed on the 20th, the training of 14 January is open and asks three questions.
@Suite struct RegistrationsAddTests {
    let scratch: ScratchDirectory
    init() throws { scratch = try ScratchDirectory() }

    func add(_ arguments: [String], lang: String = "en") throws -> AgendaProcess.Result {
        try AgendaProcess.run(["registrations", "add"] + arguments + ["--data-dir", scratch.url.path, "--today", "2026-11-23", "--lang", lang])
    }

    func stored() throws -> [[String: Any]] {
        let data = try Data(contentsOf: scratch.url.appendingPathComponent("registrations.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["registrations"] as? [[String: Any]] ?? []
    }

    static let training = ["--event", "formation-montage-projet-2027-01-14", "--first", "Hélène", "--last", "Dupré-Moreau",
                           "--email", "h.dupre@example.org", "--organisation", "Région Occitanie", "--consent",
                           "--answer", "anciennete=14", "--answer", "projet-en-cours=Jumelage avec Erevan", "--answer", "modules=Financements"]

    @Test func aCompleteRegistrationIsStoredPendingWithTheFormsRules() throws {
        let result = try add(Self.training)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Registration of Hélène Dupré-Moreau saved ("))
        #expect(result.stdout.hasSuffix("): pending.\n"))
        let registration = try #require(try stored().first)
        #expect(registration["status"] as? String == "pending" && registration["source"] as? String == "form")
        let answers = registration["answers"] as? [String: Any]
        #expect(answers?["anciennete"] as? Double == 14 && answers?["projet-en-cours"] as? String == "Jumelage avec Erevan")
        // The same e-mail again is a duplicate: nothing added, exit 1.
        let again = try add(Self.training, lang: "fr")
        #expect(again.status == 1)
        #expect(again.stderr.contains("déjà inscrit·e à cet événement avec cet e-mail\u{202F}: Hélène Dupré-Moreau ("))
        #expect(try stored().count == 1)
    }

    @Test func everyMissingOrWrongValueIsNamedByItsOption() throws {
        let result = try add(["--event", "formation-montage-projet-2027-01-14", "--first", "A", "--email", "pas-un-email"], lang: "fr")
        #expect(result.status == 64)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "agenda: --last\u{202F}: obligatoire.",
            "agenda: --email\u{202F}: e-mail invalide (forme nom@domaine.fr).",
            "agenda: --organisation\u{202F}: obligatoire.",
            "agenda: --answer anciennete=…\u{202F}: obligatoire.",
            "agenda: --answer projet-en-cours=…\u{202F}: obligatoire.",
            "agenda: --consent\u{202F}: l'accord est nécessaire pour s'inscrire.",
        ])
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("registrations.json").path))
        let unknown = try add(Self.training + ["--answer", "couleur=bleu"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--answer couleur=bleu: the event has no such question (its questions: anciennete, modules, projet-en-cours)"))
        let event = try add(["--event", "formation-montage"])
        #expect(event.status == 64)
        #expect(event.stderr.contains("formation-montage-projet-2027-01-14"))
    }

    @Test func aClosedEventNeedsLateAndTheHistorySaysSo() throws {
        let cafe = ["--event", "cafe-elu-es-2026-12-02", "--first", "Arman", "--last", "Hovhannisyan", "--email", "a.h@example.am",
                    "--organisation", "Mairie de Gumri", "--consent"]
        let refused = try add(cafe)
        #expect(refused.status == 1)
        #expect(refused.stderr == "agenda: Refused: the deadline was Fri 20 November 2026. --late records it all the same, marked in its history.\n")
        let late = try add(cafe + ["--late"], lang: "fr")
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stdout.hasSuffix("\u{202F}: à traiter, inscription tardive.\n"))
        let history = try #require(try stored().first?["history"] as? [[String: Any]])
        #expect(history.count == 1 && history[0]["override"] as? String == "afterDeadline")
    }

    @Test func aCancelledEventTakesNoneEvenLate() throws {
        let result = try add(["--event", "webinaire-securite-alimentaire-2027-04-15", "--first", "A", "--last", "B", "--email", "a@b.fr",
                              "--organisation", "C", "--consent", "--late"])
        #expect(result.status == 1)
        #expect(result.stderr == "agenda: Refused: the event is cancelled.\n")
    }
}
