/// The bytes of a catalogue whose events were skimmed, kept for the fields each event reads
/// from them when first asked for; freed when the last event has read its own.
final class CatalogueText: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The whole event at `range`, which a skim accepted.
    func event(at range: Range<Int>, pool: StringPool?) -> Event? {
        if let whole = bytes.withUnsafeBufferPointer({ FastEventReader.read($0, range, pool: pool) }) { return whole }
        // Unreachable while skimming and reading check the same rules (the tests hold them to
        // it); the plain reader is the fallback rather than the program stopping.
        guard let element = try? JSONParser.parse(bytes, element: range) else { return nil }
        return EventReader.read(element, position: 0, problems: ProblemCollector())
    }
}
