import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Why the registration store could not be read or written. Each case names the file, and
/// the language tables say in one sentence what happened and what to do.
public enum StoreError: Error, Sendable, Equatable {
    /// The data directory (or one of its parents) could not be created or entered.
    case cannotCreateDirectory(path: String, errno: Int32)
    /// Something that is not a directory stands where the data directory should be.
    case notADirectory(path: String)
    /// The file exists but cannot be read.
    case cannotRead(path: String, errno: Int32)
    /// The file could not be replaced; the previous version, if any, is intact.
    case cannotWrite(path: String, errno: Int32)
    /// The directory is there but makes no new files in it (a kernel's virtual file system such
    /// as /proc answers "no such file" to a creation).
    case directoryTakesNoNewFiles(path: String, directory: String)
    /// The file was read but is not a store this program understands. It is never overwritten.
    case corrupt(path: String, reason: StoreCorruption)

    /// The file or directory concerned.
    public var path: String {
        switch self {
        case .cannotCreateDirectory(let path, _), .notADirectory(let path), .cannotRead(let path, _),
             .cannotWrite(let path, _), .corrupt(let path, _), .directoryTakesNoNewFiles(let path, _):
            return path
        }
    }

    /// The system's error number, when a system call failed.
    public var errorNumber: Int32? {
        switch self {
        case .cannotCreateDirectory(_, let number), .cannotRead(_, let number), .cannotWrite(_, let number): return number
        case .notADirectory, .corrupt, .directoryTakesNoNewFiles: return nil
        }
    }
}

/// Why a store file could not be understood.
public enum StoreCorruption: Sendable, Equatable {
    /// Not JSON: the reason and where, as an editor shows it.
    case syntax(JSONParser.SyntaxError.Reason, line: Int, column: Int)
    /// `schemaVersion` is missing (nil) or not one this program knows.
    case unsupportedVersion(Int?)
    /// Valid JSON, but a member is missing, of the wrong type or has an unknown value.
    case invalidField(String, FieldIssue)
    /// A line of a file of one registration per line (the journal) with such a field.
    case invalidLine(Int, field: String, FieldIssue)

    /// What is wrong with the field.
    public enum FieldIssue: Sendable, Equatable {
        case missing
        case wrongType
        case invalidValue
    }
}

