import Foundation
import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import SampleCatalogue

/// What every command works from: the catalogue's source, the data directory, "now" and the
/// language.
struct CommandContext {
    let source: CatalogueSource
    /// Where registrations and drafts are kept (docs/registrations.md); resolved, not yet created.
    let dataDirectory: String
    let moment: Moment
    /// True when `--today` fixed the date: then "now" stays that moment, so runs repeat.
    let isDateFixed: Bool

    /// The current moment for long-running work (the interface): the real clock, unless
    /// `--today` fixed it.
    var clock: @Sendable () -> Moment {
        if isDateFixed {
            let fixed = moment
            return { fixed }
        }
        return { Moment.current() }
    }
    let strings: Strings
    /// What config.toml set (already applied to the fields above), for the interface's keys and theme.
    var configuration = Configuration()
    /// The configuration's problems, already printed; the interface shows the first one too.
    var configurationProblems: [String] = []

    var language: Language { strings.language }

    /// The name problems are reported under.
    func displayName(of source: CatalogueSource) -> String {
        switch source {
        case .file(let path): return path
        case .builtInSample: return strings.text(.builtInSampleName)
        }
    }

    /// Reads and checks a catalogue; any problem is printed and ends the command (65, or 66 when
    /// the file cannot be read).
    func read(_ source: CatalogueSource, named origin: CataloguePathOrigin = .configuration) throws -> CatalogueReading {
        CatalogueDecoder.read(try bytes(of: source, named: origin))
    }

    /// The catalogue's size in bytes (0 when it cannot be known: reading it will say why).
    func catalogueSize() -> Int {
        switch source {
        case .builtInSample: return sampleCatalogueBytes.count
        case .file(let path): return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        }
    }

    /// The catalogue's bytes; a file that cannot be read ends the command (66).
    func bytes(of source: CatalogueSource, named origin: CataloguePathOrigin = .configuration) throws -> [UInt8] {
        switch source {
        case .builtInSample:
            return sampleCatalogueBytes
        case .file(let path):
            do {
                return try CatalogueFile.read(path)
            } catch {
                Console.error("agenda: " + strings.text(error, named: origin))
                throw ExitCode(ExitStatus.noInput)
            }
        }
    }

    func report(_ reading: CatalogueReading, of source: CatalogueSource) {
        let name = displayName(of: source)
        for problem in reading.problems {
            Console.error(strings.report(problem, fileName: name, source: reading.source))
        }
    }

    /// The catalogue, or the command ends after saying every problem.
    func loadCatalogue() throws -> Catalogue {
        try accept(read(source))
    }

    /// The catalogue read, or the command ends after saying every problem.
    func accept(_ reading: CatalogueReading) throws -> Catalogue {
        guard let catalogue = reading.catalogue else {
            report(reading, of: source)
            Console.error(strings.text(.catalogueRefused(name: displayName(of: source), problems: reading.errors.count)))
            throw ExitCode(ExitStatus.dataError)
        }
        KeptUntilExit.keep(catalogue)
        return catalogue
    }
}
