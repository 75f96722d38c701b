import AgendaInterface
import AgendaModel
import Foundation
import Testing

/// docs/agenda.1 as a reader sees its words: the roff escapes of the page undone (`\-` is a
/// hyphen-minus, `\e` a backslash, `\&` nothing) and font changes dropped.
private func manualPageText() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    var text = try String(contentsOf: root.appendingPathComponent("docs/agenda.1"), encoding: .utf8)
    for (escape, plain) in [("\\-", "-"), ("\\e", "\\"), ("\\&", ""), ("\\fB", ""), ("\\fI", ""), ("\\fR", ""), ("\\fP", "")] {
        text = text.replacingOccurrences(of: escape, with: plain)
    }
    return text
}

@Suite struct ManualPageTests {
    /// One version, written in AgendaVersion: `--version` prints it and the page's title says it.
    @Test func theVersionIsTheSameEverywhere() throws {
        let page = try manualPageText()
        let version = try AgendaProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == AgendaVersion.current + "\n")
        #expect(page.contains("\"agenda \(AgendaVersion.current)\""), "the .TH line names \(AgendaVersion.current)")
    }

    @Test func everyCommandOfTheHelpIsDocumented() throws {
        let page = try manualPageText()
        let paths = try allCommandPaths()
        #expect(paths.count >= 9)
        for path in paths {
            let command = path.joined(separator: " ")
            #expect(page.contains(command), "docs/agenda.1 does not mention '\(command)'")
        }
    }

    @Test func everyOptionOfEveryCommandIsDocumented() throws {
        let page = try manualPageText()
        for path in [[]] + (try allCommandPaths()) {
            let help = try AgendaProcess.run(path + ["--help"]).stdout
            let options = help.split(separator: "\n")
                .filter { $0.hasPrefix("  -") }
                // The names before the description: "  -o, --output <file>     Write to…".
                .map { String($0.dropFirst(2)).components(separatedBy: "  ")[0] }
                .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "," }).filter { $0.hasPrefix("-") } }
            #expect(!options.isEmpty)
            for option in options {
                #expect(page.contains(String(option)), "docs/agenda.1 does not document \(option) of 'agenda \(path.joined(separator: " "))'")
            }
        }
    }

    @Test func everyKeyOfTheBindingTableIsDocumented() throws {
        let page = try manualPageText()
        #expect(KeyBindings.table.count > 40)
        for binding in KeyBindings.table {
            let label = binding.keys(.en)
            #expect(page.contains(label), "docs/agenda.1 does not list the key '\(label)' (\(binding.action))")
        }
    }

    @Test func theSectionsOfAManualPageAreThere() throws {
        let page = try manualPageText()
        #expect(page.hasPrefix(".\\\"") || page.hasPrefix(".TH"))
        #expect(page.contains(".TH AGENDA 1 "))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "KEYS", "FILES", "ENVIRONMENT",
                        "\"EXIT STATUS\"", "EXAMPLES"] {
            let heading = ".SH " + section
            #expect(page.contains(heading + "\n") || page.contains(".SH " + section.replacingOccurrences(of: "\"", with: "") + "\n"),
                    "no \(heading)")
        }
        for variable in ["AGENDA_CATALOGUE", "AGENDA_DATA_DIR", "XDG_DATA_HOME", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] {
            #expect(page.contains(".B " + variable) || page.contains(".BR " + variable), "\(variable) is not in ENVIRONMENT")
        }
        for status in ["0", "64", "65", "66", "73", "1"] {
            #expect(page.contains(".B \(status)\n"), "exit status \(status) is not listed")
        }
        for file in ["registrations.json", "drafts.json", "catalogue.json"] {
            #expect(page.contains(file))
        }
    }
}
