import Foundation
import Testing

/// A catalogue of one training with 2 seats and a waiting list, and one webinar without limits.
private let catalogueJSON = """
{ "schemaVersion": 1, "events": [
  { "id": "formation", "title": "Formation : monter un projet", "kind": "training", "start": "2027-01-20T09:30:00+01:00",
    "registration": { "capacity": 2, "waitlist": true } },
  { "id": "webinaire", "title": "Webinaire", "kind": "webinar", "start": "2027-01-22T10:00:00+01:00" }
] }
"""

/// One registration of the store, as JSON.
private func registration(_ id: String, _ status: String, event: String = "formation", name: String,
                          created: String = "2026-11-23T10:00:00+01:00") -> String {
    """
    { "id": "\(id)", "eventId": "\(event)", "status": "\(status)", "createdAt": "\(created)", "updatedAt": "\(created)",
      "source": "form", "participant": { "firstName": "\(name)", "lastName": "Test", "email": "\(id)@example.org",
      "organisation": "Ville" }, "answers": {}, "consent": true, "note": "",
      "history": [ { "at": "\(created)", "from": null, "to": "\(status)" } ] }
    """
}

private func store(_ registrations: [String]) -> String {
    "{ \"schemaVersion\": 1, \"registrations\": [\n" + registrations.joined(separator: ",\n") + "\n] }\n"
}

/// The sequence of the first trial: Kerjean, Benali and two more, all pending.
private let standard = store([
    registration("aaaa1111-kerjean", "pending", name: "Yann"),
    registration("bbbb2222-benali", "pending", name: "Inès", created: "2026-11-24T10:00:00+01:00"),
    registration("cccc3333-martin", "approved", name: "Élodie"),
    registration("dddd4444-dupont", "waitlisted", name: "Jean", created: "2026-11-25T10:00:00+01:00"),
    registration("eeee5555-sato", "pending", event: "webinaire", name: "Haruto"),
])

private struct Scratch {
    let directory: ScratchDirectory
    let catalogue: String
    var data: String { directory.url.path + "/data" }

    init(_ json: String = standard) throws {
        directory = try ScratchDirectory()
        catalogue = try directory.write("catalogue.json", catalogueJSON)
        try FileManager.default.createDirectory(atPath: directory.url.path + "/data", withIntermediateDirectories: true)
        try Data(json.utf8).write(to: URL(fileURLWithPath: directory.url.path + "/data/registrations.json"))
    }

    func decide(_ arguments: [String]) throws -> AgendaProcess.Result {
        try AgendaProcess.run(["registrations", "decide", "--catalogue", catalogue, "--data-dir", data, "--today", "2026-12-02"]
                              + arguments)
    }

    /// The store as `registrations list --format json` gives it, by id.
    func stored() throws -> [String: [String: Any]] {
        let list = try AgendaProcess.run(["registrations", "list", "--format", "json", "--data-dir", data])
        let object = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        let array = try #require(object?["registrations"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: array.map { ($0["id"] as! String, $0) })
    }

    func status(_ id: String) throws -> String? { try stored()[id]?["status"] as? String }

    func history(_ id: String) throws -> [String] {
        ((try stored()[id]?["history"] as? [[String: Any]]) ?? []).map { $0["to"] as! String }
    }

    /// The bytes of registrations.json, as a hash: a failed comparison of two 2 MB `Data`
    /// would have the test library work out their difference for minutes.
    var storeBytes: Int { ((try? Data(contentsOf: URL(fileURLWithPath: data + "/registrations.json"))) ?? Data()).hashValue }
    var storeSize: Int { ((try? Data(contentsOf: URL(fileURLWithPath: data + "/registrations.json"))) ?? Data()).count }
}

