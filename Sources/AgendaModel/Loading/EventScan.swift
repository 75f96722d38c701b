/// Finds and skims the elements of a catalogue's `events` array on every core at once, in
/// one pass over the bytes.
///
/// Where an element starts cannot be known without reading all that comes before it (a `{`
/// may be inside a string), so the cores guess: the array is cut into regions, each starting
/// at what looks like the start of an element (a comma, the white space seen before the first
/// element, a `{`), and each core reads its regions from there. Then the guesses are checked
/// in order: a region counts only if the region before it stopped exactly where it starts,
/// which is where a reading from the very start would have been. A wrong guess costs only
/// that region, read again after its predecessor; the outcome is always the sequential one.
struct EventScan {
    /// One element of the array: the event when the skim accepted it, else nil, to be read by
    /// the plain reader, which says what is wrong.
    struct Element: Sendable {
        let event: Event?
        let range: Range<Int>
        /// `IdentifierTable.hash` of the event's id, worked out here on every core.
        var idHash: UInt64 = 0
    }

    /// Regions smaller than this are not worth a guess.
    static let smallestRegion = 1 << 20

    /// The elements of the array whose `[` is at `open`, and the position after its `]`; nil
    /// when the array is not plainly well formed (the plain parser then says where).
    /// `smallestRegion`: smaller in the tests, for many guesses in a small catalogue.
    static func scan(_ text: CatalogueText, arrayAt open: Int, regions wanted: Int, smallestRegion: Int = smallestRegion,
                     progress: LoadingProgress?) -> (elements: [Element], end: Int)? {
        text.bytes.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            var first = open + 1
            FastEventReader.skipWhitespace(buffer, &first, end: buffer.count)
            guard first < buffer.count else { return nil }
            if buffer[first] == UInt8(ascii: "]") { return ([], first + 1) }
            progress?.start(total: buffer.count - first)
            let starts = regionStarts(buffer, first: first, open: open, regions: wanted, smallestRegion: smallestRegion)
            let regions = ParallelChunks.map(count: starts.count, chunkSize: 1) { chunk in
                let index = chunk.lowerBound
                let limit = index + 1 < starts.count ? starts[index + 1] : buffer.count
                let region = Region.read(buffer, text, from: starts[index], until: limit)
                progress?.advance(by: limit - starts[index])
                return region
            }
            return joined(regions, starts: starts, buffer, text)
        }
    }

    /// The start of the array's first element, then a guessed start near each cut.
    private static func regionStarts(_ buffer: UnsafeBufferPointer<UInt8>, first: Int, open: Int, regions: Int,
                                     smallestRegion: Int) -> [Int] {
        var starts = [first]
        let length = buffer.count - first
        let count = min(regions, length / smallestRegion)
        guard count > 1 else { return starts }
        // What stands between the elements, as between `[` and the first: ",\n    {" pretty
        // printed, ",\n{" one per line, ",{" on one line (where nested objects may fool a guess).
        let separator = [UInt8(ascii: ",")] + Array(buffer[(open + 1)..<first])
        for cut in 1..<count {
            let from = max(first + cut * length / count, starts.last! + 1)
            let to = first + (cut + 1) * length / count
            if let guess = nextStart(buffer, from: from, to: to, separator: separator) { starts.append(guess) }
        }
        return starts
    }

    /// The first position in `from..<to` of a `{` just after `separator`.
    private static func nextStart(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int, separator: [UInt8]) -> Int? {
        var position = from
        while position + separator.count < min(to, buffer.count) {
            if buffer[position] == UInt8(ascii: ","), buffer[position + separator.count] == UInt8(ascii: "{") {
                var matches = true
                for offset in 1..<separator.count where buffer[position + offset] != separator[offset] {
                    matches = false
                    break
                }
                if matches { return position + separator.count }
            }
            position += 1
        }
        return nil
    }

    /// What one core read from a guessed start.
    /// Where it stopped is one of: `stoppedAt`, `arrayEnd`, or neither when something is not
    /// plainly right (true trouble only if its start was right).
    private struct Region: Sendable {
        var elements: [Element] = []
        /// The first element start at or past its limit.
        var stoppedAt: Int?
        /// After the array's `]`.
        var arrayEnd: Int?

        static func read(_ buffer: UnsafeBufferPointer<UInt8>, _ text: CatalogueText, from start: Int, until limit: Int) -> Region {
            var region = Region()
            var position = start
            while true {
                FastEventReader.skipWhitespace(buffer, &position, end: buffer.count)
                guard position < buffer.count else { return region }
                if position >= limit, position > start {
                    region.stoppedAt = position
                    return region
                }
                let element: Element
                if let (skimmed, end) = FastEventReader.skim(buffer, from: position) {
                    element = Element(event: Event(skimmed: skimmed, detailsIn: text, at: position..<end), range: position..<end,
                                      idHash: IdentifierTable.hash(skimmed.id))
                } else {
                    guard let end = JSONParser.looseEnd(of: buffer, from: position, to: buffer.count), end > position else {
                        return region
                    }
                    element = Element(event: nil, range: position..<end)
                }
                region.elements.append(element)
                position = element.range.upperBound
                FastEventReader.skipWhitespace(buffer, &position, end: buffer.count)
                guard position < buffer.count else { return region }
                switch buffer[position] {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"):
                    region.arrayEnd = position + 1
                    return region
                default: return region
                }
            }
        }
    }

    /// The regions whose guess proved right, in order, and those read again where it did not.
    private static func joined(_ regions: [Region], starts: [Int], _ buffer: UnsafeBufferPointer<UInt8>,
                               _ text: CatalogueText) -> (elements: [Element], end: Int)? {
        var elements: [Element] = []
        elements.reserveCapacity(regions.reduce(0) { $0 + $1.elements.count })
        var region = regions[0]
        var next = 1
        while true {
            elements.append(contentsOf: region.elements)
            if let end = region.arrayEnd { return (elements, end) }
            guard let stop = region.stoppedAt else { return nil }
            while next < regions.count, starts[next] < stop { next += 1 }
            if next < regions.count, starts[next] == stop {
                region = regions[next]
                next += 1
            } else {
                // A wrong guess: read on from where the last good region stopped.
                region = Region.read(buffer, text, from: stop, until: next < regions.count ? starts[next] : buffer.count)
            }
        }
    }
}
