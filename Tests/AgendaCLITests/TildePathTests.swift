import Foundation
import Testing

/// A `~` the shell did not expand (quoted, or in config.toml) is the home directory, never a
/// crash.
@Suite struct TildePathTests {
    static let csv = """
    firstName;lastName;email;organisation;eventId
    Élodie;Martin;e.martin@example.org;Ville de Lyon;webinaire-covid-2020-05-19
    """

    @Test func aQuotedTildeInDataDirIsTheHomeDirectory() throws {
        let home = try ScratchDirectory()
        let file = try home.write("inscriptions.csv", Self.csv)
        let result = try AgendaProcess.run(["registrations", "import", file, "--data-dir", "~/Documents/agenda", "--today", "2020-05-01"],
                                           environment: ["HOME": home.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.url.path + "/Documents/agenda/registrations.json"))
    }

    @Test func aTildeInConfigTomlAndInTheFileArgumentAreTheHomeDirectory() throws {
        let home = try ScratchDirectory()
        _ = try home.write("inscriptions.csv", Self.csv)
        try FileManager.default.createDirectory(at: home.url.appendingPathComponent(".config/agenda"), withIntermediateDirectories: true)
        _ = try home.write(".config/agenda/config.toml", "data-dir = \"~/agenda-data\"\n")
        let result = try AgendaProcess.run(["registrations", "import", "~/inscriptions.csv", "--today", "2020-05-01"],
                                           environment: ["HOME": home.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.url.path + "/agenda-data/registrations.json"))
    }

    @Test func aTildeAloneOrInAnyPlaceNeverCrashes() throws {
        let home = try ScratchDirectory()
        for path in ["~", "~/", "~~", "~/~", "a/~", "~nobody-here/x"] {
            let result = try AgendaProcess.run(["registrations", "list", "--data-dir", path], environment: ["HOME": home.url.path])
            #expect([0, 66, 73].contains(result.status), "\(path): \(result.status) \(result.stderr)")
        }
    }
}

@Suite struct ConfiguredCatalogueTests {
    @Test func aCatalogueNamedInConfigTomlThatIsNotThereKeepsTheDefaultAndSaysWhere() throws {
        let home = try ScratchDirectory()
        try FileManager.default.createDirectory(at: home.url.appendingPathComponent(".config/agenda"), withIntermediateDirectories: true)
        let config = try home.write(".config/agenda/config.toml", "catalogue = \"~/absent.json\"\n")
        let result = try AgendaProcess.run(["validate"], environment: ["HOME": home.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("events, OK\n"))
        #expect(result.stderr.contains("agenda: \(config): the catalogue \"\(home.url.path)/absent.json\" is not there; the default catalogue is used."))
    }

    @Test func aCatalogueGivenWithTheOptionThatIsNotThereStillStops() throws {
        let home = try ScratchDirectory()
        let result = try AgendaProcess.run(["validate", "--catalogue", "~/absent.json"], environment: ["HOME": home.url.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("absent.json: no such file. Check the path given with --catalogue"))
    }

    @Test func aMissingFileGivenToValidateSpeaksOfThatPathNotOfTheOption() throws {
        let home = try ScratchDirectory()
        let result = try AgendaProcess.run(["validate", "--lang", "fr", "absent.json"], environment: ["HOME": home.url.path])
        #expect(result.status == 66)
        #expect(result.stderr == "agenda: absent.json\u{202F}: fichier introuvable. Vérifiez le chemin.\n", "\(result.stderr)")
    }
}

@Suite struct ConfigurationReportTests {
    @Test func problemsAreListedInTheOrderOfTheFileAndAnUnknownActionSaysTheKnownOnes() throws {
        let home = try ScratchDirectory()
        try FileManager.default.createDirectory(at: home.url.appendingPathComponent(".config/agenda"), withIntermediateDirectories: true)
        // An unknown setting on line 1, an unknown action on line 3, a rebinding conflict on line 4.
        let config = try home.write(".config/agenda/config.toml", "colour = \"bleu\"\n[keys]\napprouver = \"A\"\napprove = \"w\"\n")
        let result = try AgendaProcess.run(["validate"], environment: ["HOME": home.url.path])
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("agenda: \(config):") }
        let numbers = lines.compactMap { Int($0.dropFirst("agenda: \(config):".count).prefix { $0.isNumber }) }
        #expect(numbers == numbers.sorted() && numbers.count == 3, "\(lines)")
        #expect(lines.contains { $0.contains("unknown action \"approuver\" in [keys] (known: ") && $0.contains("approve, back") })
    }
}

@Suite struct ConfiguredDataDirectoryTests {
    @Test func aDataDirInConfigTomlThatIsAFileKeepsTheDefaultAndSaysSo() throws {
        let home = try ScratchDirectory()
        _ = try home.write("notes.txt", "pas un dossier")
        _ = try home.write("inscriptions.csv", TildePathTests.csv)
        try FileManager.default.createDirectory(at: home.url.appendingPathComponent(".config/agenda"), withIntermediateDirectories: true)
        let config = try home.write(".config/agenda/config.toml", "data-dir = \"~/notes.txt\"\n")
        let result = try AgendaProcess.run(["registrations", "import", "~/inscriptions.csv", "--today", "2020-05-01"],
                                           environment: ["HOME": home.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("agenda: \(config): data-dir \"\(home.url.path)/notes.txt\" is a file, not a directory"))
        #expect(FileManager.default.fileExists(atPath: home.url.path + "/.local/share/agenda/registrations.json"))
    }
}
