import Foundation
import Testing

/// A running `agenda-test-harness append-loop`, whose standard output is collected as it comes.
private final class AppendLoop: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = Data()
    private let finished = DispatchSemaphore(value: 0)

    init(dataDirectory: String, count: Int, options: [String] = []) throws {
        process.executableURL = AgendaProcess.harness
        process.arguments = ["append-loop", "--data-dir", dataDirectory, "--count", String(count)] + options
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                lock.withLock { output.append(chunk) }
            }
            finished.signal()
        }
    }

    /// The ids printed so far: whole lines only.
    var ids: [String] {
        let text = lock.withLock { String(decoding: output, as: UTF8.self) }
        var lines = text.components(separatedBy: "\n")
        lines.removeLast()  // what follows the last newline: empty, or a line not yet whole
        return lines
    }

    /// Waits until `count` ids were printed or the child ended; false after `timeout` seconds.
    func waitForIDs(_ count: Int, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while ids.count < count {
            if !process.isRunning || Date() > deadline { return ids.count >= count }
            usleep(500)
        }
        return true
    }

    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the child and for everything it printed.
    func wait() -> [String] {
        process.waitUntilExit()
        finished.wait()
        return ids
    }
}

/// The ids in a store file, or nil when it is not a v1 store.
private func storedIDs(_ path: String) -> [String]? {
    guard let data = FileManager.default.contents(atPath: path),
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          object["schemaVersion"] as? Int == 1,
          let registrations = object["registrations"] as? [[String: Any]] else { return nil }
    return registrations.compactMap { $0["id"] as? String }
}

@Suite("Crash safety", .serialized, .tags(.slow))
struct CrashSafetyTests {
    /// docs/registrations.md: "A crash at any instant leaves either the old or the new file, never a
    /// mix, never an empty file." The real program appends in a loop and is killed with SIGKILL
    /// at random moments; after each kill the store must read, and hold every registration the
    /// program had said was saved.
    @Test func killedAtRandomMomentsTheStoreKeepsEverySavedRegistration() throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("data").path
        var promised: Set<String> = []
        var killedMidRun = 0
        let started = Date()
        let kills = 60
        for round in 0..<kills {
            let child = try AppendLoop(dataDirectory: data, count: 100_000)
            // Once it has saved at least one, it is in the loop: kill it 0–30 ms later.
            #expect(child.waitForIDs(1), "round \(round): the child printed nothing")
            usleep(UInt32.random(in: 0...30_000))
            child.kill()
            let printed = child.wait()
            if child.process.terminationReason == .uncaughtSignal { killedMidRun += 1 }
            promised.formUnion(printed)

            let stored = try #require(storedIDs(data + "/registrations.json"), "round \(round): the store does not parse")
            let missing = promised.subtracting(stored)
            #expect(missing.isEmpty, "round \(round): \(missing.count) saved registrations lost")
            #expect(Set(stored).count == stored.count, "round \(round): a registration stored twice")
            if FileManager.default.fileExists(atPath: data + "/registrations.json.bak") {
                let backup = try #require(storedIDs(data + "/registrations.json.bak"), "round \(round): the .bak does not parse")
                #expect(Set(backup).isSubset(of: Set(stored)))
            }
        }
        #expect(killedMidRun == kills)

        #expect(promised.count >= kills)
        // The real program reads what the killed ones left.
        let list = try AgendaProcess.run(["registrations", "list", "--format", "json", "--data-dir", data])
        #expect(list.status == 0)
        let listed = (try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["registrations"] as? [[String: Any]]
        let listedIDs = Set((listed ?? []).compactMap { $0["id"] as? String })
        #expect(listedIDs.isSuperset(of: promised))
        // And goes on writing after them.
        let after = try AppendLoop(dataDirectory: data, count: 3)
        #expect(after.wait().count == 3)
        #expect(after.process.terminationStatus == 0)
        // Removing the temporary files the killed writes left (hidden, but personal data).
        let names = try FileManager.default.contentsOfDirectory(atPath: data).sorted()
        #expect(names == ["registrations.json", "registrations.json.bak"])
        #expect(Date().timeIntervalSince(started) < 60)
    }

    /// The same for a large store, whose changes are appended to registrations.journal and
    /// folded back into registrations.json every few kilobytes: killed at any instant, in an
    /// append or in a fold, the program reading the store finds every saved registration.
    @Test func killedWhileJournallingTheStoreKeepsEverySavedRegistration() throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("data").path
        let journalling = ["--journal-threshold", "0", "--journal-limit", "12000"]
        var promised: Set<String> = []
        var sawJournal = false
        for round in 0..<30 {
            let child = try AppendLoop(dataDirectory: data, count: 100_000, options: journalling)
            #expect(child.waitForIDs(1), "round \(round): the child printed nothing")
            usleep(UInt32.random(in: 0...30_000))
            child.kill()
            promised.formUnion(child.wait())
            sawJournal = sawJournal || FileManager.default.fileExists(atPath: data + "/registrations.journal")

            let list = try AgendaProcess.run(["registrations", "list", "--format", "json", "--data-dir", data])
            #expect(list.status == 0, "round \(round): \(list.stderr)")
            let listed = (try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["registrations"] as? [[String: Any]]
            let ids = (listed ?? []).compactMap { $0["id"] as? String }
            let missing = promised.subtracting(ids)
            #expect(missing.isEmpty, "round \(round): \(missing.count) saved registrations lost")
            #expect(Set(ids).count == ids.count, "round \(round): a registration stored twice")
        }
        #expect(sawJournal)
        #expect(promised.count >= 30)
    }

    @Test func twoProgramsAppendingAtOnceLoseNothing() throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("data").path
        let first = try AppendLoop(dataDirectory: data, count: 40)
        let second = try AppendLoop(dataDirectory: data, count: 40)
        let ids = first.wait() + second.wait()
        #expect(first.process.terminationStatus == 0 && second.process.terminationStatus == 0)
        #expect(Set(ids).count == 80)
        let stored = try #require(storedIDs(data + "/registrations.json"))
        #expect(stored.count == 80)
        #expect(Set(stored) == Set(ids))
    }
}
