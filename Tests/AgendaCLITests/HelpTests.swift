import Foundation
import Testing

/// The names listed under SUBCOMMANDS: in a `--help` text.
func subcommandNames(inHelp help: String) -> [String] {
    var names: [String] = []
    var inSection = false
    for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("SUBCOMMANDS:") {
            inSection = true
            continue
        }
        guard inSection else { continue }
        if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
        // A command starts two spaces in; its description's continuation lines are indented more.
        guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
        let name = line.dropFirst(2).prefix { !$0.isWhitespace }
        if !name.isEmpty { names.append(String(name)) }
    }
    return names
}

/// Every visible command path under `agenda`, found by following the SUBCOMMANDS: sections
/// of `--help` ("list", "registrations", "registrations import", "export ics"…).
func allCommandPaths() throws -> [[String]] {
    var paths: [[String]] = []
    var queue: [[String]] = [[]]
    while !queue.isEmpty {
        let path = queue.removeFirst()
        let result = try AgendaProcess.run(path + ["--help"])
        for name in subcommandNames(inHelp: result.stdout) {
            paths.append(path + [name])
            queue.append(path + [name])
        }
    }
    return paths
}

@Suite struct HelpTests {
    @Test func theTopLevelHelpListsEveryCommand() throws {
        let result = try AgendaProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: agenda"))
        let names = subcommandNames(inHelp: result.stdout)
        #expect(Set(["list", "show", "validate", "registrations", "export"]).isSubset(of: Set(names)), "\(names)")
        // The test tools are not in the product.
        #expect(!names.contains("debug"))
    }

    @Test func theTestToolsAreNotInTheShippedProgram() throws {
        let result = try AgendaProcess.run(["debug", "crash"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!result.stderr.contains("about to crash"))
    }

    @Test func everyCommandHasHelpThatExitsZero() throws {
        let paths = try allCommandPaths()
        let expected: Set<[String]> = [
            ["list"], ["show"], ["validate"], ["registrations"], ["registrations", "list"],
            ["registrations", "import"], ["registrations", "export"], ["export"], ["export", "ics"],
        ]
        #expect(expected.isSubset(of: Set(paths)), "\(paths)")
        for path in [[]] + paths {
            let result = try AgendaProcess.run(path + ["--help"])
            #expect(result.status == 0, "agenda \(path.joined(separator: " ")) --help: \(result.stderr)")
            #expect(result.stdout.contains("USAGE: agenda" + path.map { " " + $0 }.joined()), "\(path)")
            #expect(result.stderr.isEmpty, "\(path): \(result.stderr)")
        }
    }

    @Test("under --lang fr (or a French LANG) the help and the parser's errors are French, the machine words stay")
    func helpAndErrorsInFrench() throws {
        let help = try AgendaProcess.run(["registrations", "add", "--help", "--lang", "fr"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("RÉSUMÉ\u{202F}: Ajouter une inscription avec les règles du formulaire"), "\(help.stdout.prefix(200))")
        #expect(help.stdout.contains("UTILISATION\u{202F}: agenda registrations add [<options>] --event <id>"))
        #expect(help.stdout.contains("--first <nom>") && help.stdout.contains("Prénom."))
        #expect(help.stdout.contains("Afficher l'aide.") && !help.stdout.contains("Show help"))
        // The environment's language when --lang is not given; --lang=fr as well.
        let byLANG = try AgendaProcess.run(["list", "--help"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(byLANG.stdout.contains("Les événements à venir, un par ligne"))
        #expect(try AgendaProcess.run(["list", "--help", "--lang=fr"]).stdout == byLANG.stdout)
        let error = try AgendaProcess.run(["list", "--nope", "--lang", "fr"])
        #expect(error.status == 64)
        #expect(error.stderr.hasPrefix("Erreur\u{202F}: Option inconnue '--nope'. Vouliez-vous dire '--to'\u{202F}?\nUtilisation\u{202F}: agenda list"),
                "\(error.stderr)")
        #expect(error.stderr.contains("Voir 'agenda list --help' pour plus d'informations."))
        let missing = try AgendaProcess.run(["show", "--lang", "fr"])
        #expect(missing.stderr.hasPrefix("Erreur\u{202F}: Argument attendu manquant\u{202F}: '<id>'"), "\(missing.stderr)")
        // English stays as ArgumentParser writes it.
        #expect(try AgendaProcess.run(["list", "--nope", "--lang", "en"]).stderr.hasPrefix("Error: Unknown option '--nope'. Did you mean '--to'?"))
    }

    @Test func helpSubcommandAndShortFlagWork() throws {
        let viaHelp = try AgendaProcess.run(["help", "export", "ics"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.stdout.contains("USAGE: agenda export ics"))
        let short = try AgendaProcess.run(["export", "ics", "-h"])
        #expect(short.status == 0)
        #expect(short.stdout == viaHelp.stdout)
    }

    @Test func versionExitsZero() throws {
        let result = try AgendaProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(!result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
