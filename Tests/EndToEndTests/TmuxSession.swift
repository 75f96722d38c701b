import Foundation
import Testing

/// A private tmux server running the real `agenda` in a pane of a given size.
///
/// Every wait polls the screen until the expected state shows (never a fixed sleep), with a
/// deadline so that a broken build fails instead of hanging.
final class TmuxSession {
    let socket = "agenda-e2e-\(UUID().uuidString.prefix(8))"
    let scratch: URL
    private(set) var lastScreen = ""

    /// The binary under test: `$AGENDA_BINARY`, else the one of the build these tests belong
    /// to (never another configuration's, which may be stale).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["AGENDA_BINARY"] { return path }
        return builtBesideTheTests("agenda")
    }

    /// The test-only executable of the same build (`agenda-test-harness`).
    static var harness: String { builtBesideTheTests("agenda-test-harness") }

    /// An executable in the folder of the test bundle, or one above it.
    static func builtBesideTheTests(_ name: String) -> String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/" + name).path
    }

    /// Starts `agenda arguments…` in a `width`×`height` pane. After it exits, the shell prints
    /// `EXIT=<status>` and the terminal modes that matter (`echo`, `icanon`, `ixon`), then waits.
    init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:],
         executable: String = TmuxSession.binary) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": scratch.path, "XDG_DATA_HOME": scratch.path + "/data"]
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = ([executable] + arguments).map(Self.quote).joined(separator: " ")
        let script = "env \(exports) \(command); echo \"EXIT=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon|ixon)$' | tr '\\n' ' '; echo; exec sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script], wantsOutput: false)
    }

    deinit {
        // kill-server alone can leave the server waiting on a pane whose shell is stuck on a
        // dead terminal: end the pane's process group and the server outright.
        let facts = ((try? tmux(["display-message", "-p", "#{pid} #{pane_pid} #{socket_path}"])) ?? "")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        _ = try? tmux(["kill-server"], wantsOutput: false)
        if facts.count == 3, let server = Int32(facts[0]), let pane = Int32(facts[1]) {
            kill(-pane, SIGKILL)
            kill(server, SIGKILL)
            try? FileManager.default.removeItem(atPath: facts[2])
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a tmux command and returns what it printed.
    ///
    /// The command that starts the server goes through a shell that first closes every
    /// descriptor above 2: Foundation's `Process` learns that a child ended when a socket it
    /// shares with it closes, and a tmux server that inherited that socket (or a pipe) would
    /// make the wait last for ever.
    @discardableResult
    func tmux(_ arguments: [String], wantsOutput: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let closeInherited = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done; exec tmux "$@""#
        process.arguments = ["-c", closeInherited, "tmux", "-L", socket] + arguments
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard wantsOutput else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p"])
    }

    /// Sends keys as tmux names them (`Enter`, `Escape`, `Down`, `C-s`) or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    func signal(_ name: String) throws {
        let pid = try tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The pane runs sh, which runs agenda: signal sh's child.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pkill", "-\(name)", "-P", pid, "-x", "agenda"]
        try process.run()
        process.waitUntilExit()
    }

    /// The pid of the `agenda` the pane's shell runs.
    func programPID() throws -> Int {
        let pane = try format("pane_pid")
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pgrep", "-P", pane, "-x", "agenda"]
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return try #require(Int(output.split(separator: "\n").first ?? ""))
    }

    func format(_ variable: String) throws -> String {
        try tmux(["display-message", "-p", "#{\(variable)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until `condition` holds on the screen, and the screen has stopped changing.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: String?
        while Date() < deadline {
            let current = try screen()
            lastScreen = current
            if condition(current) {
                if current == previous { return current }
                previous = current
            } else {
                previous = nil
            }
            usleep(15_000)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(lastScreen)", sourceLocation: sourceLocation)
        throw WaitTimeout()
    }

    @discardableResult
    func waitFor(text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits for the program to end; returns its exit status and the terminal modes line.
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int, modes: String) {
        let screen = try waitFor("the program to exit", sourceLocation: sourceLocation) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("EXIT=") } && screen.contains("echo")
        }
        let lines = screen.split(separator: "\n").map(String.init)
        let index = lines.firstIndex { $0.hasPrefix("EXIT=") }!
        let status = Int(lines[index].dropFirst(5)) ?? -1
        let modes = index + 1 < lines.count ? lines[index + 1] : ""
        return (status, modes)
    }

    struct WaitTimeout: Error {}
}
