import Foundation
import Testing

/// An import file with a 50 MB cell: refused with its line and the column, quickly, nothing
/// written, and the value never echoed.
@Suite(.tags(.slow)) struct HugeValueImportTests {
    static let event = "formation-montage-projet-2027-01-14"

    @Test(arguments: ["organisation", "answer.projet-en-cours"])
    func aFiftyMegabyteCellIsRefusedByName(column: String) throws {
        let scratch = try ScratchDirectory()
        let huge = String(repeating: "x", count: 50 * 1024 * 1024)
        var values = ["firstName": "Élodie", "lastName": "Martin", "email": "e.martin@example.org", "organisation": "Ville de Lyon",
                      "eventId": Self.event, "answer.projet-en-cours": "court"]
        values[column] = huge
        let header = values.keys.sorted()
        let csv = header.joined(separator: ";") + "\n" + header.map { values[$0]! }.joined(separator: ";") + "\n"
            + header.map { $0 == "email" ? "autre@example.org" : values[$0]! == huge ? "court" : values[$0]! }.joined(separator: ";") + "\n"
        let file = try scratch.write("huge.csv", Array(csv.utf8))
        let dataDirectory = scratch.url.appendingPathComponent("data").path
        let result = try AgendaProcess.run(["registrations", "import", file, "--data-dir", dataDirectory, "--today", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("huge.csv:2: \(column): 51200 KB, more than the 64 KB a value may hold"))
        #expect(result.stdout.contains("1 added") && result.stdout.contains("1 refused"))
        #expect(result.stdout.count + result.stderr.count < 10_000, "the value must not be echoed")
        let store = try String(contentsOfFile: dataDirectory + "/registrations.json", encoding: .utf8)
        #expect(store.count < 100_000)
    }
}
