import Foundation

/// Where the catalogue comes from, in the order of docs/configuration.md: `--catalogue`, then
/// `$AGENDA_CATALOGUE`, then `$XDG_DATA_HOME/agenda/catalogue.json` if it exists, then the
/// sample built into the program.
public enum CatalogueSource: Sendable, Equatable {
    case file(String)
    case builtInSample

    public static func resolve(option: String?, environment: [String: String],
                               fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> CatalogueSource {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let expand = { (path: String) in UserPath.expanded(path, home: home) }
        if let option, !option.isEmpty { return .file(expand(option)) }
        if let variable = environment["AGENDA_CATALOGUE"], !variable.isEmpty { return .file(expand(variable)) }
        if let path = userCatalogue(environment: environment), fileExists(path) { return .file(path) }
        return .builtInSample
    }

    /// `$XDG_DATA_HOME/agenda/catalogue.json`, else `~/.local/share/agenda/catalogue.json`: the
    /// user's own catalogue, where `agenda catalogue import` writes when no other is named.
    public static func userCatalogue(environment: [String: String]) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : UserPath.expanded($0, home: home) }
            ?? home.map { $0 + "/.local/share" }
        return dataHome.map { $0 + "/agenda/catalogue.json" }
    }
}

/// Why a catalogue file could not even be read.
public enum CatalogueFileError: Error, Sendable, Equatable {
    case notFound(String)
    case isDirectory(String)
    /// The system refused to read it: its error number.
    case unreadable(String, errno: Int32)
}

public enum CatalogueFile {
    /// Reads until `count` bytes or the end of the file; the `errno` of a failure, else 0.
    private static func readAll(_ descriptor: Int32, into base: UnsafeMutablePointer<UInt8>, count: Int, read: inout Int) -> Int32 {
        while read < count {
            let got = Glibc.read(descriptor, base + read, count - read)
            if got < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if got == 0 { break }
            read += got
        }
        return 0
    }

    /// Reads `count` bytes from the start by parts, one per core: the kernel's clearing of the
    /// fresh pages and the copy are then shared too. False when a part comes short (the file
    /// shrank, or a read failed): the caller reads again in order, which says why.
    private static func readInParallel(_ descriptor: Int32, into base: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        let parts = max(1, ProcessInfo.processInfo.activeProcessorCount)
        nonisolated(unsafe) let base = base
        let complete = ParallelChunks.map(count: parts, chunkSize: 1) { part -> Bool in
            var position = count * part.lowerBound / parts
            let end = count * (part.lowerBound + 1) / parts
            while position < end {
                let got = pread(descriptor, base + position, end - position, off_t(position))
                if got < 0, errno == EINTR { continue }
                if got <= 0 { return false }
                position += got
            }
            return true
        }
        return !complete.contains(false)
    }

    /// The whole file, or why not.
    public static func read(_ path: String) throws(CatalogueFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        if isDirectory.boolValue { throw .isDirectory(path) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, errno: errno) }
        // Straight into the array, sized from the file: a national catalogue is 100 MB, and
        // going through `Data` would copy it once more. Large pages spare some 25 000 faults.
        let size = Int(status.st_size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            if size >= 4 << 20 {
                let pageSize = 2 << 20
                let start = (Int(bitPattern: base) + pageSize - 1) & ~(pageSize - 1)
                let end = (Int(bitPattern: base) + size) & ~(pageSize - 1)
                if end > start { madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
            }
            // `pread` leaves the file offset alone: it is moved past what was read, for the rest.
            if size >= 8 << 20, readInParallel(descriptor, into: base, count: size), lseek(descriptor, off_t(size), SEEK_SET) == off_t(size) {
                initialized = size
            } else {
                failure = readAll(descriptor, into: base, count: size, read: &initialized)
            }
        }
        // A file that grew since `fstat`: the rest, by blocks.
        var block = [UInt8](repeating: 0, count: 65_536)
        while failure == 0 {
            var got = 0
            failure = block.withUnsafeMutableBufferPointer { readAll(descriptor, into: $0.baseAddress!, count: $0.count, read: &got) }
            if got == 0 { break }
            bytes.append(contentsOf: block[..<got])
        }
        if failure != 0 { throw .unreadable(path, errno: failure) }
        return bytes
    }
}
