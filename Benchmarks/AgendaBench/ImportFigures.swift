import AgendaModel
import AgendaWords
import Foundation
import SampleCatalogue

/// `agenda registrations import` of 100 000 CSV rows into an empty store: each step in
/// process, then the whole command timed from outside (process start, catalogue, parsing,
/// checks, one locked atomic write).
func importFigures(eventID: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-import-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var csv = "firstName;lastName;email;organisation;eventId;status;createdAt\n"
    for index in 0..<100_000 {
        csv += "Prénom\(index);Nom;p\(index)@example.org;Ville \(index % 300);\(eventID);pending;2026-11-\(10 + index % 15)T10:00:00+01:00\n"
    }
    let bytes = Array(csv.utf8)
    let catalogue = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!
    let now = Moment.startOf(CalendarDate(year: 2026, month: 11, day: 23)!)
    report("  of which: parse 100 000 CSV rows", median(runs: 3) {
        _ = try? RegistrationImport.parse(bytes: bytes, fileName: "inscriptions.csv")
    }, goal: "-")
    let reading = try! RegistrationImport.parse(bytes: bytes, fileName: "inscriptions.csv")
    var serial = 0
    func makeID() -> String {
        serial += 1
        return "id-\(serial)"
    }
    report("  of which: check 100 000 rows (plan)", median(runs: 3) {
        _ = RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: now, makeID: makeID)
    }, goal: "-")
    let plan = RegistrationImport.plan(reading, catalogue: catalogue, existing: [], now: now, makeID: makeID)
    var run = 0
    report("  of which: write 100 000 into an empty store", median(runs: 3) {
        run += 1
        let store = RegistrationStore(directory: directory.appendingPathComponent("direct\(run)").path)
        try? DataDirectory.ensureExists(store.directory)
        try? store.update { $0.append(contentsOf: plan.added) }
    }, goal: "-")

    let file = directory.appendingPathComponent("inscriptions.csv").path
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    let agenda = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("agenda").path
    guard FileManager.default.isExecutableFile(atPath: agenda) else { return print("(build agenda too to time the import)") }
    var runs: [Double] = []
    for run in 0..<3 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: agenda)
        process.arguments = ["registrations", "import", file, "--data-dir", directory.appendingPathComponent("store\(run)").path,
                             "--today", "2026-11-23", "--lang", "en"]
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try? process.run()
        process.waitUntilExit()
        runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    report("agenda registrations import, 100 000 CSV rows", runs.sorted()[1], goal: "≤ 2 s")
}
