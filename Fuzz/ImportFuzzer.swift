// libFuzzer entry point for registration imports: `Fuzz/run.sh import`.
//
// Any bytes may arrive as an import file (a CSV or JSON export of an online form). Parsing and
// planning against the sample catalogue must never crash or hang, and what is accepted must
// survive the store's format and the exports, which import again.
import AgendaModel
import AgendaWords
import Foundation

/// The sample catalogue: $AGENDA_FUZZ_CATALOGUE, else sample-data/catalogue.json beside Fuzz/.
private let catalogue: Catalogue = {
    let path = ProcessInfo.processInfo.environment["AGENDA_FUZZ_CATALOGUE"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data/catalogue.json").path
    guard let data = FileManager.default.contents(atPath: path), let catalogue = CatalogueDecoder.read(Array(data)).catalogue else {
        fatalError("cannot read the catalogue \(path); set AGENDA_FUZZ_CATALOGUE")
    }
    return catalogue
}()

private let now = Moment.startOf(DateParsing.date("2027-01-10")!, utcOffset: 3600)

/// Ids as the program makes them, but repeatable.
private func idMaker() -> () -> String {
    var counter = 0
    return {
        counter += 1
        return "00000000-0000-4000-8000-\(String(counter, radix: 16).leftPadded(to: 12))"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

private func plan(_ bytes: [UInt8], fileName: String, existing: [Registration] = []) -> (ImportReading, ImportPlan)? {
    let reading: ImportReading
    do {
        reading = try RegistrationImport.parse(bytes: bytes, fileName: fileName)
    } catch {
        for language in Language.allCases { precondition(!Strings(language).text(error).isEmpty) }
        return nil
    }
    let plan = RegistrationImport.plan(reading, catalogue: catalogue, existing: existing, now: now, makeID: idMaker())
    for language in Language.allCases {
        for refused in plan.refused { precondition(!Strings(language).text(refused).isEmpty) }
        for duplicate in plan.duplicates { precondition(!Strings(language).text(duplicate).isEmpty) }
    }
    return (reading, plan)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let (reading, first) = plan(bytes, fileName: "fuzz.csv") else { return 0 }
    precondition(first.added.count + first.duplicates.count + first.refused.count == reading.rows.count,
                 "a row neither added, skipped nor refused")
    precondition(first.addedLines.count == first.added.count)

    // Importing the same file again adds nothing: every row is now a duplicate or refused.
    let again = RegistrationImport.plan(reading, catalogue: catalogue, existing: first.added, now: now, makeID: idMaker())
    precondition(again.added.isEmpty, "a second import of the same file added rows")
    guard !first.added.isEmpty else { return 0 }

    // What is accepted is stored: the store's JSON reads back the same.
    let stored = RegistrationStore.encode(first.added)
    guard let decoded = try? JSONDecoder().decode([Registration].self, from: Data(stored)) else {
        preconditionFailure("the store's JSON of imported registrations does not decode")
    }
    precondition(decoded == first.added, "imported registrations change through the store's JSON")

    // Both exports import again into an empty store, every registration of them.
    let json = RegistrationExport.json(first.added)
    guard let (_, fromJSON) = plan(json, fileName: "export.json") else { preconditionFailure("the JSON export does not parse") }
    precondition(fromJSON.added.count == first.added.count, "the JSON export does not import again in full")
    let csv = RegistrationExport.csv(first.added, catalogue: catalogue)
    guard let (_, fromCSV) = plan(csv, fileName: "export.csv") else { preconditionFailure("the CSV export does not parse") }
    precondition(fromCSV.added.count == first.added.count, "the CSV export does not import again in full")
    return 0
}
