import Foundation
import Testing

/// The terminal is given back whatever ends the program, and resizing never harms it.
@Suite(.tags(.slow)) struct SignalsEndToEndTests {
    static let arguments = ["--today", "2026-11-23", "--lang", "fr"]

    @Test(arguments: [("INT", 130), ("HUP", 129), ("TERM", 143), ("QUIT", 131)])
    func aSignalRestoresTheTerminal(signal: String, status: Int) throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("j")
        try session.waitFor("the second event selected") { $0.contains("▸mar. 08 10:00") }
        try session.signal(signal)
        let (exitStatus, modes) = try session.waitForExit()
        #expect(exitStatus == status)
        let flags = modes.split(separator: " ")
        #expect(flags.contains("echo") && flags.contains("icanon"))
        #expect(try session.format("alternate_on") == "0")
    }

    @Test func aStormOfResizesNeitherCrashesNorGrows() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        let pid = try session.programPID()
        let before = try Self.residentKilobytes(pid)
        let sizes = [(120, 40), (41, 10), (200, 60), (39, 9), (80, 24), (100, 30), (60, 15)]
        for round in 0..<300 {
            let (width, height) = sizes[round % sizes.count]
            try session.resize(width: width, height: height)
        }
        try session.resize(width: 120, height: 40)
        try session.send("j")
        // Drawn for 120×40 again (two panes), with the key typed right after the storm applied.
        let screen = try session.waitFor("the agenda at 120×40, answering keys") { screen in
            screen.contains("│") && screen.contains("▸mar. 08 10:00") && screen.contains("À venir — 22 événements")
        }
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count >= 40)
        let after = try Self.residentKilobytes(pid)
        // Frames are redrawn, never accumulated: a few hundred kilobytes of allocator slack at most.
        #expect(after - before < 4_096, "resident memory grew from \(before) kB to \(after) kB")
    }

    static func residentKilobytes(_ pid: Int) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return Int(line.split(separator: " ")[1]) ?? 0
    }
}

@Suite(.tags(.slow)) struct CrashEndToEndTests {
    @Test func aCrashGivesTheTerminalBackBeforeItIsReported() throws {
        let session = try TmuxSession(["crash"], environment: ["SWIFT_BACKTRACE": "enable=no"],
                                      executable: TmuxSession.harness)
        let (status, modes) = try session.waitForExit()
        #expect(status == 128 + 4 || status == 128 + 5, "a trap is SIGILL (or SIGTRAP): \(status)")
        let flags = modes.split(separator: " ")
        #expect(flags.contains("echo") && flags.contains("icanon"))
        #expect(try session.format("alternate_on") == "0")
    }
}
