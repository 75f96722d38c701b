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
public enum CatalogueDecoder {
    public static func read(_ bytes: [UInt8]) -> CatalogueReading {
        let source = SourceText(bytes: bytes)
        let problems = ProblemCollector()
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            problems.add(CatalogueProblem(.error, .syntax(error.reason), offset: error.offset))
            return CatalogueReading(catalogue: nil, problems: problems.problems, source: source)
        }
        guard case .object = root.content else {
            problems.add(CatalogueProblem(.error, .topLevelNotObject(found: root.typeName), offset: root.offset))
            return CatalogueReading(catalogue: nil, problems: problems.problems, source: source)
        }
        let catalogue = readCatalogue(root, problems)
        let sorted = problems.problems.sorted { ($0.offset ?? 0) < ($1.offset ?? 0) }
        return CatalogueReading(catalogue: problems.hasErrors ? nil : catalogue, problems: sorted, source: source)
    }

    private static func readCatalogue(_ root: JSONValue, _ problems: ProblemCollector) -> Catalogue? {
        guard let document = FieldReader(root, path: "", eventID: nil, problems: problems) else { return nil }
        if let version = document.count("schemaVersion", required: true), !(1...Catalogue.supportedSchemaVersion).contains(version) {
            document.report(.unsupportedSchemaVersion(version), at: document.object["schemaVersion"]!.offset, field: "schemaVersion")
            // Reading the rest of a newer format would only add confusing problems.
            return nil
        }
        let publisher = document.string("publisher")
        let elements = document.array("events", required: true) ?? []
        var events: [Event] = []
        events.reserveCapacity(elements.count)
        var firstOffsetByID: [String: Int] = [:]
        for (position, element) in elements.enumerated() {
            let event = EventReader.read(element, position: position, problems: problems)
            // An event with other problems still claims its id, so that a repetition is reported too.
            guard let id = event?.id ?? EventReader.identifier(of: element) else { continue }
            if let first = firstOffsetByID[id] {
                problems.add(CatalogueProblem(.error, .duplicateIdentifier(id, firstOffset: first),
                                              offset: element.offset, eventID: id, field: "id"))
                continue
            }
            firstOffsetByID[id] = element.offset
            if let event { events.append(event) }
        }
        return Catalogue(publisher: publisher, events: events)
    }
}
