import AgendaModel
#if canImport(Glibc)
import Glibc
#endif

extension EnglishTable {
    public func store(_ error: StoreError) -> String {
        switch error {
        case .cannotCreateDirectory(let path, let number):
            return "\(path): cannot create the data directory (\(cause(number))). \(systemRemedy(number)), or choose another directory with --data-dir or $AGENDA_DATA_DIR."
        case .notADirectory(let path):
            return "\(path): is not a directory; give a data directory with --data-dir or $AGENDA_DATA_DIR."
        case .cannotRead(let path, let number):
            return "\(path): cannot be read (\(cause(number))). Check the file's permissions."
        case .cannotWrite(let path, let number):
            return "\(path): cannot be saved (\(cause(number))). \(systemRemedy(number)) and try again; the previous version of the file is intact."
        case .directoryTakesNoNewFiles(let path, let directory):
            return "\(path): cannot be saved: \(directory) is a system directory that takes no new files. Choose another directory."
        case .corrupt(let path, let reason):
            return "\(path): \(storeCorruption(reason)). The file is left unchanged; fix it or restore a backup."
        }
    }

    public func storeCorruption(_ corruption: StoreCorruption) -> String {
        switch corruption {
        case .syntax(let reason, let line, let column):
            return "line \(line), column \(column): " + syntax(reason)
        case .unsupportedVersion(let version?):
            return "format version \(version) is unknown to this program (it reads version 1); update agenda"
        case .unsupportedVersion(nil):
            return "schemaVersion is missing: this is not an agenda file"
        case .invalidField(let field, .missing):
            return "field \(field) is missing"
        case .invalidField(let field, .wrongType):
            return "field \(field) has the wrong type"
        case .invalidField(let field, .invalidValue):
            return "field \(field) has an invalid value"
        case .invalidLine(let line, let field, let issue):
            return "line \(line): " + storeCorruption(.invalidField(field, issue))
        }
    }

    func cause(_ number: Int32) -> String { systemCause(number) ?? String(cString: strerror(number)) }

    public func systemCause(_ number: Int32) -> String? {
        switch number {
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the disk is read-only"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "disk quota exceeded"
        case ENOENT: return "no such directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case EISDIR: return "it is a directory"
        case EIO: return "disk input/output error"
        default: return nil
        }
    }

    public func systemRemedy(_ number: Int32) -> String {
        switch number {
        case ENOSPC, EDQUOT: return "Free some disk space"
        case EROFS: return "Use a writable disk"
        case EACCES, EPERM: return "Check the directory's permissions"
        default: return "Check the disk and the directory"
        }
    }
}
