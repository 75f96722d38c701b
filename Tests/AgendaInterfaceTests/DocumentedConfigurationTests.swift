import AgendaInterface
import AgendaModel
import Foundation
import Testing
import TestSupport

// The config.toml examples of docs/configuration.md, read by the program's own reader: a user
// copies them, so they must stay true.

/// Every block of docs/*.md whose opening fence is exactly "```toml config": where its fence
/// is, and its text with a final line feed, as a file holds it.
private func configurationExamples() throws -> [(place: String, text: String)] {
    try documentedExamples("toml config").map { ($0.place, $0.text) }
}

@Suite("Documented configuration: the config.toml examples of docs/ are read cleanly")
struct DocumentedConfigurationTests {
    @Test("docs/ has a config.toml example, so that the test below does not pass for want of one")
    func anExampleIsPresent() throws {
        #expect(try !configurationExamples().isEmpty, "no ```toml config block in docs/*.md")
    }

    @Test("every config.toml example is read with no problem, in both languages, and its keys all apply")
    func examplesAreReadWithNoProblem() throws {
        for (place, text) in try configurationExamples() {
            for language in Language.allCases {
                let (configuration, problems) = ConfigurationReader.read(text, language: language)
                #expect(problems.isEmpty, "\(place): \(problems.map { $0.report(fileName: place) })")
                // The program reports a key already taken as it reports the file's mistakes.
                let (table, conflicts) = configuration.keyTable()
                let refused = ConfigurationReader.conflictProblems(conflicts, text: text, language: language)
                #expect(refused.isEmpty, "\(place): \(refused.map { $0.report(fileName: place) })")
                for (action, keys) in configuration.keys {
                    #expect(table.bindings.filter { $0.action == action }.allSatisfy { $0.keys == keys },
                            "\(place): \(action) does not get the keys written")
                }
            }
        }
    }

    @Test("the example sets every setting of the file, so that each one stays documented by example")
    func theExampleSetsEverySetting() throws {
        let (place, text) = try #require(try configurationExamples().first)
        let (configuration, _) = ConfigurationReader.read(text, language: .en)
        #expect(configuration.catalogue != nil, "\(place): no catalogue")
        #expect(configuration.dataDirectory != nil, "\(place): no data-dir")
        #expect(configuration.language != nil, "\(place): no language")
        #expect(configuration.theme != nil, "\(place): no theme")
        #expect(!configuration.keys.isEmpty, "\(place): no [keys]")
        // Paths are taken as written: `~` would not be the home directory.
        for path in [configuration.catalogue, configuration.dataDirectory].compactMap(\.self) {
            #expect(path.hasPrefix("/"), "\(place): \(path) is not a full path")
        }
    }
}
