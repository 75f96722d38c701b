import Foundation
import Testing

/// The repository's sample files.
private let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("sample-data")
private let catalogue = sampleData.appendingPathComponent("catalogue.json").path
private let inscriptions = sampleData.appendingPathComponent("inscriptions.csv").path

private func bytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map(Array.init)
}

private func mode(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
}

/// Runs `agenda arguments…` from a shell that first sets `umask mask`, as a user's login may.
private func runWithUmask(_ mask: String, _ arguments: [String]) throws -> AgendaProcess.Result {
    let quoted = ([AgendaProcess.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "umask \(mask) && exec " + quoted.joined(separator: " ")]
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return AgendaProcess.Result(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                                stderr: String(decoding: errorData, as: UTF8.self))
}

@Suite struct StoreProtectionTests {
    /// The interface refuses to start on such a store; the commands that write must refuse too,
    /// and leave the file exactly as it was, for the coordinator to repair.
    @Test(arguments: [
        "{\n  \"schemaVersion\": 1,\n  \"registrations\": [ {\"id\": \n",             // cut short
        "{\"schemaVersion\": 2, \"registrations\": []}",                                 // a newer format
        "{\"schemaVersion\": 1, \"registrations\": [{\"id\": \"1\"}]}",                    // a field missing
        "",                                                                              // empty
    ])
    func aCorruptStoreIsNeverOverwrittenByAnImport(content: String) throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        let store = data + "/registrations.json"
        try Data(content.utf8).write(to: URL(fileURLWithPath: store))
        let before = try #require(bytes(store))

        let result = try AgendaProcess.run(["registrations", "import", inscriptions, "--catalogue", catalogue, "--data-dir", data])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("agenda: \(store)"))
        #expect(result.stderr.contains("The file is left unchanged"))
        #expect(bytes(store) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == ["registrations.json"])

        // Nor by the other commands, which only read it.
        for arguments in [["registrations", "list"], ["registrations", "export", "--format", "csv"]] {
            let other = try AgendaProcess.run(arguments + ["--data-dir", data])
            #expect(other.status == 65)
        }
        #expect(bytes(store) == before)
    }

    @Test func storeFilesBackupsAndExportsArePrivateWhateverTheUmask() throws {
        let scratch = try ScratchDirectory()
        let data = scratch.url.appendingPathComponent("share/agenda").path
        let first = try runWithUmask("000", ["registrations", "import", inscriptions, "--catalogue", catalogue, "--data-dir", data])
        #expect(first.status == 0)
        // A second file: the store is replaced and the first version kept as .bak.
        let more = try scratch.write("more.csv", "firstName;lastName;email;organisation;eventId\n"
            + "Zoé;Lambert;zoe@example.org;Ville de Lyon;formation-montage-projet-2027-01-14\n")
        let second = try runWithUmask("000", ["registrations", "import", more, "--catalogue", catalogue, "--data-dir", data])
        #expect(second.status == 0)
        let export = scratch.url.appendingPathComponent("export.csv").path
        let exported = try runWithUmask("000", ["registrations", "export", "--format", "csv", "-o", export, "--data-dir", data])
        #expect(exported.status == 0)
        let json = scratch.url.appendingPathComponent("export.json").path
        #expect(try runWithUmask("000", ["registrations", "export", "--format", "json", "-o", json, "--data-dir", data]).status == 0)

        #expect(mode(data) == 0o700)
        #expect(mode(scratch.url.appendingPathComponent("share").path) == 0o700)
        #expect(mode(data + "/registrations.json") == 0o600)
        #expect(mode(data + "/registrations.json.bak") == 0o600)
        #expect(mode(export) == 0o600)
        #expect(mode(json) == 0o600)
        // The export is not a store: no backup is made beside it.
        #expect(!FileManager.default.fileExists(atPath: export + ".bak"))
        let again = try runWithUmask("000", ["registrations", "export", "--format", "csv", "-o", export, "--data-dir", data])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: export + ".bak"))
        #expect(mode(export) == 0o600)
    }
}
