import AgendaInterface
import AgendaModel
import AgendaTerminal
import ArgumentParser
import Foundation

/// Opens the full-screen interface on the terminal.
enum InterfaceLauncher {
    static func run(catalogue: Catalogue, context: CommandContext) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(context.language == .fr
                ? "agenda: l'interface a besoin d'un terminal ; pour un script, utilisez agenda list, agenda show ID ou agenda validate."
                : "agenda: the interface needs a terminal; from a script, use agenda list, agenda show ID or agenda validate.")
            throw ExitCode(1)
        }
        // The store is read before the screen is taken, so that a problem prints plainly.
        let store = RegistrationStore(directory: context.dataDirectory)
        let registrations: [Registration]
        let drafts: [String: RegistrationDraft]
        do {
            registrations = try store.load()
            drafts = try store.loadDrafts()
        } catch {
            Console.error("agenda: " + error.message(context.language))
            if case .corrupt = error { throw ExitCode(ExitStatus.dataError) }
            throw ExitCode(ExitStatus.noInput)
        }
        // https://no-color.org: any non-empty value; a theme chosen in the configuration wins.
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty && context.configuration.theme == nil
        let terminal = NcursesTerminal(useColor: !noColor && context.configuration.theme != .monochrome)
        defer { terminal.restore() }
        let size = terminal.size
        var state = AgendaState(catalogue: catalogue, moment: context.moment, strings: context.strings,
                                theme: context.configuration.resolvedTheme(colorAvailable: terminal.supportsColor),
                                width: size.width, height: size.height, registrations: registrations, drafts: drafts,
                                now: context.clock)
        state.keys = context.configuration.keyTable().table
        if let first = context.configurationProblems.first { state.report(first) }
        AppLoop.run(&state, on: terminal, keeper: StoreKeeper(store: store, language: context.language))
    }
}
