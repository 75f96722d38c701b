import Foundation
import Testing
@testable import AgendaModel
import TestSupport

// The examples of docs/catalogue.md and docs/registrations.md, read by the program's own
// readers: a user or another tool's author copies them, so they must stay true.

/// Every block of docs/*.md whose opening fence is exactly "```" followed by `info`, in order.
private func examples(_ info: String) throws -> [DocumentedExample] { try documentedExamples(info) }

/// The one example of its kind: the tests of the others lean on it.
private func onlyExample(_ info: String) throws -> DocumentedExample {
    let found = try examples(info)
    try #require(found.count == 1, "docs/ should have exactly one ```\(info) block, found \(found.count)")
    return found[0]
}

/// The documented catalogue, which the other examples refer to.
private func documentedCatalogue() throws -> Catalogue {
    try #require(CatalogueDecoder.read(try onlyExample("json catalogue").bytes).catalogue)
}

/// The documented registrations.json, read by the store.
private func documentedRegistrations() throws -> [Registration] {
    let directory = try ScratchDirectory()
    try directory.write(RegistrationStore.registrationsFileName, try onlyExample("json registrations").bytes)
    return try RegistrationStore(directory: directory.path).load()
}

/// A private directory of its own for each test, removed after it.
private final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "agenda-documented-formats-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
    }
}

/// The rows of `example` the import would leave out, and why, as the command prints them but
/// with the document's lines (the block's first line follows its fence).
private func leftOut(_ plan: ImportPlan, _ example: DocumentedExample) -> String {
    let rows = plan.refused.map { ($0.line, $0.message(.en)) } + plan.duplicates.map { ($0.line, $0.message(.en)) }
    return rows.map { "\(example.file):\(example.line + $0.0): \($0.1)" }.joined(separator: "\n")
}

@Suite("Documented formats: the examples of docs/ are read by the real readers")
struct DocumentedFormatsTests {
    @Test("every kind of example is in docs/, so that none of these tests passes for want of one")
    func examplesArePresent() throws {
        for info in ["json catalogue", "json registrations", "json drafts", "csv import", "json import", "csv export"] {
            #expect(try !examples(info).isEmpty, "no ```\(info) block in docs/*.md")
        }
        #expect(try examples("text").contains { $0.text.hasPrefix("{\"agendaJournal\":") }, "no journal example in docs/*.md")
    }

    // MARK: The catalogue

    @Test("every catalogue example is read with no error and no warning, by both reading paths")
    func catalogueExamplesAreClean() throws {
        for example in try examples("json catalogue") {
            for fastPath in [true, false] {
                let reading = CatalogueDecoder.read(example.bytes, fastPath: fastPath)
                let report = reading.problems.map { $0.report(fileName: example.place, source: reading.source, language: .en) }
                #expect(reading.problems.isEmpty, "\(example.place):\n\(report.joined(separator: "\n"))")
                #expect(reading.catalogue?.events.isEmpty == false, "\(example.place): no event read")
            }
        }
    }

    // MARK: The store

