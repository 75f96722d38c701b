import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations import FILE…`: adds the inscriptions of a CSV or JSON file, or the
/// messages of a mailbox (see `importMail`), to the store, all in one atomic write, and reports
/// what it added, skipped and refused.
struct RegistrationsImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: helpText(.registrationsImportAbstract),
            discussion: helpText(.registrationsImportDiscussion)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(helpText(.registrationsImportFile), valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp(helpText(.registrationsImportEvent), valueName: "id"))
    var event: String?

    @Flag(help: ArgumentHelp(helpText(.registrationsImportDryRun)))
    var dryRun = false

    @Flag(help: ArgumentHelp(helpText(.registrationsImportVerbose)))
    var verbose = false

    /// The CSV or JSON file: there is one.
    var file: String { files[0] }

    /// The duplicates listed one by one without --verbose: re-importing a whole file would
    /// otherwise print one line for each of its rows.
    static let duplicatesListed = 5

    /// A quoted `~` reaches the program unexpanded: expanded as the shell would have.
    mutating func validate() throws {
        files = files.map(UserPath.fromCommandLine)
    }

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        // Mail is recognised by its content: an mbox, a Maildir, .eml files.
        let formats = files.map(MailboxReader.format(of:))
        if formats.contains(where: { $0 != nil }) || files.count > 1 {
            guard formats.allSatisfy({ $0 != nil }) else {
                if let missing = files.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
                    Console.error(safe(strings.text(.importFileNotFound(missing))))
                    throw ExitCode(ExitStatus.noInput)
                }
                Console.error(safe(strings.text(.importOneFileOnly)))
                throw ExitCode(ExitStatus.usage)
            }
            try importMail(formats: formats.compactMap { $0 }, context: context)
            return
        }
        if event != nil {
            Console.error(safe(strings.text(.importEventOnlyForMail(file: file))))
            throw ExitCode(ExitStatus.usage)
        }
        let bytes = try readFile(strings)
        let reading: ImportReading
        do {
            reading = try RegistrationImport.parse(bytes: bytes, fileName: file)
        } catch {
            Console.error("agenda: " + safe(strings.text(error)))
            throw ExitCode(ExitStatus.dataError)
        }
        let catalogue = try context.loadCatalogue()
        let store = context.registrationStore
        var identifiers = RandomIdentifiers()
        let makeID = { identifiers.next() }

        let plan: ImportPlan
        do {
            plan = try store.importing(dryRun: dryRun, { existing in
                RegistrationImport.plan(reading, catalogue: catalogue, existing: existing, now: context.moment, makeID: makeID)
            }, added: \.added)
        } catch {
            throw context.fail(error)
        }

        // 100 000 rows and registrations, freed by the exit rather than one by one.
        KeptUntilExit.keep(reading.rows)
        KeptUntilExit.keep(plan)
        KeptUntilExit.keep(store)
        report(plan, reading: reading, strings: strings)
        if dryRun { Console.error(strings.text(.importDryRun)) }
        if !plan.refused.isEmpty {
            if plan.added.isEmpty {
                Console.error(safe(strings.text(.importNothingImported(file: file))))
                throw ExitCode(ExitStatus.dataError)
            }
            Console.error(safe(strings.text(.importSomeRowsRefused(file: file, count: plan.refused.count))))
        }
    }

    /// The summary on stdout, then every row left out, in line order, on stderr.
    private func report(_ plan: ImportPlan, reading: ImportReading, strings: Strings) {
        Console.output(strings.text(.importSummary(added: plan.added.count, duplicates: plan.duplicates.count,
                                                   refused: plan.refused.count)))
        if reading.encoding == .windows1252 {
            Console.error(safe(strings.text(.importReadAsWindows1252(file: file))))
        }
        if plan.withoutConsent > 0 {
            Console.error(safe(strings.text(.importWithoutConsent(file: file, count: plan.withoutConsent))))
        }
        if !reading.ignoredColumns.isEmpty {
            Console.error(safe(strings.text(.importIgnoredColumns(file: file, names: reading.ignoredColumns))))
        }
        if reading.rows.isEmpty {
            Console.error(safe(strings.text(.importNoRows(file: file))))
        }
        // Every refused row (each must be fixed); the duplicates in full only when asked.
        let duplicates = verbose ? plan.duplicates[...] : plan.duplicates.prefix(Self.duplicatesListed)
        let lines = plan.refused.map { ($0.line, strings.text($0)) } + duplicates.map { ($0.line, strings.text($0)) }
        defer {
            if duplicates.count < plan.duplicates.count {
                Console.error(safe(strings.text(.importMoreDuplicates(file: file, count: plan.duplicates.count - duplicates.count))))
            }
        }
        for (line, message) in lines.sorted(by: { $0.0 < $1.0 }) {
            Console.error(safe("\(file):\(line): \(message)"))
        }
    }

    /// The file's bytes, or the command ends with 66 after saying why not.
    private func readFile(_ strings: Strings) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            Console.error(safe(strings.text(.importFileNotFound(file))))
            throw ExitCode(ExitStatus.noInput)
        }
        if isDirectory.boolValue {
            Console.error(safe(strings.text(.importFileIsDirectory(file))))
            throw ExitCode(ExitStatus.noInput)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error(safe(strings.text(.importFileUnreadable(file))))
            throw ExitCode(ExitStatus.noInput)
        }
        return Array(data)
    }

    /// File content reaches the terminal in messages: never its control characters.
    func safe(_ text: String) -> String {
        TerminalSafeText.sanitize(text)
    }
}
