import AgendaModel

extension FrenchTable {
    public var sheetName: String { "Inscriptions" }

    public func columnHeader(_ column: RegistrationColumn) -> String {
        switch column {
        case .eventId: return "Identifiant de l'événement"
        case .eventTitle: return phrase(.event)
        case .status: return phrase(.status)
        case .firstName: return phrase(.firstName)
        case .lastName: return phrase(.lastName)
        case .email: return phrase(.email)
        case .phone: return phrase(.phone)
        case .organisation: return phrase(.organisation)
        case .role: return phrase(.role)
        case .mode: return "Participation"
        case .consent: return phrase(.consentLabel)
        case .createdAt: return "Créée le"
        case .updatedAt: return "Modifiée le"
        case .note: return phrase(.note)
        }
    }

    public var dateTimeFormat: String { "dd/mm/yyyy hh:mm" }

    public func workbook(_ error: WorkbookError) -> String {
        let unmade = "le classeur n'a pas pu être fait"
        switch error {
        case .cellTooLong(let row, let column):
            return "ligne \(row), colonne « \(column) » : la valeur dépasse ce qu'une cellule de tableur contient (\(number(WorkbookError.maximumCellLength)) caractères) ; rien n'est écrit. Exportez en CSV ou en JSON, qui la gardent entière."
        case .tooManyRows(let count):
            return "\(number(count)) inscriptions dépassent les \(number(WorkbookError.maximumRows - 1)) lignes d'une feuille ; rien n'est écrit. Choisissez-en moins avec --event ou --status, ou exportez en CSV ou en JSON."
        case .temporaryFiles(let path, let number):
            return "\(path) : \(unmade) dans ce dossier (\(cause(number))). \(systemRemedy(number)), ou donnez un autre dossier temporaire avec $TMPDIR."
        case .library(.outOfMemory):
            return "\(unmade) : mémoire insuffisante."
        case .library(.temporaryFile):
            return "\(unmade) : ses fichiers temporaires n'ont pas pu être écrits. Vérifiez la place libre dans le dossier temporaire ($TMPDIR)."
        case .library(.compression):
            return "\(unmade) : sa compression a échoué. Vérifiez la place libre dans le dossier temporaire ($TMPDIR)."
        case .library(.other(let code)):
            return "\(unmade) (erreur \(code) de libxlsxwriter)."
        }
    }

    public func workbookNotForTerminal(outputOption: Bool) -> String {
        "agenda: un classeur (xlsx) est un fichier binaire, pas un texte pour le terminal : "
            + (outputOption ? "donnez -o FICHIER.xlsx, ou redirigez la sortie vers un fichier."
                            : "redirigez la sortie vers un fichier (> inscriptions.xlsx), ou utilisez registrations export --format xlsx -o FICHIER.xlsx.")
    }
}
