/// Why an import file was refused as a whole: nothing in it is imported. `message(_:)` names the
/// file and says what to do.
public struct ImportFileError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Not UTF-8 (typically a spreadsheet's "CSV" saved as Windows-1252): where it starts.
        case invalidUTF8(line: Int)
        /// No header row and no JSON: nothing at all, or blank lines only.
        case empty
        /// The header lacks columns that every inscription needs.
        case missingColumns([ImportColumn])
        /// Two header names mean the same column (`email` and `courriel`).
        case repeatedColumn(ImportColumn)
        /// A quoted value opened on this line is never closed.
        case unclosedQuote(line: Int)
        /// The file starts like JSON but does not parse.
        case jsonSyntax(JSONParser.SyntaxError.Reason, line: Int, column: Int)
        /// Valid JSON, but neither an array of inscriptions nor an object with a
        /// `registrations` array.
        case jsonShape
        /// A store file of a version this program does not know.
        case unsupportedVersion(Int?)
    }

    public let fileName: String
    public let reason: Reason

    public init(fileName: String, reason: Reason) {
        self.fileName = fileName
        self.reason = reason
    }

    /// One or two sentences for stderr: the file, what is wrong, what to do.
    public func message(_ language: Language) -> String {
        let fr = language == .fr
        let name = fileName
        switch reason {
        case .invalidUTF8(let line):
            return fr ? "\(name):\(line) : le fichier n'est pas en UTF-8. Enregistrez-le au format « CSV UTF-8 » (dans le tableur : Enregistrer sous) puis importez-le à nouveau."
                      : "\(name):\(line): the file is not UTF-8. Save it as \"CSV UTF-8\" (Save As in the spreadsheet) and import it again."
        case .empty:
            return fr ? "\(name) : le fichier est vide ; il faut une ligne d'en-tête (firstName;lastName;email;organisation;eventId…) puis une inscription par ligne, ou du JSON."
                      : "\(name): the file is empty; it needs a header row (firstName,lastName,email,organisation,eventId…) then one inscription a line, or JSON."
        case .missingColumns(let columns):
            let list = columns.map(\.rawValue).joined(separator: ", ")
            let plural = columns.count > 1
            return fr ? "\(name):1 : colonne\(plural ? "s" : "") obligatoire\(plural ? "s" : "") absente\(plural ? "s" : "") de l'en-tête : \(list). Ajoutez-\(plural ? "les" : "la") (les noms sont ceux de registrations.md, dans n'importe quel ordre) ; rien n'a été importé."
                      : "\(name):1: the header lacks the required column\(plural ? "s" : "") \(list). Add \(plural ? "them" : "it") (names as in registrations.md, in any order); nothing was imported."
        case .repeatedColumn(let column):
            return fr ? "\(name):1 : deux colonnes de l'en-tête désignent \(column.rawValue) ; gardez-en une seule ; rien n'a été importé."
                      : "\(name):1: two header columns both mean \(column.rawValue); keep only one; nothing was imported."
        case .unclosedQuote(let line):
            return fr ? "\(name):\(line) : un guillemet ouvert sur cette ligne n'est jamais fermé ; corrigez la valeur entre guillemets ; rien n'a été importé."
                      : "\(name):\(line): a quote opened on this line is never closed; fix the quoted value; nothing was imported."
        case .jsonSyntax(let reason, let line, let column):
            return "\(name):\(line):\(column)\(fr ? " : " : ": ")" + CatalogueProblem.syntaxMessage(reason, fr: fr)
                + (fr ? " ; rien n'a été importé." : "; nothing was imported.")
        case .jsonShape:
            return fr ? "\(name) : ce JSON n'est ni une liste d'inscriptions ni un objet { \"registrations\": [...] } ; rien n'a été importé."
                      : "\(name): this JSON is neither an array of inscriptions nor an object { \"registrations\": [...] }; nothing was imported."
        case .unsupportedVersion(let version?):
            return fr ? "\(name) : version de format \(version) inconnue de ce programme (il lit la version 1) ; mettez agenda à jour."
                      : "\(name): format version \(version) is unknown to this program (it reads version 1); update agenda."
        case .unsupportedVersion(nil):
            return fr ? "\(name) : schemaVersion doit être un nombre entier (1) ; rien n'a été importé."
                      : "\(name): schemaVersion must be a whole number (1); nothing was imported."
        }
    }
}