/// Replacing a file so that a crash at any instant leaves either the old or the new content,
/// never a mix or an empty file (docs/registrations.md).
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same directory (same file system,
    /// so that the rename is atomic), readable by its owner only (0600).
    ///
    /// With `keepingBackup`, the file being replaced, if any, is kept as `path.bak` (0600,
    /// itself replaced atomically): the last good version, should the new one be damaged later.
    ///
    /// On failure the temporary file is removed and the previous file is left as it was.
    public static func write(_ bytes: [UInt8], to path: String, keepingBackup: Bool = false) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let directoryPath = directory.isEmpty ? "." : directory
        let name = (path as NSString).lastPathComponent

        // A rename replaces whatever has the name: a device (`--catalogue /dev/null`), a pipe or
        // a socket would be lost for every program of the machine, a directory refused late.
        var existing = stat()
        if lstat(path, &existing) == 0, ![S_IFREG, S_IFLNK].contains(existing.st_mode & S_IFMT) {
            throw .cannotWrite(path: path, errno: existing.st_mode & S_IFMT == S_IFDIR ? EISDIR : EINVAL)
        }
        let (descriptor, temporary) = try createTemporary(in: directoryPath, for: name, target: path)
        var isOpen = true
        func fail(_ number: Int32) -> StoreError {
            if isOpen { _ = close(descriptor) }
            _ = unlink(temporary)
            return .cannotWrite(path: path, errno: number)
        }
        // The creation mode is filtered by the umask; fchmod makes it 0600 whatever the umask.
        if fchmod(descriptor, 0o600) != 0 { throw fail(errno) }
        let written = writeAll(bytes, to: descriptor, at: 0)
        if written != 0 { throw fail(written) }
        // The data must be on the disk before the name points at it, or a crash could leave an
        // empty file under the real name.
        if fsync(descriptor) != 0 { throw fail(errno) }
        isOpen = false
        // close can report a delayed write error (NFS); the descriptor is released either way.
        if close(descriptor) != 0 { throw fail(errno) }
        if keepingBackup {
            do { try backUp(path, in: directoryPath, name: name) } catch { _ = unlink(temporary); throw error }
        }
        if rename(temporary, path) != 0 { throw fail(errno) }
        try syncDirectory(directoryPath, target: path)
    }

    // MARK: - Private

    /// Makes `path.bak` the file now at `path`, before it is replaced: a hard link to it under a
    /// temporary name renamed over the old backup, so that the backup too is always whole and
    /// costs neither a copy nor disk space. Where hard links are not allowed, a copy written
    /// like any other file. Nothing to keep when there is no file yet, or when it is not a
    /// plain file (a symbolic link is not followed).
    private static func backUp(_ path: String, in directory: String, name: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        let backup = path + ".bak"
        /// A copy, for a file system without hard links (EPERM, ENOTSUP, EMLINK…) or a file that
        /// is not ours to make private; nothing when it cannot even be read.
        func copy() throws(StoreError) {
            guard let bytes = try? RegistrationStore.read(path) else { return }
            try write(bytes, to: backup)
        }
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = directory + "/." + name + ".bak.tmp-" + suffix
            if link(path, temporary) != 0 {
                switch errno {
                case EEXIST: continue
                case ENOENT: return     // replaced or removed meanwhile by someone without the lock
                default: return try copy()
                }
            }
            // The link shares the old file's mode: it is made private whatever someone made it.
            if info.st_mode & 0o7777 != 0o600, chmod(temporary, 0o600) != 0 {
                _ = unlink(temporary)
                return try copy()
            }
            if rename(temporary, backup) != 0 {
                let failure = errno
                _ = unlink(temporary)
                throw .cannotWrite(path: backup, errno: failure)
            }
            return
        }
        throw .cannotWrite(path: backup, errno: EEXIST)
    }

    private static func createTemporary(in directory: String, for name: String, target: String) throws(StoreError) -> (Int32, String) {
        // A hidden name, so that a leftover from a crash does not look like a store file.
        // O_EXCL: never reuse a file someone else made (another instance, or a planted link).
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = directory + "/." + name + ".tmp-" + suffix
            let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
            if descriptor >= 0 { return (descriptor, temporary) }
            let failure = errno
            var isDirectory: ObjCBool = false
            if failure == ENOENT, FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .directoryTakesNoNewFiles(path: target, directory: directory)
            }
            if failure != EEXIST { throw .cannotWrite(path: target, errno: failure) }
        }
        throw .cannotWrite(path: target, errno: EEXIST)
    }

    /// The rename is only durable once the directory entry itself is on the disk.
    /// A rename made durable, as far as the file system allows (best effort: the rename itself
    /// is what makes the file whole).
    public static func syncDirectory(atPath directory: String) {
        let descriptor = Foundation.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    private static func syncDirectory(_ directory: String, target: String) throws(StoreError) {
        let descriptor = Foundation.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: target, errno: errno) }
        defer { _ = close(descriptor) }
        // Some file systems cannot sync a directory (EINVAL); there is nothing more to do there.
        if fsync(descriptor) != 0, errno != EINVAL {
            throw .cannotWrite(path: target, errno: errno)
        }
    }

    /// Writes all of `bytes` at `offset` of the open file, however many calls it takes; the
    /// error number of the call that failed, or 0.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, at offset: Int) -> Int32 {
        bytes.withUnsafeBytes { buffer -> Int32 in
            var written = 0
            while written < buffer.count {
                let result = pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(offset + written))
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return 0
        }
    }
}
