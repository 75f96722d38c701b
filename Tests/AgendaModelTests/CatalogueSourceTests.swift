import AgendaModel
import AgendaWords
import Foundation
import Testing

@Suite("CatalogueSource")
struct CatalogueSourceTests {
    let nothingExists: (String) -> Bool = { _ in false }
    let everythingExists: (String) -> Bool = { _ in true }

    @Test("--catalogue comes first")
    func optionFirst() {
        let source = CatalogueSource.resolve(option: "/tmp/a.json",
                                             environment: ["AGENDA_CATALOGUE": "/tmp/b.json", "XDG_DATA_HOME": "/data"],
                                             fileExists: everythingExists)
        #expect(source == .file("/tmp/a.json"))
    }

    @Test("$AGENDA_CATALOGUE comes next")
    func environmentVariable() {
        let source = CatalogueSource.resolve(option: nil, environment: ["AGENDA_CATALOGUE": "/tmp/b.json", "XDG_DATA_HOME": "/data"],
                                             fileExists: everythingExists)
        #expect(source == .file("/tmp/b.json"))
    }

    @Test("an empty option or variable is ignored")
    func emptyValuesIgnored() {
        let source = CatalogueSource.resolve(option: "", environment: ["AGENDA_CATALOGUE": "", "XDG_DATA_HOME": "/data"],
                                             fileExists: everythingExists)
        #expect(source == .file("/data/agenda/catalogue.json"))
    }

    @Test("then $XDG_DATA_HOME/agenda/catalogue.json when it exists")
    func xdgDataHome() {
        let source = CatalogueSource.resolve(option: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/claire"],
                                             fileExists: { $0 == "/data/agenda/catalogue.json" })
        #expect(source == .file("/data/agenda/catalogue.json"))
    }

    @Test("without $XDG_DATA_HOME, ~/.local/share/agenda/catalogue.json when it exists")
    func homeLocalShare() {
        let source = CatalogueSource.resolve(option: nil, environment: ["HOME": "/home/claire"],
                                             fileExists: { $0 == "/home/claire/.local/share/agenda/catalogue.json" })
        #expect(source == .file("/home/claire/.local/share/agenda/catalogue.json"))
    }

    @Test("an empty $XDG_DATA_HOME falls back to ~/.local/share")
    func emptyXDG() {
        let source = CatalogueSource.resolve(option: nil, environment: ["XDG_DATA_HOME": "", "HOME": "/home/claire"],
                                             fileExists: everythingExists)
        #expect(source == .file("/home/claire/.local/share/agenda/catalogue.json"))
    }

    @Test("the built-in sample when the data file does not exist")
    func sampleWhenNoFile() {
        #expect(CatalogueSource.resolve(option: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/claire"],
                                        fileExists: nothingExists) == .builtInSample)
    }

    @Test("the built-in sample when nothing is set")
    func sampleWhenNothingSet() {
        #expect(CatalogueSource.resolve(option: nil, environment: [:], fileExists: everythingExists) == .builtInSample)
    }

    @Test("a file named by the option or variable is used without checking that it exists")
    func explicitPathNotChecked() {
        #expect(CatalogueSource.resolve(option: "/missing.json", environment: [:], fileExists: nothingExists) == .file("/missing.json"))
        #expect(CatalogueSource.resolve(option: nil, environment: ["AGENDA_CATALOGUE": "/missing.json"], fileExists: nothingExists)
                == .file("/missing.json"))
    }
}

@Suite("CatalogueFile")
struct CatalogueFileTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a file is read whole")
    func readsFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("catalogue.json").path
        try Data("{ \"schemaVersion\": 1 }".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try CatalogueFile.read(path) == Array("{ \"schemaVersion\": 1 }".utf8))
    }

    @Test("a missing file is not found")
    func missingFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("absent.json").path
        #expect(throws: CatalogueFileError.notFound(path)) { try CatalogueFile.read(path) }
    }

    @Test("a directory is refused as a directory")
    func directory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: CatalogueFileError.isDirectory(directory.path)) { try CatalogueFile.read(directory.path) }
    }

    @Test("file errors say what to check, in both languages")
    func messages() {
        #expect(CatalogueFileError.notFound("/x.json").message(.en) == "/x.json: no such file. Check the path given with --catalogue or $AGENDA_CATALOGUE.")
        #expect(CatalogueFileError.notFound("/x.json").message(.fr) == "/x.json\u{202F}: fichier introuvable. Vérifiez le chemin donné par --catalogue ou $AGENDA_CATALOGUE.")
    }
}
