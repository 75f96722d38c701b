import AgendaModel
import Foundation
import TestSupport
import Testing

/// Three separate processes deciding, noting and undoing at random on one store at the same
/// time (the lock making them take turns, in whatever order the system gives): nothing any of
/// them wrote is lost, in a small store rewritten whole and in a large one's journal.
@Suite(.tags(.slow)) struct SharedStoreProcessTests {
    @Test(arguments: [(seed: UInt64(11), threshold: 2 << 20), (seed: 12, threshold: 0)])
    func threeProcessesAtOnceLoseNothing(seed: UInt64, threshold: Int) throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.path + "/data"
        let initial = StoreWriter.pendingRegistrations(8)
        try RegistrationStore(directory: data, journalThreshold: threshold).save(initial)
        let start = scratch.url.path + "/start"
        // Started all three, each waiting for the signal; outputs into files, so that no pipe
        // fills while the others run.
        let processes = try (0..<3).map { writer -> (Process, String, String) in
            let process = Process()
            process.executableURL = AgendaProcess.harness
            process.arguments = ["random-writer", "--data-dir", data, "--seed", "\(seed &* 100 &+ UInt64(writer))", "--steps", "600",
                                 "--name", "p\(writer)", "--journal-threshold", "\(threshold)", "--start-signal", start]
            let (output, errors) = (scratch.url.path + "/out\(writer)", scratch.url.path + "/err\(writer)")
            FileManager.default.createFile(atPath: output, contents: nil)
            FileManager.default.createFile(atPath: errors, contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = FileHandle(forWritingAtPath: errors)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return (process, output, errors)
        }
        FileManager.default.createFile(atPath: start, contents: nil)
        var written: [Registration] = []
        var conflicts = 0
        for (process, output, errors) in processes {
            process.waitUntilExit()
            let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "\(said)")
            written += try JSONDecoder().decode([Registration].self, from: Data(contentsOf: URL(fileURLWithPath: output)))
            conflicts += Int(said.split(separator: "=").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        }
        let final = try RegistrationStore(directory: data).load()
        #expect(StoreWriter.check(final: final, initial: initial, written: written) == nil)
        #expect(written.count > 300)
        #expect(conflicts > 0, "the processes did run at the same time")
        print("three processes: \(written.count) versions written, \(conflicts) edits refused as decided elsewhere")
    }
}
