import AgendaModel
import ArgumentParser
import Foundation

/// `agenda registrations import FILE`: adds the inscriptions of a CSV or JSON file to the store,
/// all in one atomic write, and reports what it added, skipped and refused.
struct RegistrationsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add inscriptions from a CSV or JSON file; report added, duplicates skipped and refused rows.",
        discussion: """
        CSV: UTF-8 (with or without BOM), separated by ';' or ',', a header row naming the columns in any \
        order: firstName, lastName, email, organisation, eventId (required), phone, role, status (default \
        pending), mode (onsite or online), note, createdAt (default now), consent (default true: the online \
        form collected it), and answer.<questionId> for the event's questions; French names (prénom, nom, courriel, \
        collectivité, fonction…) are understood too. JSON: the format of \
        'registrations export --format json', or an array of such objects.

        Checked: required values, the e-mail's form, a known event of the catalogue, status, mode. A row \
        whose event already has an inscription with the same e-mail (in the store or earlier in the file) is \
        skipped as a duplicate. The form's deadlines and capacity are not applied: the file comes from a \
        form that already applied them.

        Every accepted row is written in one atomic write, or none is. Refused rows are listed as \
        FILE:LINE: reason and do not stop the others: fix them and import the same file again, the rows \
        already imported are then skipped as duplicates.

        Exit status: 0 when rows were added (any refused rows are listed) or when every row was already \
        there; 65 when the file is not readable CSV or JSON, a required column is missing, or rows were \
        refused and none added; 66 when the file cannot be read; 73 when the store cannot be written.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV or JSON file to import.", valueName: "file"))
    var file: String

    func run() throws {
        let context = try global.context()
        let language = context.language
        let fr = language == .fr
        let bytes = try readFile(language)
        let reading: ImportReading
        do {
            reading = try RegistrationImport.parse(bytes: bytes, fileName: file)
        } catch {
            Console.error("agenda: " + safe(error.message(language)))
            throw ExitCode(ExitStatus.dataError)
        }
        let catalogue = try context.loadCatalogue()
        let store = context.registrationStore
        var identifiers = RandomIdentifiers()
        let makeID = { identifiers.next() }

        let plan: ImportPlan
        do {
            // A first look, without the lock: when nothing would be added the store is left
            // untouched (not even created).
            let existing = try store.load()
            let preview = RegistrationImport.plan(reading, catalogue: catalogue, existing: existing,
                                                  now: context.moment, makeID: makeID)
            if preview.added.isEmpty {
                plan = preview
            } else {
                try DataDirectory.ensureExists(store.directory)
                // Decided again under the lock, against the store as it is now, so that two
                // importers never lose each other's rows; every accepted row in one write.
                plan = try store.update { registrations in
                    // Nobody wrote in between (the usual case): the first look stands.
                    let plan = registrations == existing ? preview
                        : RegistrationImport.plan(reading, catalogue: catalogue, existing: registrations,
                                                  now: context.moment, makeID: makeID)
                    registrations.append(contentsOf: plan.added)
                    return plan
                }
            }
        } catch {
            throw context.fail(error)
        }

        // 100 000 rows and registrations, freed by the exit rather than one by one.
        KeptUntilExit.keep(reading.rows)
        KeptUntilExit.keep(plan)
        KeptUntilExit.keep(store)
        report(plan, reading: reading, language: language)
        if !plan.refused.isEmpty {
            if plan.added.isEmpty {
                Console.error(safe(fr
                    ? "agenda: \(file) : rien n'a été importé. Corrigez les lignes refusées ci-dessus puis importez à nouveau le fichier."
                    : "agenda: \(file): nothing was imported. Fix the refused rows listed above and import the file again."))
                throw ExitCode(ExitStatus.dataError)
            }
            let count = plan.refused.count
            Console.error(safe(fr
                ? "agenda: \(file) : \(count) ligne\(count > 1 ? "s" : "") refusée\(count > 1 ? "s" : "") ; corrigez-\(count > 1 ? "les" : "la") puis importez à nouveau le fichier : les inscriptions déjà importées seront ignorées comme doublons."
                : "agenda: \(file): \(count) row\(count == 1 ? "" : "s") refused; fix \(count == 1 ? "it" : "them") and import the file again: the inscriptions already imported will be skipped as duplicates."))
        }
    }

    /// The summary on stdout, then every row left out, in line order, on stderr.
    private func report(_ plan: ImportPlan, reading: ImportReading, language: Language) {
        let fr = language == .fr
        let added = plan.added.count, duplicates = plan.duplicates.count, refused = plan.refused.count
        func s(_ count: Int) -> String { (fr ? count > 1 : count != 1) ? "s" : "" }
        Console.output(fr
            ? "\(added) ajoutée\(s(added)), \(duplicates) doublon\(s(duplicates)) ignoré\(s(duplicates)), \(refused) refusée\(s(refused))"
            : "\(added) added, \(duplicates) duplicate\(s(duplicates)) skipped, \(refused) refused")
        if !reading.ignoredColumns.isEmpty {
            let names = reading.ignoredColumns.joined(separator: ", ")
            Console.error(safe(fr
                ? "\(file) : colonne\(s(reading.ignoredColumns.count)) inconnue\(s(reading.ignoredColumns.count)), ignorée\(s(reading.ignoredColumns.count)) : \(names)"
                : "\(file): unknown column\(s(reading.ignoredColumns.count)) ignored: \(names)"))
        }
        let lines = plan.refused.map { ($0.line, $0.message(language)) } + plan.duplicates.map { ($0.line, $0.message(language)) }
        for (line, message) in lines.sorted(by: { $0.0 < $1.0 }) {
            Console.error(safe("\(file):\(line): \(message)"))
        }
    }

    /// The file's bytes, or the command ends with 66 after saying why not.
    private func readFile(_ language: Language) throws -> [UInt8] {
        let fr = language == .fr
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            Console.error(safe(fr ? "agenda: \(file) : fichier introuvable. Vérifiez le chemin du fichier à importer."
                                  : "agenda: \(file): no such file. Check the path of the file to import."))
            throw ExitCode(ExitStatus.noInput)
        }
        if isDirectory.boolValue {
            Console.error(safe(fr ? "agenda: \(file) : c'est un dossier ; indiquez le fichier CSV ou JSON lui-même."
                                  : "agenda: \(file): is a directory; give the CSV or JSON file itself."))
            throw ExitCode(ExitStatus.noInput)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error(safe(fr ? "agenda: \(file) : lecture impossible. Vérifiez les droits du fichier."
                                  : "agenda: \(file): cannot be read. Check the file's permissions."))
            throw ExitCode(ExitStatus.noInput)
        }
        return Array(data)
    }

    /// File content reaches the terminal in messages: never its control characters.
    private func safe(_ text: String) -> String {
        TerminalSafeText.sanitize(text)
    }
}
