import Foundation
import Testing
@testable import AgendaModel

@Suite struct StoreCacheTests {
    static func registration(_ index: Int) -> Registration {
        Registration(id: "id-\(index)", eventId: "e", status: .pending, createdAt: "2026-11-23T10:15:00+01:00",
                     updatedAt: "2026-11-23T10:15:00+01:00", source: .form,
                     participant: Participant(firstName: "Élodie \(index)", lastName: "山田", email: "e\(index)@example.org",
                                              phone: index % 2 == 0 ? "+33 1 23 45 67 89" : nil, organisation: "Ville de Lyon / Métropole"),
                     mode: .online, answers: ["topics": .choices(["Santé", "Économie"]), "first": .flag(true), "n": .number(2.5)],
                     consent: true, note: "ligne 1\nligne \"2\"", history: [.init(at: "2026-11-23T10:15:00+01:00", from: nil, to: .pending)])
    }

    func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func encodingPieceByPieceGivesTheSameBytesAsTheWholeFile() {
        var cache = StoreCache()
        var registrations = (0..<5).map(Self.registration)
        let whole = { RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: 1, registrations: registrations)) }
        #expect(cache.encodeFile(registrations) == whole())
        registrations[2].status = .approved
        registrations[2].history.append(.init(at: "2026-11-24T09:00:00+01:00", from: .pending, to: .approved))
        #expect(cache.encodeFile(registrations) == whole())
        registrations.remove(at: 0)
        #expect(cache.encodeFile(registrations) == whole())
        #expect(cache.encodeFile([]) == RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: 1, registrations: [])))
    }

    @Test func encodingManyInChunksGivesTheSameBytesAsTheWholeFile() {
        var cache = StoreCache()
        var registrations = (0..<3_000).map(Self.registration)
        let whole = { RegistrationStore.encode(RegistrationStore.RegistrationsFile(schemaVersion: 1, registrations: registrations)) }
        #expect(cache.encodeFile(registrations) == whole())
        #expect(cache.encodeFile(registrations) == whole())  // the same array again
        registrations[2_999].note = "modifiée"
        registrations[0].status = .declined
        registrations.append(contentsOf: (5_000..<5_400).map(Self.registration))
        #expect(cache.encodeFile(registrations) == whole())
        registrations.swapAt(10, 2_000)
        registrations.remove(at: 1_500)
        #expect(cache.encodeFile(registrations) == whole())
    }

    @Test func aWriteByAnotherInstanceIsSeen() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let mine = RegistrationStore(directory: directory)
        let theirs = RegistrationStore(directory: directory)
        try mine.append(Self.registration(1))
        #expect(try mine.load().count == 1)
        try theirs.append(Self.registration(2))
        #expect(try mine.load().map(\.id) == ["id-1", "id-2"])
        try mine.update { $0[0].note = "vu" }
        #expect(try theirs.load().map(\.note) == ["vu", Self.registration(2).note])
    }
}
