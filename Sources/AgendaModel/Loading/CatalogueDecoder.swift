
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
/// A well-formed file takes the fast path: the events are delimited first, then each is parsed
/// and read on its own, on every core, so that no tree of the whole file is ever held. A file
/// with a syntax error takes the plain path, one parse of the whole document, which finds the
/// same first error at the same place; the rules are the same code on both paths.
public enum CatalogueDecoder {
    public static func read(_ bytes: [UInt8], progress: LoadingProgress? = nil) -> CatalogueReading {
        read(bytes, fastPath: true, progress: progress)
    }

    /// `fastPath: false` reads the plain way only: the tests compare both paths.
    static func read(_ bytes: [UInt8], fastPath: Bool, progress: LoadingProgress? = nil) -> CatalogueReading {
        let source = SourceText(bytes: bytes)
        var problems = ProblemCollector()
        var catalogue: Catalogue?
        var fastPathHeld = false
        if fastPath, let (root, deferred) = try? JSONParser.parse(bytes, deferringElementsOf: "events") {
            do {
                catalogue = try readCatalogue(root, problems, deferred: deferred.map { (bytes, $0) }, progress: progress)
                fastPathHeld = true
            } catch {}
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
            catalogue = try? readCatalogue(root, problems, deferred: nil, progress: nil)
        }
        let sorted = problems.problems.sorted { ($0.offset ?? 0) < ($1.offset ?? 0) }
        // The text is kept only to place problems: a clean 100 MB catalogue lets it go.
        return CatalogueReading(catalogue: problems.hasErrors ? nil : catalogue, problems: sorted,
                                source: sorted.isEmpty ? SourceText(bytes: []) : source)
    }

    /// An element of `events` that could not be parsed on its own: read the file the plain way.
    private struct SyntaxFound: Error {}

    /// `deferred`: the byte ranges of the events, from `JSONParser.parse(_:deferringElementsOf:)`.
    private static func readCatalogue(_ root: JSONValue, _ problems: ProblemCollector,
                                      deferred: (bytes: [UInt8], ranges: [Range<Int>])?,
                                      progress: LoadingProgress?) throws(SyntaxFound) -> Catalogue? {
        guard case .object = root.content else {
            problems.add(CatalogueProblem(.error, .topLevelNotObject(found: root.typeName), offset: root.offset))
            return nil
        }
        guard let document = FieldReader(root, path: "", eventID: nil, problems: problems) else { return nil }
        if let version = document.count("schemaVersion", required: true), !(1...Catalogue.supportedSchemaVersion).contains(version) {
            document.report(.unsupportedSchemaVersion(version), at: document.object["schemaVersion"]!.offset, field: "schemaVersion")
            // Reading the rest of a newer format would only add confusing problems.
            return nil
        }
        let publisher = document.string("publisher")
        let elements = document.array("events", required: true) ?? []
        let decoded: [DecodedElement]
        if let deferred {
            guard let parallel = decodeInParallel(deferred.bytes, deferred.ranges, problems, progress) else { throw SyntaxFound() }
            decoded = parallel
        } else {
            decoded = elements.enumerated().map { position, element in DecodedElement(element, position: position, problems) }
        }
        var events: [Event] = []
        events.reserveCapacity(decoded.count)
        var firstOffsetByID: [String: Int] = [:]
        firstOffsetByID.reserveCapacity(decoded.count)
        for element in decoded {
            // An event with other problems still claims its id, so that a repetition is reported too.
            guard let id = element.id else { continue }
            if let first = firstOffsetByID[id] {
                problems.add(CatalogueProblem(.error, .duplicateIdentifier(id, firstOffset: first),
                                              offset: element.offset, eventID: id, field: "id"))
                continue
            }
            firstOffsetByID[id] = element.offset
            if let event = element.event { events.append(event) }
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

    /// Large enough for the string pool of each to share much, small enough to share the work.
    private static let chunkSize = 2048

    /// Parses and reads the events by chunks on every core; nil when one does not parse.
    private static func decodeInParallel(_ bytes: [UInt8], _ ranges: [Range<Int>],
                                         _ problems: ProblemCollector, _ progress: LoadingProgress?) -> [DecodedElement]? {
        progress?.start(total: ranges.count)
        let chunks = bytes.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            return ParallelChunks.map(count: ranges.count, chunkSize: chunkSize) { positions -> DecodedChunk? in
                defer { progress?.advance(by: positions.count) }
                let collector = ProblemCollector()
                let pool = StringPool()
                var decoded: [DecodedElement] = []
                decoded.reserveCapacity(positions.count)
                for position in positions {
                    let range = ranges[position]
                    if let event = FastEventReader.read(buffer, range, pool: pool) {
                        decoded.append(DecodedElement(event: event, id: event.id, offset: range.lowerBound))
                        continue
                    }
                    // Something to report: the plain reader says what.
                    guard let element = try? JSONParser.parse(bytes, element: range) else { return nil }
                    decoded.append(DecodedElement(element, position: position, collector))
                }
                return DecodedChunk(decoded: decoded, problems: collector.problems)
            }
        }
        var all: [DecodedElement] = []
        all.reserveCapacity(ranges.count)
        for chunk in chunks {
            guard let chunk else { return nil }
            all.append(contentsOf: chunk.decoded)
            problems.add(contentsOf: chunk.problems)
        }
        return all
    }

    private struct DecodedChunk: Sendable {
        let decoded: [DecodedElement]
        let problems: [CatalogueProblem]
    }
}
