import AgendaModel
import Foundation
import Testing

/// The workbook as LibreOffice Calc reads it (Debian's libreoffice-calc-nogui, which .ci/run
/// installs): converted to CSV by `soffice --headless`, which writes each cell as Calc shows
/// it. A formula would show its result there, a number would lose its leading zero.
@Suite(.tags(.slow)) struct WorkbookLibreOfficeTests {
    @Test func calcReadsTextAsTextAndDatesAsDates() throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        // Family names in the order of the rows: the export sorts by them.
        func registration(_ id: String, _ firstName: String, phone: String, organisation: String, note: String = "") -> Registration {
            let lastName = ["a": "Martin", "b": "Nakamura", "c": "Petit"][id] ?? "Martin"
            return Registration(id: id, eventId: "webinaire-climat-2026-12-08", status: .approved, createdAt: "2026-11-23T10:15:00+01:00",
                         updatedAt: "2026-11-24T08:40:00+01:00", source: .form,
                         participant: Participant(firstName: firstName, lastName: lastName, email: "\(id)@example.org", phone: phone,
                                                  organisation: organisation),
                         consent: true, note: note, history: [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .approved)])
        }
        let registrations = [
            registration("a", "Élodie", phone: "0123456789", organisation: "=1+1"),
            registration("b", "花子", phone: "+33 4 72 10 30 30", organisation: "=HYPERLINK(\"http://evil.example\";\"clic\")"),
            registration("c", "_x0041_", phone: "-1", organisation: "@SUM(1)", note: "bell \u{7} end"),
        ]
        try Data(RegistrationExport.json(registrations)).write(to: URL(fileURLWithPath: data + "/registrations.json"))
        let book = scratch.url.appendingPathComponent("inscriptions.xlsx").path
        let export = try AgendaProcess.run(["registrations", "export", "--format", "xlsx", "-o", book, "--data-dir", data,
                                            "--lang", "fr", "--today", "2026-12-01"])
        #expect(export.status == 0, "\(export.stderr)")

        let lines = try convertedByCalc(book, in: scratch).components(separatedBy: "\n")
        try #require(lines.count >= 4, "\(lines)")
        #expect(fields(lines[0]).prefix(8) == ["Identifiant de l'événement", "Événement", "Statut", "Prénom", "Nom", "E-mail",
                                               "Téléphone", "Collectivité"])
        let first = fields(lines[1]), second = fields(lines[2]), third = fields(lines[3])
        // Calc quotes the cells it holds as text, and only those.
        #expect(lines[1].contains(",\"0123456789\",\"=1+1\","))
        // The phone keeps its zero, the + and - stay, and no apostrophe shows.
        #expect(first[6] == "0123456789")
        #expect(second[6] == "+33 4 72 10 30 30")
        #expect(third[6] == "-1")
        // Formulas are text: their own words, not their results.
        #expect(first[7] == "=1+1")
        #expect(second[7] == "=HYPERLINK(\"http://evil.example\";\"clic\")")
        #expect(third[7] == "@SUM(1)")
        #expect(first[3] == "Élodie" && second[3] == "花子")
        // The format's escapes are read as the text they stand for.
        #expect(third[3] == "_x0041_")
        #expect(third[13] == "bell \u{7} end")
        // Dates are dates, shown in the French format.
        #expect(first[11] == "23/11/2026 10:15" && first[12] == "24/11/2026 08:40")
    }

    /// `soffice --headless --convert-to csv` (UTF-8, `,`, `"`) with a profile of its own in the
    /// scratch directory, so that a user's LibreOffice profile is never read or changed. The
    /// first start sets that profile up, which takes seconds: the CSV is waited for, up to 3 minutes.
    private func convertedByCalc(_ book: String, in scratch: ScratchDirectory) throws -> String {
        let soffice = "/usr/bin/soffice"
        try #require(FileManager.default.isExecutableFile(atPath: soffice),
                     "LibreOffice Calc is needed (apt-get install libreoffice-calc-nogui; .ci/run installs it)")
        let outdir = scratch.url.appendingPathComponent("calc").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://" + scratch.url.appendingPathComponent("profile").path,
                             "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                             "--outdir", outdir, book]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": scratch.url.path, "LANG": "C.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        let log = scratch.url.appendingPathComponent("soffice.log").path
        FileManager.default.createFile(atPath: log, contents: nil)
        let logHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()
        let csv = outdir + "/" + ((book as NSString).lastPathComponent as NSString).deletingPathExtension + ".csv"
        // Once soffice has exited, the CSV may still take a moment to appear (a start that
        // hands the work to another instance): a few seconds more, never a fixed sleep.
        let deadline = Date().addingTimeInterval(180)
        var exited: Date?
        while Date() < deadline {
            if !process.isRunning { exited = exited ?? Date() }
            if let exited, FileManager.default.fileExists(atPath: csv) || Date().timeIntervalSince(exited) > 10 { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try logHandle.close()
        let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        try #require(FileManager.default.fileExists(atPath: csv), "soffice wrote no CSV (exit \(process.terminationStatus)): \(said)")
        return try String(contentsOfFile: csv, encoding: .utf8)
    }

    /// One CSV line's fields (no field of these holds a line break).
    private func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\"" where quoted && characters.first == "\"": field.append("\""); characters.removeFirst()
            case "\"": quoted.toggle()
            case "," where !quoted: fields.append(field); field = ""
            default: field.append(character)
            }
        }
        return fields + [field]
    }
}
