import Foundation

/// The outcome of reading a catalogue: the catalogue when it has no error, and every problem
/// (errors and warnings) in file order.
public struct CatalogueReading: Sendable {
    public let catalogue: Catalogue?
    public let problems: [CatalogueProblem]
    public let source: SourceText

    public var errors: [CatalogueProblem] { problems.filter(\.isError) }
    public var warnings: [CatalogueProblem] { problems.filter { !$0.isError } }
}

/// Turns catalogue bytes into a `Catalogue`, checking every rule of the format.
///
/// A well-formed file takes the fast path: the events are found and skimmed on every core in
/// one pass (`EventScan`), so that no tree of the whole file is ever held, and each event reads
/// the rest of itself from the kept bytes when first asked. An event with something to report
/// is parsed and read by the plain reader, which says what. A file with a syntax error takes
/// the plain path, one parse of the whole document, which finds the same first error at the
/// same place; the rules are the same code on both paths.
public enum CatalogueDecoder {
    public static func read(_ bytes: [UInt8], progress: LoadingProgress? = nil) -> CatalogueReading {
        read(bytes, fastPath: true, progress: progress)
    }

    /// `fastPath: false` reads the plain way only: the tests compare both paths. `smallestRegion`:
    /// see `EventScan`.
    static func read(_ bytes: [UInt8], fastPath: Bool, smallestRegion: Int = EventScan.smallestRegion,
                     progress: LoadingProgress? = nil) -> CatalogueReading {
        let source = SourceText(bytes: bytes)
        var problems = ProblemCollector()
        var catalogue: Catalogue?
        var fastPathHeld = false
        if fastPath {
            let text = CatalogueText(bytes)
            var scanned: [EventScan.Element]?
            let regions = ProcessInfo.processInfo.activeProcessorCount * 8
            let root = try? JSONParser.parse(bytes, handingOver: "events") { open in
                let scan = EventScan.scan(text, arrayAt: open, regions: regions, smallestRegion: smallestRegion, progress: progress)
                scanned = scan?.elements
                return scan?.end
            }
            if let root {
                do {
                    catalogue = try readCatalogue(root, problems, scanned: scanned.map { (bytes, $0) })
                    fastPathHeld = true
                } catch {}
            }
        }
        if !fastPathHeld {
            problems = ProblemCollector()
            let root: JSONValue
            do {
                root = try JSONParser.parse(bytes)
            } catch {
                problems.add(CatalogueProblem(.error, .syntax(error.reason), offset: error.offset))
                return CatalogueReading(catalogue: nil, problems: problems.problems, source: source)
            }
            // Parsed whole, every element is at hand: nothing can fail any more.
            catalogue = try? readCatalogue(root, problems, scanned: nil)
        }
        let sorted = problems.problems.sorted { ($0.offset ?? 0) < ($1.offset ?? 0) }
        // The text is kept only to place problems: a clean 100 MB catalogue lets it go.
        return CatalogueReading(catalogue: problems.hasErrors ? nil : catalogue, problems: sorted,
                                source: sorted.isEmpty ? SourceText(bytes: []) : source)
    }

    /// An element of `events` that could not be parsed on its own: read the file the plain way.
    private struct SyntaxFound: Error {}

    /// `scanned`: the events, from `EventScan`, when the root was parsed without them.
    private static func readCatalogue(_ root: JSONValue, _ problems: ProblemCollector,
                                      scanned: (bytes: [UInt8], elements: [EventScan.Element])?) throws(SyntaxFound) -> Catalogue? {
        guard case .object = root.content else {
            problems.add(CatalogueProblem(.error, .topLevelNotObject(found: root.typeName), offset: root.offset))
            return nil
        }
        guard let document = FieldReader(root, path: "", eventID: nil, problems: problems) else { return nil }
        if let version = document.count(CatalogueSchema.Root.schemaVersion), !(1...Catalogue.supportedSchemaVersion).contains(version) {
            document.report(.unsupportedSchemaVersion(version), at: document.value(CatalogueSchema.Root.schemaVersion)!.offset, field: "schemaVersion")
            // Reading the rest of a newer format would only add confusing problems.
            return nil
        }
        let publisher = document.string(CatalogueSchema.Root.publisher)
        let elements = document.array(CatalogueSchema.Root.events) ?? []
        var events: [Event] = []
        var firstOffsetByID = IdentifierTable(capacity: scanned?.elements.count ?? elements.count)
        // An event with other problems still claims its id, so that a repetition is reported too.
        func claim(_ element: DecodedElement, idHash: UInt64? = nil) {
            guard let id = element.id else { return }
            if let first = firstOffsetByID.insert(id, hash: idHash, offset: element.offset) {
                problems.add(CatalogueProblem(.error, .duplicateIdentifier(id, firstOffset: first),
                                              offset: element.offset, eventID: id, field: "id"))
                return
            }
            if let event = element.event { events.append(event) }
        }
        if let scanned {
            guard let plain = readPlain(scanned.bytes, scanned.elements, problems) else { throw SyntaxFound() }
            events.reserveCapacity(scanned.elements.count)
            for (position, element) in scanned.elements.enumerated() {
                if let event = element.event {
                    claim(DecodedElement(event: event, id: event.id, offset: element.range.lowerBound), idHash: element.idHash)
                } else {
                    claim(plain[position]!)
                }
            }
        } else {
            events.reserveCapacity(elements.count)
            for (position, element) in elements.enumerated() { claim(DecodedElement(element, position: position, problems)) }
        }
        return Catalogue(publisher: publisher, events: events)
    }

    /// One element of `events`, read.
    private struct DecodedElement: Sendable {
        let event: Event?
        let id: String?
        let offset: Int

        init(event: Event, id: String, offset: Int) {
            self.event = event
            self.id = id
            self.offset = offset
        }

        init(_ element: JSONValue, position: Int, _ problems: ProblemCollector) {
            event = EventReader.read(element, position: position, problems: problems)
            id = event?.id ?? EventReader.identifier(of: element)
            offset = element.offset
        }
    }

    /// The scanned events the skim left to the plain reader, read on every core, by position;
    /// nil when one does not parse.
    private static func readPlain(_ bytes: [UInt8], _ elements: [EventScan.Element],
                                  _ problems: ProblemCollector) -> [Int: DecodedElement]? {
        let plain = elements.indices.filter { elements[$0].event == nil }
        let chunks = ParallelChunks.map(count: plain.count, chunkSize: 256) { chunk -> DecodedChunk? in
            let collector = ProblemCollector()
            var read: [(position: Int, element: DecodedElement)] = []
            for position in chunk.map({ plain[$0] }) {
                guard let element = try? JSONParser.parse(bytes, element: elements[position].range) else { return nil }
                read.append((position, DecodedElement(element, position: position, collector)))
            }
            return DecodedChunk(decoded: read, problems: collector.problems)
        }
        var decoded: [Int: DecodedElement] = [:]
        for chunk in chunks {
            guard let chunk else { return nil }
            for (position, element) in chunk.decoded { decoded[position] = element }
            problems.add(contentsOf: chunk.problems)
        }
        return decoded
    }

    private struct DecodedChunk: Sendable {
        let decoded: [(position: Int, element: DecodedElement)]
        let problems: [CatalogueProblem]
    }
}
