import Foundation
import Testing

@Suite struct ConfigurationFileTests {
    func withConfig(_ text: String, _ body: (ScratchDirectory) throws -> Void) throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("agenda"), withIntermediateDirectories: true)
        _ = try scratch.write("agenda/config.toml", text)
        try body(scratch)
    }

    @Test func aBadConfigurationIsNamedWithItsLineAndTheProgramStillWorks() throws {
        try withConfig("language = \"fr\"\ntheme = \"sombre\"\n") { scratch in
            let result = try AgendaProcess.run(["list", "--today", "2026-11-23"], environment: ["XDG_CONFIG_HOME": scratch.url.path])
            #expect(result.status == 0)
            #expect(result.stderr.contains("agenda/config.toml:2: thème «\u{00A0}sombre\u{00A0}» inconnu"))
            #expect(result.stdout.contains("2026-12-02"))
        }
    }

    @Test func theConfigurationsCatalogueIsUsedAfterTheOptionAndTheEnvironment() throws {
        try withConfig("") { scratch in
            let mine = try scratch.write("mine.json", #"{"schemaVersion": 1, "events": [{"id": "mien", "title": "Mien", "kind": "other", "start": "2030-01-01"}]}"#)
            let other = try scratch.write("other.json", #"{"schemaVersion": 1, "events": [{"id": "autre", "title": "Autre", "kind": "other", "start": "2030-01-01"}]}"#)
            _ = try scratch.write("agenda/config.toml", "catalogue = \"\(mine)\"\n")
            let env = ["XDG_CONFIG_HOME": scratch.url.path]
            let fromConfiguration = try AgendaProcess.run(["list"], environment: env)
            let fromEnvironment = try AgendaProcess.run(["list"], environment: env.merging(["AGENDA_CATALOGUE": other]) { $1 })
            let fromOption = try AgendaProcess.run(["list", "--catalogue", other], environment: env)
            #expect(fromConfiguration.stdout.contains("mien"))
            #expect(fromEnvironment.stdout.contains("autre"))
            #expect(fromOption.stdout.contains("autre"))
        }
    }

    @Test func theConfigurationsLanguageIsUsedUnlessLangIsGiven() throws {
        try withConfig("language = \"en\"\n") { scratch in
            let env = ["XDG_CONFIG_HOME": scratch.url.path, "LANG": "fr_FR.UTF-8"]
            let configured = try AgendaProcess.run(["validate"], environment: env)
            let option = try AgendaProcess.run(["validate", "--lang", "fr"], environment: env)
            #expect(configured.stdout.hasSuffix("events, OK\n"))
            #expect(option.stdout.hasSuffix("événements, OK\n"))
        }
    }
}