    @Test("every registrations.json example is read by the store, laid out as the program writes it")
    func registrationsExamplesAreRead() throws {
        for example in try examples("json registrations") {
            let directory = try ScratchDirectory()
            try directory.write(RegistrationStore.registrationsFileName, example.bytes)
            let registrations = try RegistrationStore(directory: directory.path).load()
            #expect(!registrations.isEmpty, "\(example.place): no registration read")
            let written = RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: 1, registrations: registrations))
            #expect(written == example.bytes, "\(example.place) is not what the program would write for it:\n\(String(decoding: written, as: UTF8.self))")
        }
    }

    @Test("the journal example names the documented registrations.json exactly, and its changes are replayed")
    func journalExampleApplies() throws {
        let base = try onlyExample("json registrations")
        let journal = try #require(try examples("text").first { $0.text.hasPrefix("{\"agendaJournal\":") })
        let lines = journal.text.split(separator: "\n").map(String.init)
        let header = String(decoding: StoreJournal.header(for: StoreJournal.Base(of: base.bytes)), as: UTF8.self)
        #expect(lines.first.map { $0 + "\n" } == header,
                "\(journal.place): the first line must name \(base.place) as it is: \(header)")

        let stored = try documentedRegistrations()
        var expected = stored
        for line in lines.dropFirst() {
            for version in try JSONDecoder().decode([Registration].self, from: Data(line.utf8)) {
                if let position = expected.firstIndex(where: { $0.id == version.id }) {
                    expected[position] = version
                } else {
                    expected.append(version)
                }
            }
        }
        #expect(expected != stored, "\(journal.place): the journal changes nothing")

        let directory = try ScratchDirectory()
        try directory.write(RegistrationStore.registrationsFileName, base.bytes)
        try directory.write(RegistrationStore.journalFileName, journal.bytes)
        #expect(try RegistrationStore(directory: directory.path).load() == expected)
    }

    @Test("every drafts.json example is read by the store")
    func draftsExamplesAreRead() throws {
        for example in try examples("json drafts") {
            let directory = try ScratchDirectory()
            try directory.write(RegistrationStore.draftsFileName, example.bytes)
            #expect(try !RegistrationStore(directory: directory.path).loadDrafts().isEmpty, "\(example.place): no draft read")
        }
    }

    // MARK: Import and export

    @Test("every import example, CSV or JSON, is accepted with every row added to the documented store", arguments: ["csv import", "json import"])
    func importExamplesAreAcceptedWhole(info: String) throws {
        let catalogue = try documentedCatalogue()
        let stored = try documentedRegistrations()
        for example in try examples(info) {
            // A spreadsheet's byte-order mark changes nothing.
            for bytes in [example.bytes, [0xEF, 0xBB, 0xBF] + example.bytes] {
                let reading = try RegistrationImport.parse(bytes: bytes, fileName: example.place)
                #expect(!reading.rows.isEmpty, "\(example.place): no row read")
                #expect(reading.ignoredColumns.isEmpty, "\(example.place): columns ignored: \(reading.ignoredColumns)")
                var count = 0
                let plan = RegistrationImport.plan(reading, catalogue: catalogue, existing: stored,
                                                   now: Moment.startOf(CalendarDate(year: 2027, month: 3, day: 5)!, utcOffset: 3600)) {
                    count += 1
                    return "documented-\(count)"
                }
                #expect(plan.added.count == reading.rows.count, "\(example.place): rows left out:\n\(leftOut(plan, example))")
                #expect(plan.refused.isEmpty && plan.duplicates.isEmpty)
            }
        }
    }

    @Test("the CSV export example is what the export writes for the documented store")
    func exportExampleIsTheExport() throws {
        let example = try onlyExample("csv export")
        let catalogue = try documentedCatalogue()
        // The event of its rows: the first column of the line after the header.
        let lines = example.text.split(separator: "\n")
        try #require(lines.count >= 2)
        let eventID = String(lines[1].prefix { $0 != ";" })
        let selected = try documentedRegistrations().filter { $0.eventId == eventID }
        let exported = String(decoding: RegistrationExport.csv(selected, catalogue: catalogue), as: UTF8.self)
        // Shown without the byte-order mark, with LF for CRLF.
        let shown = String(decoding: RegistrationExport.byteOrderMark, as: UTF8.self) + example.text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(exported == shown, "\(example.place) differs from the export")
    }

    @Test("the store, drafts and import examples refer to events of the documented catalogue")
    func examplesReferToTheDocumentedCatalogue() throws {
        let catalogue = try documentedCatalogue()
        for registration in try documentedRegistrations() {
            #expect(catalogue.event(id: registration.eventId) != nil, "no event \(registration.eventId) in the documented catalogue")
        }
        for example in try examples("json drafts") {
            let directory = try ScratchDirectory()
            try directory.write(RegistrationStore.draftsFileName, example.bytes)
            for eventID in try RegistrationStore(directory: directory.path).loadDrafts().keys {
                #expect(catalogue.event(id: eventID) != nil, "\(example.place): no event \(eventID) in the documented catalogue")
            }
        }
    }
}
