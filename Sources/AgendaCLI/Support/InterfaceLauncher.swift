import AgendaInterface
import AgendaModel
import AgendaWords
import AgendaTerminal
import ArgumentParser
import Foundation

/// Opens the full-screen interface on the terminal.
enum InterfaceLauncher {
    /// From this size a catalogue is read with the screen already up, showing progress.
    static let largeCatalogueBytes = 4 << 20

    /// Reads the catalogue and opens the interface on it. A small catalogue is read before the
    /// screen is taken, so that its problems print plainly; a large one is read behind a
    /// progress bar, and its problems print once the terminal is given back.
    static func run(context: CommandContext) throws {
        try requireTerminal(context)
        // Taken before the file is read: a change made while it is read is then never written over.
        var identity: FileIdentity?
        if case .file(let path) = context.source { identity = FileIdentity(path: path) }
        let size = context.catalogueSize()
        if size < largeCatalogueBytes {
            let catalogue = try context.loadCatalogue()
            let store = try loadStore(context)
            let terminal = openTerminal(context)
            defer { terminal.restore() }
            try runLoop(catalogue: catalogue, identity: identity, store: store, terminal: terminal, context: context)
            return
        }
        let store = try loadStore(context)
        let terminal = openTerminal(context)
        defer { terminal.restore() }
        // The file's bytes end with the reading: 100 MB less for the whole session.
        let reading = try readShowingProgress(on: terminal, context: context)
        // Its problems are printed on the terminal given back.
        if reading.catalogue == nil { terminal.restore() }
        try runLoop(catalogue: context.accept(reading), identity: identity, store: store, terminal: terminal, context: context)
    }

    private static func requireTerminal(_ context: CommandContext) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(context.strings.text(.needsTerminal))
            throw ExitCode(1)
        }
    }

    private struct LoadedStore {
        let store: RegistrationStore
        let registrations: [Registration]
        let drafts: [String: RegistrationDraft]
        /// Why the registrations are shown read-only (a file that does not parse), if they are.
        var readOnlyReason: String?
    }

    /// The store is read before the screen is taken. A registrations file that does not parse
    /// is never overwritten: the interface opens without its registrations, read-only, and says
    /// which file and where; drafts (what the person types) are still kept.
    private static func loadStore(_ context: CommandContext) throws -> LoadedStore {
        let store = RegistrationStore(directory: context.dataDirectory)
        do {
            let drafts = (try? store.loadDrafts()) ?? [:]
            do {
                return LoadedStore(store: store, registrations: try store.load(), drafts: drafts)
            } catch .corrupt(let path, let reason) {
                let message = context.strings.text(StoreError.corrupt(path: path, reason: reason))
                return LoadedStore(store: store, registrations: [], drafts: drafts, readOnlyReason: message)
            }
        } catch {
            Console.error("agenda: " + context.strings.text(error))
            throw ExitCode(ExitStatus.noInput)
        }
    }

    private static func openTerminal(_ context: CommandContext) -> NcursesTerminal {
        // https://no-color.org: any non-empty value; a theme chosen in the configuration wins.
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty && context.configuration.theme == nil
        return NcursesTerminal(useColor: !noColor && context.configuration.theme != .monochrome,
                               unusable: { context.strings.text(.unusableTerminal(term: $0)) })
    }

    /// Reads on other threads and redraws the progress bar until done. Keys typed meanwhile
    /// wait in the terminal's queue for the agenda.
    private static func readShowingProgress(on terminal: NcursesTerminal, context: CommandContext) throws -> CatalogueReading {
        let bytes: [UInt8]
        do {
            bytes = try context.bytes(of: context.source)
        } catch {
            terminal.restore()
            throw error
        }
        let progress = LoadingProgress()
        let finished = DispatchSemaphore(value: 0)
        let result = ReadingBox()
        DispatchQueue.global(qos: .userInitiated).async {
            result.reading = CatalogueDecoder.read(bytes, progress: progress)
            finished.signal()
        }
        let theme = context.configuration.resolvedTheme(colorAvailable: terminal.supportsColor)
        let name = context.displayName(of: context.source)
        repeat {
            let size = terminal.size
            terminal.draw(LoadingView.render(width: size.width, height: size.height, strings: context.strings, theme: theme,
                                             fileName: (name as NSString).lastPathComponent,
                                             megabytes: Double(bytes.count) / 1_048_576, fraction: progress.fraction))
        } while finished.wait(timeout: .now() + .milliseconds(40)) == .timedOut
        return result.reading!
    }

    /// Written by the reading thread before it signals, read after the wait.
    private final class ReadingBox: @unchecked Sendable {
        var reading: CatalogueReading?
    }

    /// `identity`: the catalogue file's before it was read, for the editor's first save.
    private static func runLoop(catalogue: Catalogue, identity: FileIdentity?, store: LoadedStore, terminal: NcursesTerminal,
                                context: CommandContext) throws {
        let size = terminal.size
        var state = AgendaState(catalogue: catalogue, moment: context.moment, strings: context.strings,
                                theme: context.configuration.resolvedTheme(colorAvailable: terminal.supportsColor),
                                width: size.width, height: size.height, registrations: store.registrations,
                                drafts: store.drafts, now: context.clock)
        state.keys = context.configuration.keyTable().table
        state.localZone = .system()
        let catalogueKeeper = CatalogueKeeper(source: context.source, identity: identity,
                                              environment: ProcessInfo.processInfo.environment)
        state.catalogueIsBuiltIn = context.source == .builtInSample
        state.userCataloguePath = catalogueKeeper.userCataloguePath
        // Messages: the sender of [mail], the user's templates that read (the others are said
        // by `agenda mail templates --check`), and what waits in the outbox.
        state.mailOnDecision = context.configuration.mail.onDecision
        if let from = context.configuration.mail.from {
            state.mailSender = MessageSender(from: from, replyTo: context.configuration.mail.replyTo, bccSelf: context.configuration.mail.bccSelf)
        }
        state.messageTemplates = MessageTemplates.readAll(environment: ProcessInfo.processInfo.environment).byName
        state.queuedMessageCount = (try? Outbox(dataDirectory: context.dataDirectory).queued().count) ?? 0
        // Only figures: an unreadable erasures.json takes nothing from the coordinator's work.
        for erasure in (try? store.store.loadErasures()) ?? [] { state.erasedCounts[erasure.eventId, default: 0] += 1 }
        if let first = context.configurationProblems.first {
            let more = context.configurationProblems.count - 1
            state.report(more > 0 ? first + context.strings.text(.moreProblems(more)) : first)
        }
        if let charset = terminal.narrowCharset { state.report(context.strings.text(.terminalNotUTF8(charset: charset))) }
        if let reason = store.readOnlyReason { state.openReadOnly(reason: reason) }
        // Search and filter indexes, built while the person reads the first screen.
        Thread.detachNewThread { catalogue.prepareIndexes() }
        AppLoop.run(&state, on: terminal, keeper: StoreKeeper(store: store.store, language: context.language, clock: context.clock,
                                                          sendmail: context.configuration.mail.sendmail, catalogue: catalogueKeeper),
                    clock: context.clock)
        // The terminal is given back first: folding a long journal into registrations.json
        // takes a moment, and the person is done. Should it fail, the journal keeps every change.
        terminal.restore()
        if store.readOnlyReason == nil { try? store.store.foldJournal() }
    }
}
