import Foundation

/// Runs the real `agenda` binary, as a user or a script would.
struct AgendaProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary built beside the tests (`.build/debug/agenda`), or `$AGENDA_BINARY`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["AGENDA_BINARY"] { return URL(fileURLWithPath: path) }
        return builtBesideTheTests("agenda")
    }

    /// The test-only executable (`agenda-test-harness`: append loops, a crash), of the same build.
    static var harness: URL { builtBesideTheTests("agenda-test-harness") }

    /// An executable of the build under test: in the folder of the test bundle or one above it.
    static func builtBesideTheTests(_ name: String) -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/" + name)
    }

    /// Runs `agenda arguments…` with a clean environment (no catalogue variables, English unless
    /// `environment` says otherwise) and no standard input (or `input`).
    static func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
        env.merge(environment) { $1 }
        return try execute(binary, arguments, environment: env, input: input)
    }

    /// Runs any program with exactly `environment` and no standard input (or `input`), collecting
    /// both outputs.
    static func execute(_ executable: URL, _ arguments: [String], environment: [String: String], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        if let inputPipe, let input {
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, or a large output would block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }
}

/// A scratch directory removed at the end of the test.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}
