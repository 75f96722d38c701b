import AgendaModel
#if canImport(Glibc)
import Glibc
#endif

extension FrenchTable {
    public func store(_ error: StoreError) -> String {
        switch error {
        case .cannotCreateDirectory(let path, let number):
            return "\(path) : impossible de créer le dossier des données (\(cause(number))). \(systemRemedy(number)), ou choisissez un autre dossier avec --data-dir ou $AGENDA_DATA_DIR."
        case .notADirectory(let path):
            return "\(path) : ce n'est pas un dossier ; indiquez un dossier de données avec --data-dir ou $AGENDA_DATA_DIR."
        case .cannotRead(let path, let number):
            return "\(path) : lecture impossible (\(cause(number))). Vérifiez les droits du fichier."
        case .cannotWrite(let path, let number):
            return "\(path) : enregistrement impossible (\(cause(number))). \(systemRemedy(number)) puis réessayez ; la version précédente du fichier est intacte."
        case .directoryTakesNoNewFiles(let path, let directory):
            return "\(path) : enregistrement impossible : \(directory) est un dossier du système qui ne prend pas de nouveaux fichiers. Choisissez un autre dossier."
        case .corrupt(let path, let reason):
            return "\(path) : \(storeCorruption(reason)). Le fichier n'est pas modifié ; corrigez-le ou restaurez une sauvegarde."
        }
    }

    public func storeCorruption(_ corruption: StoreCorruption) -> String {
        switch corruption {
        case .syntax(let reason, let line, let column):
            return "ligne \(line), colonne \(column) : " + syntax(reason)
        case .unsupportedVersion(let version?):
            return "version de format \(version) inconnue de ce programme (il lit la version 1) ; mettez agenda à jour"
        case .unsupportedVersion(nil):
            return "schemaVersion manquant : ce n'est pas un fichier de l'agenda"
        case .invalidField(let field, .missing):
            return "champ \(field) manquant"
        case .invalidField(let field, .wrongType):
            return "champ \(field) : type inattendu"
        case .invalidField(let field, .invalidValue):
            return "champ \(field) : valeur invalide"
        case .invalidLine(let line, let field, let issue):
            return "ligne \(line) : " + storeCorruption(.invalidField(field, issue))
        }
    }

    func cause(_ number: Int32) -> String { systemCause(number) ?? String(cString: strerror(number)) }

    public func systemCause(_ number: Int32) -> String? {
        switch number {
        case EACCES, EPERM: return "permission refusée"
        case EROFS: return "le disque est en lecture seule"
        case ENOSPC: return "le disque est plein"
        case EDQUOT: return "quota disque dépassé"
        case ENOENT: return "dossier introuvable"
        case ENOTDIR: return "un élément du chemin n'est pas un dossier"
        case EISDIR: return "c'est un dossier"
        case EIO: return "erreur d'entrée-sortie du disque"
        default: return nil
        }
    }

    public func systemRemedy(_ number: Int32) -> String {
        switch number {
        case ENOSPC, EDQUOT: return "Libérez de la place sur le disque"
        case EROFS: return "Utilisez un disque accessible en écriture"
        case EACCES, EPERM: return "Vérifiez les droits du dossier"
        default: return "Vérifiez le disque et le dossier"
        }
    }
}
