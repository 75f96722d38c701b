import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

/// `agenda registrations …`: the local registration store, for scripts and spreadsheets.
struct RegistrationsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "registrations",
            abstract: helpText(.registrationsAbstract),
            subcommands: [RegistrationsListCommand.self, RegistrationsImportCommand.self, RegistrationsExportCommand.self,
                          RegistrationsDecideCommand.self, RegistrationsAddCommand.self, RegistrationsEraseCommand.self]
        )
    }
}

/// `agenda registrations list`: one registration a line, or the whole selection as CSV, JSON or
/// an Excel workbook.
struct RegistrationsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: helpText(.registrationsListAbstract)
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json, xlsx
    }

    /// The CSV columns, in order: also the header row.
    static let csvColumns = ["firstName", "lastName", "email", "phone", "organisation", "role",
                             "eventId", "status", "mode", "createdAt", "note"]

    @OptionGroup var global: GlobalOptions

    @OptionGroup var selection: RegistrationSelection

    @Option(help: ArgumentHelp(helpText(.registrationsListFormat)))
    var format: Format = .text

    func run() throws {
        let context = try global.context()
        if format == .xlsx { try context.refuseWorkbookOnTerminal(outputOption: false) }
        // The catalogue is not read: the store stands on its own, and a registration whose event
        // has left the catalogue must still be listed.
        let stored = try context.loadRegistrations()
        try selection.requireKnownEvent(in: stored, context: context)
        let registrations = RegistrationListOrder.sorted(selection.filter(stored), catalogue: context.catalogueForTitles())
        switch format {
        case .text: printText(registrations, strings: context.strings)
        case .csv: printCSV(registrations)
        case .json: printJSON(registrations)
        case .xlsx: FileHandle.standardOutput.write(Data(try context.workbook(registrations)))
        }
    }

    private func printText(_ registrations: [Registration], strings: Strings) {
        let safe = TerminalSafeText.sanitize
        let rows = registrations.map { registration in
            // The dates too are text from the file, which may have been edited by hand.
            (id: safe(String(registration.id.prefix(8)), false),
             created: safe(String(registration.createdAt.prefix(10)), false),
             status: strings.registrationStatus(registration.status),
             event: safe(registration.eventId, false),
             name: safe(registration.participant.fullName, false),
             organisation: safe(registration.participant.organisation, false),
             email: safe(registration.participant.email, false))
        }
        // Long names and organisations are cut so that the e-mails still line up; csv and json
        // give them in full.
        func width(_ values: [String], limit: Int = .max) -> Int { min(values.map(DisplayWidth.of).max() ?? 0, limit) }
        let statusWidth = width(rows.map(\.status))
        let eventWidth = width(rows.map(\.event))
        let nameWidth = width(rows.map(\.name), limit: 30)
        let organisationWidth = width(rows.map(\.organisation), limit: 30)
        for row in rows {
            let columns = [
                TextFitting.pad(row.id, to: 8),
                TextFitting.pad(row.created, to: 10),
                TextFitting.pad(row.status, to: statusWidth),
                TextFitting.pad(row.event, to: eventWidth),
                TextFitting.pad(row.name, to: nameWidth),
                TextFitting.pad(row.organisation, to: organisationWidth),
                row.email,
            ]
            Console.output(columns.joined(separator: "  "))
        }
    }

    private func printCSV(_ registrations: [Registration]) {
        let rows = registrations.map { registration in
            let participant = registration.participant
            return [
                participant.firstName, participant.lastName, participant.email, participant.phone ?? "",
                participant.organisation, participant.role ?? "", registration.eventId, registration.status.rawValue,
                registration.mode?.rawValue ?? "", registration.createdAt, registration.note,
            ]
        }
        FileHandle.standardOutput.write(Data(SpreadsheetCSV.plain.bytes(header: Self.csvColumns, rows: rows)))
    }

    private func printJSON(_ registrations: [Registration]) {
        // The shape of `registrations export --format json`, so that a script reads both alike.
        FileHandle.standardOutput.write(Data(RegistrationExport.json(registrations)))
    }
}

/// `--event ID` and `--status S`: which registrations `list` and `export` give.
struct RegistrationSelection: ParsableArguments {
    @Option(help: ArgumentHelp(helpText(.registrationEvent), valueName: "id"))
    var event: String?

    @Option(help: ArgumentHelp(helpText(.registrationStatus), valueName: "status"))
    var status: String?

    mutating func validate() throws {
        if let status, RegistrationStatus(rawValue: status.lowercased()) == nil {
            throw ValidationError(GlobalOptions.strings(nil).text(.badStatusOption(status, known: RegistrationStatus.allCases.map(\.rawValue))))
        }
    }

    /// An `--event` that no registration has and the catalogue does not know is a mistake (a
    /// typo would otherwise list nothing, and a script take it for "no inscriptions"): exit 64.
    func requireKnownEvent(in registrations: [Registration], context: CommandContext) throws {
        guard let event, !registrations.contains(where: { $0.eventId == event }) else { return }
        let catalogue = try context.loadCatalogue()
        guard catalogue.event(id: event) == nil else { return }
        let near = catalogue.events.map(\.id).filter { $0.contains(event) || event.contains($0) }.prefix(5)
        Console.error(context.strings.text(.unknownEvent(TerminalSafeText.sanitize(event), near: Array(near))))
        throw ExitCode(ExitStatus.usage)
    }

    /// The registrations selected, in the order given.
    func filter(_ registrations: [Registration]) -> [Registration] {
        let wanted = status.flatMap { RegistrationStatus(rawValue: $0.lowercased()) }
        return registrations.filter { registration in
            (event == nil || registration.eventId == event) && (wanted == nil || registration.status == wanted)
        }
    }
}

extension CommandContext {
    var registrationStore: RegistrationStore { RegistrationStore(directory: dataDirectory) }

    /// Every stored registration, or the command ends after saying why not.
    func loadRegistrations() throws -> [Registration] {
        do {
            return try registrationStore.load()
        } catch {
            throw fail(error)
        }
    }

    /// Says what went wrong with the store and gives the exit code of docs/agenda.1: 65 for a
    /// file that does not parse, 66 for one that cannot be read, 73 when it cannot be written.
    func fail(_ error: StoreError) -> ExitCode {
        Console.error("agenda: " + strings.text(error))
        switch error {
        case .corrupt: return ExitCode(ExitStatus.dataError)
        case .cannotRead: return ExitCode(ExitStatus.noInput)
        case .cannotWrite, .cannotCreateDirectory, .notADirectory, .directoryTakesNoNewFiles: return ExitCode(ExitStatus.cannotCreate)
        }
    }
}

extension CommandContext {
    /// An export's bytes: atomically into `output` (0600), or to standard output when nil.
    func deliver(_ bytes: [UInt8], to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            throw fail(error)
        }
    }
}
