import AgendaInterface
import AgendaModel
import Foundation
import SampleCatalogue

/// The catalogue file the interface writes its events to: the one it read, or, when it shows
/// the built-in sample, the user's own made from it on the first save. It remembers which
/// version of the file it last read or wrote, so that it never writes over another
/// program's changes unseen.
final class CatalogueKeeper {
    private(set) var path: String?
    private var identity: FileIdentity?
    /// Where the user's catalogue is made from the sample.
    let userCataloguePath: String?

    /// `identity`: the file's, taken before it was read.
    init(source: CatalogueSource, identity: FileIdentity?, environment: [String: String]) {
        if case .file(let path) = source { self.path = path }
        self.identity = identity
        userCataloguePath = CatalogueSource.userCataloguePath(environment: environment)
    }

    /// A version of the file that did not read: not read again until it changes once more.
    private var refused: FileIdentity?

    /// The catalogue, when another program changed the file since it was last read or written
    /// and it reads; the next save is then made over that version.
    func changedElsewhere() -> Catalogue? {
        guard let path, let now = FileIdentity(path: path), now != identity, now != refused else { return nil }
        // Half-written by hand, or broken: the screen keeps the last good one, and a save says
        // why it cannot be made.
        guard let catalogue = try? read(path) else {
            refused = now
            return nil
        }
        return catalogue
    }

    /// The catalogue at `path` as it is now; the next save is made over this version.
    private func read(_ path: String) throws -> Catalogue {
        let seen = FileIdentity(path: path)
        let reading = CatalogueDecoder.read(try CatalogueFile.read(path))
        guard let catalogue = reading.catalogue else {
            throw CatalogueDocument.WriteError.invalid(path: path, errors: reading.errors.count)
        }
        self.path = path
        identity = seen
        return catalogue
    }

    func save(_ event: Event, creatingFromSample: Bool) throws -> EventWrite {
        guard let path = creatingFromSample ? userCataloguePath : path else {
            throw CatalogueDocument.WriteError.cannotWrite(.cannotCreateDirectory(path: "~/.local/share/agenda", errno: ENOENT))
        }
        let document = CatalogueDocument(path: path)
        do {
            let expected = creatingFromSample ? nil : identity
            let written = try document.update(expecting: .unchangedSince(expected), template: creatingFromSample ? sampleCatalogueBytes : nil) { _ in
                (.init([event]), ())
            }
            self.path = path
            identity = written.identity
            return .written
        } catch .changedOnDisk {
            return .changedOnDisk(try read(path))
        }
    }
}
