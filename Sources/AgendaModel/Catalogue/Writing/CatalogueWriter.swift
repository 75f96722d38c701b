import Foundation

/// The catalogue's text with some events written anew: every other event, and everything around
/// the events (the publisher, the schema version, members the program does not know, the
/// spacing), keeps its bytes, so that a catalogue kept in git or shared by Syncthing changes by
/// the lines of the events that changed and nothing else.
public enum CatalogueWriter {
    /// What a write changes: events put in place of the one with the same id, else added at the
    /// end, in the order given.
    public struct Edits: Sendable {
        public var events: [Event]

        public init(_ events: [Event]) {
            self.events = events
        }
    }

    /// A new catalogue file holding `events`, in the order given.
    public static func newCatalogue(publisher: String?, events: [Event]) -> [UInt8] {
        var members: [(key: String, value: PrettyJSON)] = [("schemaVersion", .integer(Catalogue.supportedSchemaVersion))]
        if let publisher { members.append(("publisher", .string(publisher))) }
        members.append(("events", .array(events.map(EventJSON.value))))
        return Array((PrettyJSON.object(members).text() + "\n").utf8)
    }

    /// One event's text, as `apply` and `newCatalogue` write it at the top level of `events`.
    public static func eventText(_ event: Event, margin: Int = 4) -> String {
        EventJSON.value(event).text(margin: margin)
    }

    /// `original` with `edits` made, or nil when it is not a JSON object with an `events` array
    /// (a file that does not read as a catalogue is never rewritten).
    public static func apply(_ edits: Edits, to original: [UInt8]) -> [UInt8]? {
        guard let (root, elements) = events(of: original) else { return nil }
        let ranges = elements.map(\.range)
        guard let last = ranges.last else {
            // No event to take the layout from: the file is written anew around the new ones.
            var publisher: String?
            if case .string(let text)? = root["publisher"]?.content { publisher = text }
            return newCatalogue(publisher: publisher, events: edits.events)
        }
        var pending = [String: Int]()
        for (position, event) in edits.events.enumerated() { pending[event.id] = position }
        var output: [UInt8] = []
        output.reserveCapacity(original.count + edits.events.count * 1_024)
        var copied = 0
        for element in elements {
            let range = element.range
            guard let id = element.id ?? eventID(original, range), let position = pending.removeValue(forKey: id) else { continue }
            output += original[copied..<range.lowerBound]
            output += eventText(edits.events[position], margin: margin(original, before: range.lowerBound)).utf8
            copied = range.upperBound
        }
        output += original[copied..<last.upperBound]
        let margin = margin(original, before: last.lowerBound)
        for event in edits.events where pending[event.id] != nil {
            output += ",\n".utf8
            output += String(repeating: " ", count: margin).utf8
            output += eventText(event, margin: margin).utf8
        }
        output += original[last.upperBound...]
        return output
    }

    /// The root object and the elements of its `events` array with their ids, found on every
    /// core as the reader finds them (a 100 MB catalogue in a fraction of a second); nil when
    /// the text is not a JSON object with an `events` array.
    private static func events(of bytes: [UInt8]) -> (JSONObject, [(range: Range<Int>, id: String?)])? {
        let text = CatalogueText(bytes)
        var scanned: [EventScan.Element]?
        let parsed = try? JSONParser.parse(bytes, handingOver: "events") { open in
            let scan = EventScan.scan(text, arrayAt: open, regions: ProcessInfo.processInfo.activeProcessorCount * 8, progress: nil)
            scanned = scan?.elements
            return scan?.end
        }
        if let parsed, case .object(let root) = parsed.content, root["events"] != nil, let scanned {
            return (root, scanned.map { ($0.range, $0.event?.id) })
        }
        // Not plainly well formed for the scan: delimited the plain way.
        guard let plain = try? JSONParser.parse(bytes, deferringElementsOf: "events"),
              case .object(let root) = plain.root.content, root["events"] != nil, let ranges = plain.deferred else { return nil }
        return (root, ranges.map { ($0, nil) })
    }

    /// The id of the event written at `range`: skimmed, else parsed (an event the fast reader
    /// gives up on).
    private static func eventID(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        let skimmed = bytes.withUnsafeBufferPointer { FastEventReader.skim($0, from: range.lowerBound) }
        if let skimmed { return skimmed.event.id }
        guard case .object(let object)? = try? JSONParser.parse(bytes, element: range).content,
              case .string(let id)? = object["id"]?.content else { return nil }
        return id
    }

    /// The spaces before `offset` on its line: the depth the file puts its events at.
    private static func margin(_ bytes: [UInt8], before offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
        return start == 0 || bytes[start - 1] == 0x0A ? offset - start : 4
    }
}
