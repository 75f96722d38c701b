import Foundation

/// Where the catalogue comes from, in the order of interface.md: `--catalogue`, then
/// `$AGENDA_CATALOGUE`, then `$XDG_DATA_HOME/agenda/catalogue.json` if it exists, then the
/// sample built into the program.
public enum CatalogueSource: Sendable, Equatable {
    case file(String)
    case builtInSample

    public static func resolve(option: String?, environment: [String: String],
                               fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> CatalogueSource {
        if let option, !option.isEmpty { return .file(option) }
        if let variable = environment["AGENDA_CATALOGUE"], !variable.isEmpty { return .file(variable) }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/share" }
        if let dataHome {
            let path = dataHome + "/agenda/catalogue.json"
            if fileExists(path) { return .file(path) }
        }
        return .builtInSample
    }
}

/// Why a catalogue file could not even be read.
public enum CatalogueFileError: Error, Sendable, Equatable {
    case notFound(String)
    case isDirectory(String)
    case unreadable(String, reason: String)

    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .notFound(let path):
            return fr ? "\(path) : fichier introuvable. Vérifiez le chemin donné par --catalogue ou $AGENDA_CATALOGUE."
                      : "\(path): no such file. Check the path given with --catalogue or $AGENDA_CATALOGUE."
        case .isDirectory(let path):
            return fr ? "\(path) : c'est un dossier ; indiquez le fichier catalogue (.json) lui-même."
                      : "\(path): is a directory; give the catalogue file (.json) itself."
        case .unreadable(let path, let reason):
            return fr ? "\(path) : lecture impossible (\(reason)). Vérifiez les droits du fichier."
                      : "\(path): cannot be read (\(reason)). Check the file's permissions."
        }
    }
}

public enum CatalogueFile {
    /// The whole file, or why not.
    public static func read(_ path: String) throws(CatalogueFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        if isDirectory.boolValue { throw .isDirectory(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path, reason: access(path, R_OK) == 0 ? "unknown error" : String(cString: strerror(EACCES)))
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path, reason: "\(error.localizedDescription)")
        }
    }
}
