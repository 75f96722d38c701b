@testable import AgendaModel
import CatalogueGenerator
import Dispatch
import SampleCatalogue
import Testing

/// A catalogue read on the fast path keeps of each event only what ordering and the first
/// screen need; the rest is read from the kept bytes when first asked for, by whichever thread.
@Suite("Events skimmed, their details read when asked", .tags(.slow))
struct SkimmedEventTests {
    private func fastAndPlain(_ bytes: [UInt8]) throws -> (fast: [Event], plain: [Event]) {
        let fast = try #require(CatalogueDecoder.read(bytes).catalogue?.events)
        let plain = try #require(CatalogueDecoder.read(bytes, fastPath: false).catalogue?.events)
        return (fast, plain)
    }

    @Test("a skimmed event's details are read on first use, and equal the plain reading's")
    func detailsOnFirstUse() throws {
        let (fast, plain) = try fastAndPlain(sampleCatalogueBytes)
        #expect(fast.allSatisfy { $0.detailsPending })
        #expect(plain.allSatisfy { !$0.detailsPending })
        for (skimmed, whole) in zip(fast, plain) {
            #expect(skimmed.id == whole.id && skimmed.title == whole.title && skimmed.start == whole.start)
            #expect(skimmed.detailsPending, "the skimmed fields alone read nothing more")
            #expect(skimmed.description == whole.description)
            #expect(!skimmed.detailsPending)
            #expect(skimmed.registration == whole.registration && skimmed.contacts == whole.contacts)
            #expect(skimmed == whole ? true : false)
        }
    }

    @Test("preparing the indexes reads every event's details on every core")
    func preparedCatalogue() throws {
        let bytes = CatalogueGenerator(eventCount: 5_000).bytes()
        let catalogue = try #require(CatalogueDecoder.read(bytes).catalogue)
        #expect(catalogue.events.allSatisfy { $0.detailsPending })
        catalogue.prepareIndexes()
        #expect(catalogue.events.allSatisfy { !$0.detailsPending })
        let plain = try #require(CatalogueDecoder.read(bytes, fastPath: false).catalogue)
        #expect(catalogue.events == plain.events ? true : false)
    }

    @Test("threads asking for the same events' details at once all get them whole")
    func concurrentReads() throws {
        let bytes = CatalogueGenerator(eventCount: 2_000).bytes()
        let (fast, plain) = try fastAndPlain(bytes)
        let expected = plain.map { [$0.description ?? "", $0.summary ?? "", $0.organisers.joined(separator: "|")] }
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            // Each thread walks the events from a different place, so that they meet.
            for step in fast.indices {
                let position = (step + thread * 250) % fast.count
                let event = fast[position]
                if [event.description ?? "", event.summary ?? "", event.organisers.joined(separator: "|")] != expected[position] {
                    mismatches.withLock { $0 += 1 }
                }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }

    @Test("changing a skimmed event changes that copy only, its details read first")
    func copyOnWrite() throws {
        let (fast, plain) = try fastAndPlain(sampleCatalogueBytes)
        var changed = fast[0]
        let untouched = fast[0]
        changed.summary = "Changé"
        changed.title = "Autre titre"
        #expect(changed.summary == "Changé" && changed.title == "Autre titre")
        #expect(changed.description == plain[0].description, "the other details read before the change")
        #expect(untouched == plain[0] ? true : false)
        #expect(fast[0] == plain[0] ? true : false)
    }
}

import Synchronization
