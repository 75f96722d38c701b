import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda catalogue import FILE.ics`: merges a calendar's events into the catalogue, under
/// its lock, in one atomic write of the events that changed, and reports what it did.
struct CatalogueImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: helpText(.catalogueImportAbstract),
            discussion: helpText(.catalogueImportDiscussion)
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(helpText(.catalogueImportFile), valueName: "file"))
    var file: String

    @Flag(help: ArgumentHelp(helpText(.catalogueImportDryRun)))
    var dryRun = false

    @Option(help: ArgumentHelp(helpText(.catalogueImportUntil), valueName: "date"))
    var until: String?

    /// A quoted `~` reaches the program unexpanded: expanded as the shell would have.
    mutating func validate() throws {
        if file != "-" { file = UserPath.fromCommandLine(file) }
        if let until, DateParsing.date(until) == nil {
            throw ValidationError(GlobalOptions.strings(global.lang).text(.badDateOption(option: "--until", value: until)))
        }
    }

    func run() throws {
        let context = try global.context()
        let strings = context.strings
        let bytes = try readCalendar(strings)
        let document: ICalendarDocument
        do {
            document = try ICalendarParser.parse(bytes)
        } catch {
            Console.error(safe("agenda: \(file): " + strings.text(error)))
            throw ExitCode(ExitStatus.dataError)
        }
        var window = ImportWindow.yearFrom(context.moment.today)
        if let last = until.flatMap(DateParsing.date) { window.last = last }
        let zone = LocalZone.system()
        let calendar = ICalendarImport(document, window: window, localZone: zone)
        KeptUntilExit.keep(calendar.entries)

        let target = try targetPath(context)
        let merge: CatalogueMerge
        var created = false
        if dryRun {
            let events = FileManager.default.fileExists(atPath: target) ? try context.accept(context.read(.file(target))).events : []
            merge = CatalogueMerge(calendar.entries, into: events)
        } else {
            do {
                let (result, _) = try CatalogueDocument(path: target).update { reading in
                    created = reading == nil
                    let merge = CatalogueMerge(calendar.entries, into: reading?.catalogue?.events ?? [])
                    return (CatalogueWriter.Edits(merge.updated + merge.added), merge)
                }
                merge = result
            } catch {
                throw fail(error, context: context, target: target)
            }
        }
        KeptUntilExit.keep(merge)
        report(calendar, merge: merge, window: window, strings: strings, zone: zone, moment: context.moment)
        if !dryRun, merge.changed {
            if created, context.source == .builtInSample { Console.error(safe(strings.text(.newCatalogue(path: target)))) }
            Console.output(safe(strings.text(.written(path: target, created: created))))
        }
    }

    /// The catalogue the import writes: the one named, else the user's own (never the built-in sample).
    private func targetPath(_ context: CommandContext) throws -> String {
        switch context.source {
        case .file(let path): return path
        case .builtInSample:
            guard let path = CatalogueSource.userCataloguePath(environment: ProcessInfo.processInfo.environment) else {
                Console.error("agenda: " + context.strings.text(.cannotCreateDirectory(path: "~/.local/share/agenda", errno: ENOENT)))
                throw ExitCode(ExitStatus.cannotCreate)
            }
            return path
        }
    }

    /// The counts on stdout, then the notices and every VEVENT or line left out, in line order, on stderr.
    private func report(_ calendar: ICalendarImport, merge: CatalogueMerge, window: ImportWindow, strings: Strings, zone: LocalZone,
                        moment: Moment) {
        Console.output(strings.text(.summary(added: merge.added.count, updated: merge.updated.count,
                                             unchanged: merge.unchanged.count, skipped: calendar.skipped.count)))
        if dryRun { Console.output(strings.text(.dryRun)) }
        if calendar.entries.isEmpty, calendar.skipped.isEmpty { Console.error(safe(strings.text(.noEvents(file: file)))) }
        if calendar.floatingTimes > 0 {
            let offset = zone.offset(at: moment.instant)
            let name = zone.placeName ?? ("UTC" + (offset == 0 ? "" : EventTime.offsetText(offset)))
            Console.error(safe(strings.text(.floatingTimes(file: file, count: calendar.floatingTimes, zone: name))))
        }
        if calendar.outsideWindow > 0 {
            Console.error(safe(strings.text(.outsideWindow(file: file, count: calendar.outsideWindow, last: window.last))))
        }
        if merge.tentative > 0 { Console.error(safe(strings.text(.tentative(file: file, count: merge.tentative)))) }
        for skip in calendar.skipped {
            Console.error(safe("\(file):\(skip.line): " + strings.text(skip.reason)))
        }
    }

    /// Says why the catalogue was not written, with the exit code of docs/agenda.1.
    private func fail(_ error: CatalogueDocument.WriteError, context: CommandContext, target: String) -> Error {
        switch error {
        case .invalid:
            // Every problem of the file, as every command that reads it says them.
            do { _ = try context.accept(context.read(.file(target))) } catch { return error }
            Console.error("agenda: " + context.strings.text(error))
            return ExitCode(ExitStatus.dataError)
        case .wouldBeInvalid(let problems):
            for problem in problems { Console.error(context.strings.report(problem, fileName: target, source: nil)) }
            Console.error("agenda: " + context.strings.text(error))
            return ExitCode(ExitStatus.dataError)
        case .unreadable:
            Console.error("agenda: " + context.strings.text(error))
            return ExitCode(ExitStatus.noInput)
        case .changedOnDisk, .cannotWrite:
            Console.error("agenda: " + context.strings.text(error))
            return ExitCode(ExitStatus.cannotCreate)
        }
    }

    /// The calendar's bytes (standard input for `-`), or the command ends with 66 after saying why not.
    private func readCalendar(_ strings: Strings) throws -> [UInt8] {
        if file == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        do {
            return try CatalogueFile.read(file)
        } catch {
            switch error {
            case .notFound: Console.error(safe(strings.text(.importFileNotFound(file))))
            case .isDirectory: Console.error(safe(strings.text(.fileIsDirectory(file))))
            case .unreadable: Console.error(safe(strings.text(.importFileUnreadable(file))))
            }
            throw ExitCode(ExitStatus.noInput)
        }
    }

    /// File content reaches the terminal in messages: never its control characters.
    private func safe(_ text: String) -> String {
        TerminalSafeText.sanitize(text)
    }
}