@Suite struct RegistrationsDecideTests {
    @Test func aDecisionIsANewHistoryEntryWithItsNoteAndIsPrinted() throws {
        let scratch = try Scratch()
        let result = try scratch.decide(["aaaa1111-kerjean", "approved", "--note", "Confirmé par téléphone"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Yann Test (aaaa1111): pending → approved\n1 changed.\n")
        let entry = (try scratch.stored()["aaaa1111-kerjean"]?["history"] as? [[String: Any]])?.last
        #expect(entry?["from"] as? String == "pending")
        #expect(entry?["to"] as? String == "approved")
        #expect(entry?["note"] as? String == "Confirmé par téléphone")
        #expect((entry?["at"] as? String)?.hasPrefix("2026-12-02T") == true)
    }

    @Test func inFrenchToo() throws {
        let scratch = try Scratch()
        let result = try AgendaProcess.run(["registrations", "decide", "--catalogue", scratch.catalogue, "--data-dir", scratch.data,
                                            "--lang", "fr", "bbbb", "declined"])
        #expect(result.status == 0)
        #expect(result.stdout == "Inès Test (bbbb2222)\u{202F}: à traiter → refusée\n1 changée.\n")
    }

    @Test func aBeginningOfAnIdIsEnoughWhenOnlyOneIdBeginsSo() throws {
        let scratch = try Scratch(store([registration("abcd-1", "pending", name: "A"), registration("abcd-2", "pending", name: "B"),
                                         registration("abce-3", "pending", name: "C")]))
        let ambiguous = try scratch.decide(["abcd", "declined"])
        #expect(ambiguous.status == 65)
        #expect(ambiguous.stderr.contains("\"abcd\" begins several ids (abcd-1, abcd-2)"))
        let unique = try scratch.decide(["abce", "declined"])
        #expect(unique.status == 0)
        #expect(try scratch.status("abce-3") == "declined")
        // Fewer than four characters is never taken as a beginning.
        #expect(try scratch.decide(["abc", "declined"]).status == 65)
    }

    @Test func anUnknownIdChangesNothingAndExits65() throws {
        let scratch = try Scratch()
        let before = scratch.storeBytes
        let result = try scratch.decide(["aaaa1111-kerjean", "no-such-id", "approved"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("no inscription has the id \"no-such-id\""))
        #expect(result.stderr.contains("nothing changed"))
        #expect(result.stdout.isEmpty)
        #expect(scratch.storeBytes == before, "all or nothing: Kerjean is not approved either")
    }

    @Test func approvingBeyondCapacityIsRefusedUnlessAskedFor() throws {
        let scratch = try Scratch()
        // One seat of two is taken: approving both pending ones would need three.
        let refused = try scratch.decide(["aaaa1111", "bbbb2222", "eeee5555", "approved"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\"Formation : monter un projet\": approving these 2 inscriptions would go beyond its capacity by 1 seat"))
        #expect(refused.stdout.contains("Haruto Test (eeee5555): pending → approved"), "the webinar has no limit")
        #expect(refused.stdout.contains("1 changed, 2 refused (capacity)."))
        #expect(try scratch.status("aaaa1111-kerjean") == "pending")
        let forced = try scratch.decide(["aaaa1111", "bbbb2222", "approved", "--over-capacity"])
        #expect(forced.status == 0)
        #expect(try scratch.status("bbbb2222-benali") == "approved")
    }

    @Test func decliningAnApprovedOnePrintsTheOfferToTheFirstWaitlisted() throws {
        let scratch = try Scratch()
        // Full (2 of 2) first: then a decline frees a seat someone waits for.
        #expect(try scratch.decide(["aaaa1111", "approved"]).status == 0)
        let result = try scratch.decide(["cccc3333", "declined"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("A seat is free at \"Formation : monter un projet\": Jean Test is first on the waiting list. To approve them: agenda registrations decide dddd4444-dupont approved"))
        #expect(try scratch.status("dddd4444-dupont") == "waitlisted", "offered, not decided")
    }

    @Test func decliningWhenSeatsWereFreeOffersNothing() throws {
        let scratch = try Scratch()
        // 1 of 2 approved: the decline frees no seat that anyone lacked.
        let result = try scratch.decide(["cccc3333", "declined"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("seat"), "\(result.stdout)")
    }

    @Test func allPendingOfAnEvent() throws {
        let scratch = try Scratch()
        let result = try scratch.decide(["--event", "formation", "--all-pending", "waitlisted"])
        #expect(result.status == 0)
        #expect(try scratch.status("aaaa1111-kerjean") == "waitlisted")
        #expect(try scratch.status("bbbb2222-benali") == "waitlisted")
        #expect(try scratch.status("eeee5555-sato") == "pending", "another event")
        let again = try scratch.decide(["--event", "formation", "--all-pending", "waitlisted"])
        #expect(again.stdout == "No pending inscription for \"Formation : monter un projet\": nothing to decide.\n")
        #expect(try scratch.decide(["--event", "nowhere", "--all-pending", "declined"]).status == 65)
    }

    @Test func alreadyInTheStatusIsSaidAndIsNoError() throws {
        let scratch = try Scratch()
        let before = scratch.storeBytes
        let result = try scratch.decide(["cccc3333", "approved"])
        #expect(result.status == 0)
        #expect(result.stdout == "Élodie Test (cccc3333): already approved, nothing to do\n0 changed, 1 already so.\n")
        #expect(scratch.storeBytes == before)
    }

    @Test(arguments: [
        ["aaaa1111"],
        ["aaaa1111", "accepted"],
        ["approved"],
        ["aaaa1111", "--event", "formation", "--all-pending", "approved"],
        ["--all-pending", "approved"],
    ])
    func usageMistakesExit64(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let result = try scratch.decide(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }

    @Test func aLargeStoreTakesTheDecisionInItsJournal() throws {
        // Over 2 MB (6 000 of them): decisions are appended to registrations.journal, the big file stays as it is.
        var many = (0..<6_000).map { registration(String(format: "bulk%04d", $0), "pending", event: "webinaire", name: "P\($0)") }
        many.append(registration("aaaa1111-kerjean", "pending", name: "Yann"))
        let scratch = try Scratch(store(many))
        let before = scratch.storeBytes
        #expect(scratch.storeSize > 2 << 20)
        let result = try scratch.decide(["aaaa1111", "approved"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.data + "/registrations.journal"))
        #expect(scratch.storeBytes == before)
        #expect(try scratch.history("aaaa1111-kerjean") == ["pending", "approved"])
        #expect(try scratch.decide(["bulk0007", "declined"]).status == 0)
        #expect(try scratch.status("bulk0007") == "declined")
        #expect(try scratch.status("aaaa1111-kerjean") == "approved")
    }

    @Test func decisionsFromSeveralProcessesAtOnceAreAllKept() throws {
        let ids = (0..<12).map { String(format: "con%05d", $0) }
        let scratch = try Scratch(store(ids.map { registration($0, "pending", event: "webinaire", name: $0) }))
        let statuses = ["approved", "declined", "waitlisted"]
        // Each process decides four, all at once; the lock makes them take turns.
        let group = DispatchGroup()
        nonisolated(unsafe) var results: [Int32] = Array(repeating: -1, count: 3)
        nonisolated(unsafe) let shared = scratch
        for worker in 0..<3 {
            DispatchQueue.global().async(group: group) {
                let chosen = ids.enumerated().filter { $0.offset % 3 == worker }.map(\.element)
                results[worker] = (try? shared.decide(chosen + [statuses[worker]]))?.status ?? -2
            }
        }
        group.wait()
        #expect(results == [0, 0, 0])
        for (position, id) in ids.enumerated() {
            #expect(try scratch.history(id) == ["pending", statuses[position % 3]])
        }
    }
}
