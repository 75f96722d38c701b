import AgendaInterface
import AgendaModel
import AgendaTerminal
import ArgumentParser
import Foundation
import TestSupport

/// `agenda-test-harness`: what the tests need the real store and the real terminal to do, kept
/// out of the shipped `agenda` so that nothing in the product writes test data.
@main
struct TestHarness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda-test-harness",
        abstract: "Tools for agenda's tests; not shipped.",
        subcommands: [AppendLoop.self, RandomWriter.self, Crash.self]
    )
}

/// `append-loop --data-dir DIR --count N`: appends N registrations one by one through the real
/// store (`RegistrationStore.append`, the form's path), printing each id on stdout only once its
/// save has returned. The crash-safety tests kill it at random moments and check that every id
/// printed is in the store and that the store still parses.
struct AppendLoop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append-loop",
        abstract: "Append N registrations one by one, printing each id once saved."
    )

    @Option(help: "The data directory.")
    var dataDir: String

    @Option(help: "How many registrations to append.")
    var count: Int = 100

    @Option(help: ArgumentHelp("The event id the registrations are for.", valueName: "id"))
    var event: String = "harness-event"

    @Option(help: ArgumentHelp("Journal the changes from this store size on (bytes).", valueName: "bytes"))
    var journalThreshold: Int?

    @Option(help: ArgumentHelp("Fold the journal into the store past this size (bytes).", valueName: "bytes"))
    var journalLimit: Int?

    func run() throws {
        let defaults = RegistrationStore(directory: dataDir)
        let store = RegistrationStore(directory: dataDir, journalThreshold: journalThreshold ?? defaults.journalThreshold,
                                      journalLimit: journalLimit ?? defaults.journalLimit)
        for _ in 0..<max(count, 0) {
            let id = UUID().uuidString.lowercased()
            let stamp = Moment.current().timestamp
            let registration = Registration(
                id: id, eventId: event, status: .pending, createdAt: stamp, updatedAt: stamp, source: .form,
                participant: Participant(firstName: "Test", lastName: String(id.prefix(8)), email: id + "@example.org",
                                         organisation: "Harness"),
                consent: true, history: [.init(at: stamp, from: nil, to: .pending)])
            do {
                try store.append(registration)
            } catch {
                FileHandle.standardError.write(Data("append-loop: \(error)\n".utf8))
                throw ExitCode(73)
            }
            // One write(2) of the whole line, unbuffered: once it returns, the parent can read it.
            FileHandle.standardOutput.write(Data((id + "\n").utf8))
        }
    }
}

/// `crash`: takes the screen as the interface does, draws, then stops on a fatal error, so that
/// the tests see the terminal given back after a crash.
struct Crash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash",
        abstract: "Take the screen, draw, then crash."
    )

    func run() throws {
        let terminal = NcursesTerminal(useColor: false)
        var grid = Grid(width: terminal.size.width, height: terminal.size.height)
        grid.write("about to crash", x: 0, y: 0)
        terminal.draw(grid)
        usleep(200_000)
        fatalError("agenda-test-harness crash: on purpose")
    }
}

/// `random-writer --data-dir DIR --seed N --steps N --name W`: one program of the shared-store
/// property test (`StoreWriter`): random decisions, notes, undos and looks at the store, then
/// every version it wrote, one JSON array on standard output.
struct RandomWriter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "random-writer",
        abstract: "Decide, note and undo at random on a shared store; print every version written."
    )

    @Option(help: "The data directory.")
    var dataDir: String

    @Option(help: "The seed of its choices.")
    var seed: UInt64

    @Option(help: "How many steps to take.")
    var steps: Int = 200

    @Option(help: "Its name, in the notes it writes.")
    var name: String

    @Option(help: ArgumentHelp("Journal the changes from this store size on (bytes).", valueName: "bytes"))
    var journalThreshold: Int?

    @Option(help: ArgumentHelp("Start once this file exists, so that several writers start together.", valueName: "file"))
    var startSignal: String?

    func run() throws {
        if let startSignal {
            while access(startSignal, F_OK) != 0 { usleep(1_000) }
        }
        let defaults = RegistrationStore(directory: dataDir)
        let store = RegistrationStore(directory: dataDir, journalThreshold: journalThreshold ?? defaults.journalThreshold,
                                      journalLimit: 6_000)
        let writer = try StoreWriter(name: name, store: store, seed: seed)
        for _ in 0..<steps { try writer.step() }
        FileHandle.standardOutput.write(Data(RegistrationStore.encode(writer.written)))
        FileHandle.standardError.write(Data("conflicts=\(writer.conflicts)\n".utf8))
    }
}
