import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A catalogue file that the program writes: `agenda catalogue import` and the event editor.
/// Written whole through a temporary file and a rename, holding a lock on its directory as the
/// store does, so that two programs never interleave their writes and a crash never leaves
/// half a catalogue; a file that does not read as a catalogue is never rewritten.
public struct CatalogueDocument: Sendable {
    /// Where the writes go: the file a symbolic link points to, so that the link stays.
    public let path: String

    public init(path: String) {
        self.path = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { target in
            target.hasPrefix("/") ? target : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        } ?? path
    }

    /// What a write expects of the file as it is on the disk.
    public enum Expectation: Sendable, Equatable {
        /// Whatever it is now (an import merges into it).
        case anyVersion
        /// The version the caller read (nil: no file), else the write is refused: someone else
        /// changed it meanwhile, and what they wrote must be seen before it is written over.
        case unchangedSince(FileIdentity?)
    }

    public enum WriteError: Error, Sendable, Equatable {
        case unreadable(CatalogueFileError)
        /// The file on the disk has errors now: it is left as it is. How many.
        case invalid(path: String, errors: Int)
        case changedOnDisk(path: String)
        /// What would be written does not read as a catalogue (two events with one id): the
        /// problems, and the file is left as it was.
        case wouldBeInvalid([CatalogueProblem])
        case cannotWrite(StoreError)
    }

    /// Under the lock, reads the file as it is now (nil when there is none, and when it is the
    /// version the caller expects: the caller read it), lets `change` say which events to
    /// write, and writes them: the new catalogue when there was no file. Gives
    /// `change`'s result and the file's new identity. Nothing is written when `change` names no
    /// event. `template`: what to start from when there is no file (the built-in sample a
    /// coordinator makes their own), else a new catalogue with only the events written.
    public func update<Result>(expecting expectation: Expectation = .anyVersion, template: [UInt8]? = nil,
                               _ change: (CatalogueReading?) -> (edits: CatalogueWriter.Edits, result: Result))
        throws(WriteError) -> (result: Result, identity: FileIdentity?) {
        let directory = (path as NSString).deletingLastPathComponent
        do { try DataDirectory.ensureExists(directory.isEmpty ? "." : directory) } catch { throw .cannotWrite(error) }
        let lock = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if lock >= 0 { _ = close(lock) } }
        if lock >= 0 {
            // A file system without locks (some network shares): go on, as a single writer would.
            while flock(lock, LOCK_EX) != 0, errno == EINTR {}
        }
        let identity = FileIdentity(path: path)
        if case .unchangedSince(let expected) = expectation, expected != identity { throw .changedOnDisk(path: path) }
        var original = identity == nil ? template : nil
        var reading = original.map { CatalogueDecoder.read($0) }
        if identity != nil {
            let bytes: [UInt8]
            do { bytes = try CatalogueFile.read(path) } catch { throw .unreadable(error) }
            original = bytes
            // The version the caller read, unchanged: it is known to read; only the result is checked.
            if case .unchangedSince(let expected) = expectation, expected != nil {
                reading = nil
            } else {
                let read = CatalogueDecoder.read(bytes)
                if read.catalogue == nil { throw .invalid(path: path, errors: read.errors.count) }
                reading = read
            }
        }
        let (edits, result) = change(reading)
        guard !edits.events.isEmpty else { return (result, identity) }
        let bytes: [UInt8]
        if let original {
            guard let applied = CatalogueWriter.apply(edits, to: original) else { throw .invalid(path: path, errors: 1) }
            bytes = applied
        } else {
            bytes = CatalogueWriter.newCatalogue(publisher: nil, events: edits.events)
        }
        // The rules across events (one id each) are the reader's: what it would refuse is not written.
        let check = CatalogueDecoder.read(bytes)
        if check.catalogue == nil { throw .wouldBeInvalid(check.errors) }
        do { try AtomicFile.write(bytes, to: path) } catch { throw .cannotWrite(error) }
        return (result, FileIdentity(path: path))
    }
}
