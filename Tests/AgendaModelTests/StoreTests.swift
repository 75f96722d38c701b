import AgendaModel
import AgendaWords
import Foundation
import Testing

/// A private scratch directory, removed at the end of the test.
private final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "agenda-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // A test may have made it read-only.
        _ = chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }

    func contents(_ subpath: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + subpath)) ?? []).sorted()
    }
}

/// The permission bits of `path`.
private func mode(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
}

/// Runs `body` with the process's umask set to `mask`, then puts the old one back.
private func withUmask<T>(_ mask: mode_t, _ body: () throws -> T) rethrows -> T {
    let previous = umask(mask)
    defer { umask(previous) }
    return try body()
}

private func bytes(of path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map(Array.init)
}

private func sampleRegistration(id: String = "0b7c0a52-5b51-4f2e-9d0e-3d2c8e5f7a11", email: String = "e.martin@example.org") -> Registration {
    Registration(
        id: id, eventId: "webinaire-covid-2020-05-19", status: .approved,
        createdAt: "2026-11-23T10:15:00+01:00", updatedAt: "2026-11-24T08:00:00+01:00", source: .form,
        participant: Participant(firstName: "Élodie", lastName: "Martin", email: email, phone: "+33 1 23 45 67 89",
                                 organisation: "Ville de Lyon", role: "Chargée de coopération"),
        mode: .online,
        answers: ["first-time": .flag(true), "topics": .choices(["Santé", "Économie"]), "participants": .number(1),
                  "budget": .number(2.5), "ville-jumelle": .text("京都市 (Kyōto)")],
        consent: true, note: "Vu avec la mairie / 市役所",
        history: [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .pending),
                  .init(at: "2026-11-24T08:00:00+01:00", from: .pending, to: .approved, note: "OK")])
}

@Suite("Registration store", .serialized)
struct StoreTests {
    // MARK: Registrations

