import AgendaInterface
import AgendaModel
import AgendaWords
import CatalogueGenerator
import Foundation

/// The figures of issue 7 at each catalogue size, each size measured in a process of its own so
/// that its peak memory is its own.
func scaleFigures(sizes: [Int]) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    print(ScaleRow.header)
    fflush(nil)
    for size in sizes {
        let path = directory.appendingPathComponent("catalogue-\(size).json").path
        FileManager.default.createFile(atPath: path, contents: Data(CatalogueGenerator(eventCount: size).bytes()))
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["one", path]
        try? child.run()
        child.waitUntilExit()
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Measures one catalogue file and prints its row of the table.
func measureOne(path: String) {
    let today = CalendarDate(year: 2026, month: 11, day: 23)!
    var row = ScaleRow()
    let launch = DispatchTime.now().uptimeNanoseconds
    // Launch to first frame: read, decode and check, lay out, render — what `agenda` does.
    guard var bytes = try? CatalogueFile.read(path) else { return print("cannot read \(path)") }
    if ProcessInfo.processInfo.environment["BENCH_MEMORY"] != nil { print("after file: \(residentMiB()) MiB") }
    row.megabytes = Double(bytes.count) / 1_048_576
    let reading = CatalogueDecoder.read(bytes)
    bytes = []  // as the program does
    guard let catalogue = reading.catalogue else { return print("\(path): \(reading.errors.count) errors") }
    if ProcessInfo.processInfo.environment["BENCH_MEMORY"] != nil { print("after decode: \(residentMiB()) MiB") }
    var state = AgendaState(catalogue: catalogue, moment: .startOf(today), strings: Strings(.fr), width: 120, height: 40)
    _ = ScreenRenderer.render(state)
    row.firstFrame = Double(DispatchTime.now().uptimeNanoseconds - launch) / 1000
    row.events = catalogue.events.count
    // The interface builds the search and filter indexes on another thread once the first
    // screen is up; here, before the keys are timed.
    let indexStart = DispatchTime.now().uptimeNanoseconds
    catalogue.prepareIndexes()
    row.indexes = Double(DispatchTime.now().uptimeNanoseconds - indexStart) / 1000

    func key(_ key: Key, runs: Int = 100) -> Double {
        median(runs: runs) {
            _ = state.handle(key)
            _ = ScreenRenderer.render(state)
        }
    }
    row.move = key(.character("j"))
    row.page = key(.pageDown)
    row.detail = median(runs: 50) {
        _ = state.handle(.tab)
        _ = ScreenRenderer.render(state)
        _ = state.handle(.tab)
    }
    row.jump = median(runs: 50) {
        _ = state.handle(.character("G"))
        _ = ScreenRenderer.render(state)
        _ = state.handle(.character("t"))
        _ = ScreenRenderer.render(state)
    } / 2
    row.filter = key(.character("p"), runs: 10)
    if state.filter.timeframe != .upcoming { _ = state.handle(.character("p")) }

    // Live search, one character at a time, then cleared.
    var perCharacter: [Double] = []
    for _ in 0..<5 {
        _ = state.handle(.character("/"))
        for character in "atelier" {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = state.handle(.character(character))
            _ = ScreenRenderer.render(state)
            perCharacter.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        row.searchHits = state.events.count
        _ = state.handle(.escape)
    }
    row.search = perCharacter.sorted()[perCharacter.count / 2]
    row.searchWorst = perCharacter.max() ?? 0

    // What the interface holds at most: the catalogue, its indexes, a frame (the bytes are
    // let go after reading, as in the program).
    row.peakMiB = Double(peakResidentMiB())
    bytes = (try? CatalogueFile.read(path)) ?? []
    row.validate = median(runs: 3) { _ = CatalogueDecoder.read(bytes) }
    print(row.line)
}

struct ScaleRow {
    var events = 0
    var megabytes = 0.0
    var firstFrame = 0.0
    var validate = 0.0
    var indexes = 0.0
    var move = 0.0
    var page = 0.0
    var detail = 0.0
    var jump = 0.0
    var filter = 0.0
    var search = 0.0
    var searchWorst = 0.0
    var searchHits = 0
    var peakMiB = 0.0

    static let header = [
        "events", "MB", "first frame", "validate", "indexes", "j", "PgDn", "Tab", "t/G", "p (filter)", "search/char", "worst char",
        "hits", "peak MiB",
    ].map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined()

    var line: String {
        let cells = [
            String(events), String(format: "%.1f", megabytes), milliseconds(firstFrame), milliseconds(validate), milliseconds(indexes),
            milliseconds(move), milliseconds(page), milliseconds(detail), milliseconds(jump), milliseconds(filter),
            milliseconds(search), milliseconds(searchWorst), String(searchHits), String(format: "%.0f", peakMiB),
        ]
        return cells.map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined()
    }

    private func milliseconds(_ microseconds: Double) -> String {
        microseconds >= 10_000 ? String(format: "%.0f ms", microseconds / 1000) : String(format: "%.2f ms", microseconds / 1000)
    }
}

/// The resident memory now, from /proc/self/statm.
func residentMiB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// The highest resident memory of this process, from /proc/self/status (`VmHWM`): unlike
/// `ru_maxrss`, it starts afresh at `exec`, so it does not count the parent's.
func peakResidentMiB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return kilobytes / 1024
}
