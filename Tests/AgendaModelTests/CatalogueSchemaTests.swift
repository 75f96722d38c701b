@testable import AgendaModel
import AgendaWords
import Foundation
import Testing

/// `CatalogueSchema` is the one description of the format both readers follow; the reference
/// for users, docs/catalogue.md, must name every member of it.
@Suite struct CatalogueSchemaTests {
    static let objects: [(String, [CatalogueMember])] = [
        ("document", CatalogueSchema.Root.all), ("event", CatalogueSchema.Event.all),
        ("location", CatalogueSchema.Location.all), ("programme slot", CatalogueSchema.Slot.all),
        ("contact", CatalogueSchema.Contact.all), ("document link", CatalogueSchema.Document.all),
        ("registration", CatalogueSchema.Registration.all), ("question", CatalogueSchema.Question.all),
    ]

    @Test("docs/catalogue.md names every member of the schema")
    func theReferenceNamesEveryMember() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let reference = try String(contentsOf: root.appendingPathComponent("docs/catalogue.md"), encoding: .utf8)
        for (object, members) in Self.objects {
            for member in members {
                #expect(reference.contains("`\(member.key)`"), "docs/catalogue.md: the \(object)'s \(member.key)")
            }
        }
    }

    @Test("each required member of an event, left out, is a missing-field error on both readers")
    func requiredMembersAreRequired() throws {
        let event = #"{"id": "a", "title": "Atelier", "kind": "workshop", "start": "2026-12-01"}"#
        for member in CatalogueSchema.Event.all where member.required {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
            object[member.key] = nil
            let events = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            let bytes = Array(#"{"schemaVersion": 1, "events": [\#(events)]}"#.utf8)
            let reading = CatalogueDecoder.read(bytes)
            #expect(reading.catalogue == nil, "\(member.key)")
            #expect(reading.problems.contains { $0.issue == .missingField && $0.field?.hasSuffix(member.key) == true }, "\(member.key)")
        }
    }
}