    @Test("a registration with accents and Japanese text comes back as it was saved")
    func roundTrip() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        let registrations = [sampleRegistration(), sampleRegistration(id: "2", email: "tanaka@example.jp")]
        try store.save(registrations)
        #expect(try store.load() == registrations)
    }

    @Test("a missing file is an empty store, and reading creates nothing")
    func missingFileIsEmpty() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path + "/absent")
        #expect(try store.load().isEmpty)
        #expect(try store.loadDrafts().isEmpty)
        #expect(scratch.contents().isEmpty)
    }

    @Test("the file is the v1 format: schemaVersion, from: null, UTF-8 and slashes as is")
    func fileFormat() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.save([sampleRegistration()])
        let text = String(decoding: try #require(bytes(of: store.registrationsPath)), as: UTF8.self)
        #expect(text.contains(#""schemaVersion" : 1"#))
        #expect(text.contains(#""registrations" : ["#))
        #expect(text.contains(#""from" : null"#))
        #expect(text.contains(#""from" : "pending""#))
        #expect(text.contains("Élodie"))
        #expect(text.contains("Vu avec la mairie / 市役所"))
        #expect(text.contains(#""participants" : 1,"#))
        #expect(text.contains(#""budget" : 2.5"#))
        #expect(!text.contains(#"\/"#))
        // Pretty-printed, keys sorted: stable, readable diffs from one save to the next.
        #expect(text.hasPrefix("{\n  \"registrations\" : [\n"))
        #expect(text.hasSuffix("\n  \"schemaVersion\" : 1\n}\n"))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
    }

    @Test("a registration written by hand in the v1 format is read")
    func readsTheSpecificationExample() throws {
        let scratch = TemporaryDirectory()
        let example = """
        { "schemaVersion": 1, "registrations": [ {
          "id": "0b7c0a52-5b51-4f2e-9d0e-3d2c8e5f7a11", "eventId": "webinaire-covid-2020-05-19", "status": "pending",
          "createdAt": "2026-11-23T10:15:00+01:00", "updatedAt": "2026-11-23T10:15:00+01:00", "source": "form",
          "participant": { "firstName": "Élodie", "lastName": "Martin", "email": "e.martin@example.org",
            "phone": "+33 1 23 45 67 89", "organisation": "Ville de Lyon", "role": "Chargée de coopération" },
          "mode": "online", "answers": { "first-time": true, "topics": ["Santé", "Économie"] }, "consent": true, "note": "",
          "history": [ { "at": "2026-11-23T10:15:00+01:00", "from": null, "to": "pending" } ] } ] }
        """
        try Data(example.utf8).write(to: URL(fileURLWithPath: scratch.path + "/registrations.json"))
        let loaded = try RegistrationStore(directory: scratch.path).load()
        #expect(loaded.count == 1)
        #expect(loaded.first?.answers == ["first-time": .flag(true), "topics": .choices(["Santé", "Économie"])])
        #expect(loaded.first?.history == [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .pending)])
        #expect(loaded.first?.participant.role == "Chargée de coopération")
    }

    @Test("files are 0600 and the directory 0700 whatever the umask", arguments: [mode_t(0o022), mode_t(0o000)])
    func modes(mask: mode_t) throws {
        let scratch = TemporaryDirectory()
        let directory = scratch.path + "/data/agenda"
        let store = RegistrationStore(directory: directory)
        try withUmask(mask) {
            try store.append(sampleRegistration())
            try store.saveDraft(RegistrationDraft(savedAt: "2026-11-23T10:15:00+01:00"), for: "webinaire")
            // A second write of each keeps the first as .bak.
            try store.append(sampleRegistration(id: "2"))
            try store.saveDraft(RegistrationDraft(savedAt: "2026-11-23T10:16:00+01:00"), for: "atelier")
        }
        #expect(mode(directory) == 0o700)
        #expect(mode(scratch.path + "/data") == 0o700)
        #expect(mode(store.registrationsPath) == 0o600)
        #expect(mode(store.draftsPath) == 0o600)
        #expect(mode(store.registrationsPath + ".bak") == 0o600)
        #expect(mode(store.draftsPath + ".bak") == 0o600)
    }

    @Test("a file someone opened up is private again after the next save")
    func saveTightensTheFile() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.save([])
        #expect(chmod(store.registrationsPath, 0o644) == 0)
        try store.save([sampleRegistration()])
        #expect(mode(store.registrationsPath) == 0o600)
    }

    @Test("append adds to what is on the disk")
    func append() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.append(sampleRegistration(id: "1"))
        try store.append(sampleRegistration(id: "2"))
        #expect(try store.load().map(\.id) == ["1", "2"])
    }

    @Test("two writers at once lose nothing")
    func concurrentAppends() throws {
        let scratch = TemporaryDirectory()
        let directory = scratch.path
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            // Each its own store object, as two running instances would have.
            try? RegistrationStore(directory: directory).append(sampleRegistration(id: "\(index)"))
        }
        #expect(try Set(RegistrationStore(directory: directory).load().map(\.id)) == Set((0..<16).map(String.init)))
        #expect(scratch.contents() == ["registrations.json", "registrations.json.bak"])
    }

    @Test("a corrupt registrations.json makes load throw, naming the file and the place, and is never overwritten")
    func corruptFile() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        let original = Array("{\n  \"schemaVersion\": 1,\n  \"registrations\": [ {\"id\": \n".utf8)
        try Data(original).write(to: URL(fileURLWithPath: store.registrationsPath))
        #expect(throws: StoreError.corrupt(path: store.registrationsPath, reason: .syntax(.unexpectedEnd, line: 4, column: 1))) {
            try store.load()
        }
        #expect(throws: StoreError.self) { try store.append(sampleRegistration()) }
        #expect(throws: StoreError.self) { try store.update { $0.removeAll() } }
        #expect(throws: StoreError.self) { try store.save([sampleRegistration()]) }
        #expect(bytes(of: store.registrationsPath) == original)
        #expect(scratch.contents() == ["registrations.json"])
        let message = StoreError.corrupt(path: store.registrationsPath, reason: .syntax(.unexpectedEnd, line: 4, column: 1)).message(.en)
        #expect(message.hasPrefix(store.registrationsPath + ": line 4, column 1: "))
        #expect(message.contains("left unchanged"))
    }

    @Test("an empty file is corrupt, not an empty store")
    func emptyFile() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        _ = FileManager.default.createFile(atPath: store.registrationsPath, contents: Data())
        #expect(throws: StoreError.corrupt(path: store.registrationsPath, reason: .syntax(.emptyDocument, line: 1, column: 1))) {
            try store.load()
        }
    }

    @Test("a wrong field is named with its place in the file")
    func invalidField() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.save([sampleRegistration(), sampleRegistration(id: "2")])
        let text = String(decoding: try #require(bytes(of: store.registrationsPath)), as: UTF8.self)
        let broken = text.replacingOccurrences(of: #""status" : "approved""#, with: #""status" : "maybe""#)
        try Data(broken.utf8).write(to: URL(fileURLWithPath: store.registrationsPath))
        #expect(throws: StoreError.corrupt(path: store.registrationsPath, reason: .invalidField("registrations[0].status", .invalidValue))) {
            try store.load()
        }
        let missing = text.replacingOccurrences(of: #""eventId" : "webinaire-covid-2020-05-19","#, with: "")
        try Data(missing.utf8).write(to: URL(fileURLWithPath: store.registrationsPath))
        #expect(throws: StoreError.corrupt(path: store.registrationsPath, reason: .invalidField("registrations[0].eventId", .missing))) {
            try store.load()
        }
        #expect(StoreError.corrupt(path: "r.json", reason: .invalidField("registrations[0].eventId", .missing)).message(.fr)
            == "r.json\u{202F}: champ registrations[0].eventId manquant. Le fichier n'est pas modifié\u{202F}; corrigez-le ou restaurez une sauvegarde.")
    }

    @Test("a file of another format version is refused as such")
    func otherVersion() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try Data(#"{"schemaVersion": 2, "registrations": [], "more": {}}"#.utf8).write(to: URL(fileURLWithPath: store.registrationsPath))
        #expect(throws: StoreError.corrupt(path: store.registrationsPath, reason: .unsupportedVersion(2))) { try store.load() }
        try Data(#"{"registrations": []}"#.utf8).write(to: URL(fileURLWithPath: store.registrationsPath))
        #expect(throws: StoreError.corrupt(path: store.registrationsPath, reason: .unsupportedVersion(nil))) { try store.load() }
    }

    @Test("a store that is a directory cannot be read")
    func unreadable() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try FileManager.default.createDirectory(atPath: store.registrationsPath, withIntermediateDirectories: false)
        #expect(throws: StoreError.cannotRead(path: store.registrationsPath, errno: EISDIR)) { try store.load() }
    }

    // MARK: Drafts

    @Test("drafts are saved, loaded and removed, one per event")
    func drafts() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        let first = RegistrationDraft(participant: Participant(firstName: "Élodie", email: "e.martin@"), mode: .onsite,
                                      answers: ["topics": .choices(["Santé"]), "personnes": .text("2,5")],
                                      consent: false, savedAt: "2026-11-23T10:15:00+01:00")
        let second = RegistrationDraft(participant: Participant(lastName: "田中"), savedAt: "2026-11-23T11:00:00+01:00")
        try store.saveDraft(first, for: "webinaire")
        try store.saveDraft(second, for: "atelier")
        #expect(try store.loadDrafts() == ["webinaire": first, "atelier": second])

        var changed = first
        changed.consent = true
        try store.saveDraft(changed, for: "webinaire")
        #expect(try store.loadDrafts() == ["webinaire": changed, "atelier": second])

        try store.removeDraft(for: "webinaire")
        #expect(try store.loadDrafts() == ["atelier": second])
        try store.removeDraft(for: "absent")
        #expect(try store.loadDrafts() == ["atelier": second])

        let text = String(decoding: try #require(bytes(of: store.draftsPath)), as: UTF8.self)
        #expect(text.contains(#""schemaVersion" : 1"#))
        #expect(text.contains(#""drafts" : {"#))
        #expect(text.contains("田中"))
        #expect(scratch.contents() == ["drafts.json", "drafts.json.bak"])
    }

    @Test("removing a draft that does not exist writes nothing")
    func removeAbsentDraft() throws {
        let scratch = TemporaryDirectory()
        try RegistrationStore(directory: scratch.path + "/agenda").removeDraft(for: "webinaire")
        #expect(scratch.contents().isEmpty)
    }

    @Test("a corrupt drafts.json is reported and kept")
    func corruptDrafts() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        let original = Array(#"{"schemaVersion": 1, "drafts": []}"#.utf8)
        try Data(original).write(to: URL(fileURLWithPath: store.draftsPath))
        #expect(throws: StoreError.corrupt(path: store.draftsPath, reason: .invalidField("drafts", .wrongType))) { try store.loadDrafts() }
        #expect(throws: StoreError.self) { try store.saveDraft(RegistrationDraft(), for: "webinaire") }
        #expect(bytes(of: store.draftsPath) == original)
    }

    // MARK: Backups

    @Test("each write keeps the file it replaces as .bak, the last good version")
    func backupOfTheLastGoodFile() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.append(sampleRegistration(id: "1"))
        // Nothing to keep the first time.
        #expect(scratch.contents() == ["registrations.json"])
        let first = try #require(bytes(of: store.registrationsPath))
        try store.append(sampleRegistration(id: "2"))
        #expect(bytes(of: store.registrationsPath + ".bak") == first)
        let second = try #require(bytes(of: store.registrationsPath))
        try store.update { $0[0].status = .declined }
        #expect(bytes(of: store.registrationsPath + ".bak") == second)
        #expect(try RegistrationStore(directory: scratch.path).load().map(\.status) == [.declined, .approved])
        // The backup is a store of its own: copied back, it reads.
        let restored = TemporaryDirectory()
        try Data(second).write(to: URL(fileURLWithPath: restored.path + "/registrations.json"))
        #expect(try RegistrationStore(directory: restored.path).load().map(\.id) == ["1", "2"])
        #expect(scratch.contents() == ["registrations.json", "registrations.json.bak"])
    }

    @Test("drafts.json keeps its previous version too")
    func draftsBackup() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.saveDraft(RegistrationDraft(savedAt: "1"), for: "webinaire")
        let first = try #require(bytes(of: store.draftsPath))
        try store.removeDraft(for: "webinaire")
        #expect(bytes(of: store.draftsPath + ".bak") == first)
        #expect(try store.loadDrafts().isEmpty)
    }

    @Test("the backup is a separate file, private even when the store was opened up")
    func backupIsPrivateAndSeparate() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.save([sampleRegistration(id: "1")])
        #expect(chmod(store.registrationsPath, 0o644) == 0)
        try store.save([sampleRegistration(id: "2")])
        #expect(mode(store.registrationsPath + ".bak") == 0o600)
        #expect(mode(store.registrationsPath) == 0o600)
        var current = stat(), backup = stat()
        #expect(stat(store.registrationsPath, &current) == 0 && stat(store.registrationsPath + ".bak", &backup) == 0)
        #expect(current.st_ino != backup.st_ino)
        #expect(backup.st_nlink == 1)
        // A third save replaces the backup atomically and leaves no temporary name.
        try store.save([sampleRegistration(id: "3")])
        #expect(scratch.contents() == ["registrations.json", "registrations.json.bak"])
        let text = String(decoding: try #require(bytes(of: store.registrationsPath + ".bak")), as: UTF8.self)
        #expect(text.contains(#""id" : "2""#))
    }

    @Test("a symbolic link where the store is gets no backup through it")
    func backupDoesNotFollowLinks() throws {
        let scratch = TemporaryDirectory()
        let elsewhere = scratch.path + "/elsewhere.json"
        try Data(#"{"schemaVersion": 1, "registrations": []}"#.utf8).write(to: URL(fileURLWithPath: elsewhere))
        try FileManager.default.createDirectory(atPath: scratch.path + "/data", withIntermediateDirectories: false)
        let store = RegistrationStore(directory: scratch.path + "/data")
        #expect(chmod(elsewhere, 0o640) == 0)
        #expect(symlink(elsewhere, store.registrationsPath) == 0)
        try store.append(sampleRegistration())
        #expect(scratch.contents("data") == ["registrations.json"])
        #expect(mode(elsewhere) == 0o640)
        #expect(bytes(of: elsewhere) == Array(#"{"schemaVersion": 1, "registrations": []}"#.utf8))
    }

    @Test("the temporary files of a killed write are removed by the next write, and only they")
    func leftoversOfAKilledWrite() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        let leftovers = [".registrations.json.tmp-1x2y", ".registrations.json.bak.tmp-3z", ".drafts.json.tmp-9"]
        let kept = [".hidden", ".registrations.json.tmp", "notes.txt"]
        for name in leftovers + kept {
            _ = FileManager.default.createFile(atPath: scratch.path + "/" + name, contents: Data("{".utf8))
        }
        try store.append(sampleRegistration())
        #expect(scratch.contents() == (kept + ["registrations.json"]).sorted())
    }

    // MARK: Atomic writes

    @Test("writing leaves no temporary file behind")
    func noTemporaryFileLeft() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        for index in 0..<5 {
            try store.append(sampleRegistration(id: "\(index)"))
            try store.saveDraft(RegistrationDraft(savedAt: "\(index)"), for: "webinaire")
        }
        #expect(scratch.contents() == ["drafts.json", "drafts.json.bak", "registrations.json", "registrations.json.bak"])
    }

    @Test("a failed write removes its temporary file and leaves the target alone")
    func failedWriteCleansUp() throws {
        let scratch = TemporaryDirectory()
        // A directory where the file should be: the rename fails, even for root.
        let target = scratch.path + "/registrations.json"
        try FileManager.default.createDirectory(atPath: target + "/keep", withIntermediateDirectories: true)
        #expect(throws: StoreError.cannotWrite(path: target, errno: EISDIR)) { try AtomicFile.write(Array("{}".utf8), to: target) }
        #expect(scratch.contents() == ["registrations.json"])
        #expect(scratch.contents("registrations.json") == ["keep"])
    }

    // MARK: Erasure

    @Test("an erasure leaves nothing of the person in the store, its backup or its journal, and keeps what is not personal",
          arguments: [Int.max, 0])
    func erasureLeavesNoTrace(journalThreshold: Int) throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path, journalThreshold: journalThreshold)
        var other = sampleRegistration(id: "autre", email: "j.dupont@example.fr")
        other.participant = Participant(firstName: "Jean", lastName: "Dupont", email: "j.dupont@example.fr", organisation: "Mairie de Lille")
        try store.save([sampleRegistration(), other])
        // A decision more: with the journal on, it is a journal line; either way a backup exists.
        var decided = other
        decided.status = .declined
        try store.upsert([decided])
        // A whole rewrite keeps the file replaced as the backup; the journal holds the change otherwise.
        #expect(FileManager.default.fileExists(atPath: journalThreshold == 0 ? store.journalPath : store.registrationsPath + ".bak"))
        let moment = Moment.startOf(CalendarDate(year: 2026, month: 12, day: 3)!, utcOffset: 3600)
        let erased = try store.erase(id: "0b7c0a52-5b51-4f2e-9d0e-3d2c8e5f7a11", at: moment)
        #expect(erased?.participant.lastName == "Martin")
        for path in [store.registrationsPath, store.registrationsPath + ".bak", store.journalPath, store.erasuresPath] {
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("Martin") && !text.contains("e.martin") && !text.contains("0b7c0a52"), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: store.journalPath))
        #expect(try store.load().map(\.id) == ["autre"])
        #expect(try RegistrationStore(directory: scratch.path).load().map(\.status) == [.declined])
        #expect(try store.loadErasures() == [Erasure(eventId: "webinaire-covid-2020-05-19", at: "2026-12-03T00:00:00+01:00", status: .approved)])
        // Nothing to erase: nothing changes.
        #expect(try store.erase(id: "absent", at: moment) == nil)
        #expect(try store.loadErasures().count == 1)
    }

    @Test("writing into a missing directory says so")
    func missingDirectory() {
        let scratch = TemporaryDirectory()
        let target = scratch.path + "/absent/registrations.json"
        #expect(throws: StoreError.cannotWrite(path: target, errno: ENOENT)) { try AtomicFile.write([], to: target) }
    }

    @Test("a pipe, a device or a directory under the name is never replaced by the rename")
    func notAPlainFile() throws {
        let scratch = TemporaryDirectory()
        let pipe = scratch.path + "/catalogue.json"
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: StoreError.cannotWrite(path: pipe, errno: EINVAL)) { try AtomicFile.write(Array("{}".utf8), to: pipe) }
        var info = stat()
        #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        try FileManager.default.createDirectory(atPath: scratch.path + "/dossier", withIntermediateDirectories: false)
        #expect(throws: StoreError.cannotWrite(path: scratch.path + "/dossier", errno: EISDIR)) {
            try AtomicFile.write([], to: scratch.path + "/dossier")
        }
    }

    @Test("writing into a directory of the kernel that makes no files says so, not that it is missing",
          .enabled(if: geteuid() == 0 && FileManager.default.fileExists(atPath: "/proc/self"), "others are refused /proc by its permissions"))
    func kernelDirectory() {
        #expect(throws: StoreError.directoryTakesNoNewFiles(path: "/proc/x.ics", directory: "/proc")) {
            try AtomicFile.write([], to: "/proc/x.ics")
        }
        #expect(Strings(.en).text(StoreError.directoryTakesNoNewFiles(path: "/proc/x.ics", directory: "/proc"))
                == "/proc/x.ics: cannot be saved: /proc is a system directory that takes no new files. Choose another directory.")
    }

    @Test("writing into a read-only directory throws a clear error and changes nothing",
          .enabled(if: geteuid() != 0, "root ignores permissions"))
    func readOnlyDirectory() throws {
        let scratch = TemporaryDirectory()
        let store = RegistrationStore(directory: scratch.path)
        try store.save([sampleRegistration(id: "1")])
        let before = bytes(of: store.registrationsPath)
        #expect(chmod(scratch.path, 0o500) == 0)
        defer { _ = chmod(scratch.path, 0o700) }
        #expect(throws: StoreError.cannotWrite(path: store.registrationsPath, errno: EACCES)) {
            try AtomicFile.write(Array("{}".utf8), to: store.registrationsPath)
        }
        let error = #expect(throws: StoreError.self) { try store.append(sampleRegistration(id: "2")) }
        #expect(error?.path == store.registrationsPath)
        #expect(error?.message(.en).contains("permission denied") == true)
        #expect(bytes(of: store.registrationsPath) == before)
        #expect(scratch.contents() == ["registrations.json"])
    }

    @Test("store errors name the file, the cause and what to do, in both languages")
    func messages() {
        let full = StoreError.cannotWrite(path: "/d/registrations.json", errno: ENOSPC)
        #expect(full.message(.en) == "/d/registrations.json: cannot be saved (the disk is full). Free some disk space and try again; the previous version of the file is intact.")
        #expect(full.message(.fr) == "/d/registrations.json\u{202F}: enregistrement impossible (le disque est plein). Libérez de la place sur le disque puis réessayez\u{202F}; la version précédente du fichier est intacte.")
        #expect(StoreError.cannotWrite(path: "/d/r.json", errno: EROFS).message(.en).contains("the disk is read-only"))
        #expect(StoreError.cannotWrite(path: "/d/r.json", errno: EROFS).message(.fr).contains("lecture seule"))
        #expect(full.errorNumber == ENOSPC)
        #expect(full.path == "/d/registrations.json")
        #expect(StoreError.cannotCreateDirectory(path: "/d", errno: EACCES).message(.en).contains("--data-dir"))
    }

    // MARK: Data directory

    @Test("the data directory is --data-dir, then $AGENDA_DATA_DIR, then $XDG_DATA_HOME/agenda, then ~/.local/share/agenda")
    func resolveOrder() {
        let all = ["AGENDA_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/elodie"]
        #expect(DataDirectory.resolve(option: "/opt", environment: all) == "/opt")
        #expect(DataDirectory.resolve(option: nil, environment: all) == "/env")
        #expect(DataDirectory.resolve(option: "", environment: all.merging(["AGENDA_DATA_DIR": ""]) { $1 }) == "/xdg/agenda")
        #expect(DataDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/h"]) == "/xdg/agenda")
        #expect(DataDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "", "HOME": "/home/elodie"]) == "/home/elodie/.local/share/agenda")
    }

    @Test("a missing data directory is created with its parents, 0700 whatever the umask", arguments: [mode_t(0o022), mode_t(0o000)])
    func ensureCreates(mask: mode_t) throws {
        let scratch = TemporaryDirectory()
        let directory = scratch.path + "/share/agenda/"
        try withUmask(mask) { try DataDirectory.ensureExists(directory) }
        #expect(mode(scratch.path + "/share/agenda") == 0o700)
        #expect(mode(scratch.path + "/share") == 0o700)
        // Again: nothing to do, no error.
        try DataDirectory.ensureExists(directory)
    }

    @Test("an existing data directory open to others is tightened to 0700")
    func ensureTightens() throws {
        let scratch = TemporaryDirectory()
        let directory = scratch.path + "/agenda"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        #expect(chmod(directory, 0o755) == 0)
        try DataDirectory.ensureExists(directory)
        #expect(mode(directory) == 0o700)
    }

    @Test("a file where the data directory should be is an error")
    func ensureNotADirectory() throws {
        let scratch = TemporaryDirectory()
        let file = scratch.path + "/agenda"
        _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        #expect(throws: StoreError.notADirectory(path: file)) { try DataDirectory.ensureExists(file) }
        #expect(throws: StoreError.notADirectory(path: file)) { try DataDirectory.ensureExists(file + "/sub") }
        #expect(throws: StoreError.notADirectory(path: file)) { try RegistrationStore(directory: file).save([]) }
    }
}
