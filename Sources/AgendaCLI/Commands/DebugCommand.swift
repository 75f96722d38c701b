import AgendaInterface
import AgendaModel
import AgendaTerminal
import ArgumentParser
import Foundation

/// `agenda debug …`: tools for the tests, not shown in the help.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Tools for the tests.",
        shouldDisplay: false,
        subcommands: [DebugAppendLoopCommand.self, DebugCrashCommand.self]
    )
}

/// `agenda debug append-loop --count N`: appends N registrations one by one through the real
/// store (`RegistrationStore.append`, the form's path), printing each id on stdout only once its
/// save has returned. The crash-safety tests kill it at random moments and check that every id
/// printed is in the store and that the store still parses.
struct DebugAppendLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append-loop",
        abstract: "Append N registrations one by one, printing each id once saved.",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many registrations to append.")
    var count: Int = 100

    @Option(help: ArgumentHelp("The event id the registrations are for.", valueName: "id"))
    var event: String = "debug-event"

    @Option(help: ArgumentHelp("Journal the changes from this store size on (bytes).", valueName: "bytes"))
    var journalThreshold: Int?

    @Option(help: ArgumentHelp("Fold the journal into the store past this size (bytes).", valueName: "bytes"))
    var journalLimit: Int?

    func run() throws {
        let context = try global.context()
        let defaults = context.registrationStore
        let store = RegistrationStore(directory: defaults.directory, journalThreshold: journalThreshold ?? defaults.journalThreshold,
                                      journalLimit: journalLimit ?? defaults.journalLimit)
        for _ in 0..<max(count, 0) {
            let id = UUID().uuidString.lowercased()
            let stamp = Moment.current().timestamp
            let registration = Registration(
                id: id, eventId: event, status: .pending, createdAt: stamp, updatedAt: stamp, source: .form,
                participant: Participant(firstName: "Test", lastName: String(id.prefix(8)), email: id + "@example.org",
                                         organisation: "Debug"),
                consent: true, history: [.init(at: stamp, from: nil, to: .pending)])
            do {
                try store.append(registration)
            } catch {
                throw context.fail(error)
            }
            // One write(2) of the whole line, unbuffered: once it returns, the parent can read it.
            Console.output(id)
        }
    }
}

/// `agenda debug crash`: takes the screen as the interface does, draws, then stops on a fatal
/// error, so that the tests see the terminal given back after a crash.
struct DebugCrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash",
        abstract: "Take the screen, draw, then crash.",
        shouldDisplay: false
    )

    func run() throws {
        let terminal = NcursesTerminal(useColor: false)
        var grid = Grid(width: terminal.size.width, height: terminal.size.height)
        grid.write("about to crash", x: 0, y: 0)
        terminal.draw(grid)
        usleep(200_000)
        fatalError("agenda debug crash: on purpose")
    }
}
