import Foundation

/// Folds text for searching the way a French reader expects: case, accents and punctuation do
/// not matter ("elue" finds "Élue", "covid 19" finds "COVID-19", "coeur" finds "cœur").
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        var folded: [UInt8] = []
        var pendingSpace = false
        appendFolded(text, to: &folded, pendingSpace: &pendingSpace)
        return String(decoding: folded, as: UTF8.self)
    }

    /// Appends the fold of `text` to `output`, a space first when `pendingSpace` and `output` is
    /// not empty; `pendingSpace` is left true when `text` ends with a separator. Folding parts
    /// one after another with `pendingSpace = true` between them gives the fold of the parts
    /// joined by a separator.
    public static func appendFolded(_ text: String, to output: inout [UInt8], pendingSpace: inout Bool) {
        var text = text
        let handled = text.withUTF8 { utf8 in appendLatin(utf8, to: &output, pendingSpace: &pendingSpace) }
        guard !handled else { return }
        let folded = foldAnyScript(text)
        if !folded.isEmpty {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            output.append(contentsOf: folded.utf8)
            pendingSpace = false
        }
        // A text ending with a separator leaves one pending, as it would in the joined text.
        if let last = text.unicodeScalars.last, !(last.properties.isAlphabetic || last.properties.numericType != nil) {
            pendingSpace = true
        }
    }

    /// What each scalar of the Latin blocks and of the general punctuation folds to, found by
    /// asking `foldAnyScript` once for each: Foundation's folding costs microseconds a string,
    /// and a national catalogue has a hundred thousand events to fold. Nil: not handled here;
    /// `[0x20]`: a separator; `[]`: nothing.
    private static let latinTable: [[UInt8]?] = {
        latinRanges.flatMap { $0 }.map { value -> [UInt8]? in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            // Between two letters, to see whether it separates words, vanishes or folds to letters.
            let folded = foldAnyScript("a" + String(scalar) + "a")
            guard folded.hasPrefix("a"), folded.hasSuffix("a"), folded.count >= 2 else { return nil }
            let middle = String(folded.dropFirst().dropLast())
            if middle == " " || middle.isEmpty { return Array(middle.utf8) }
            return middle.hasPrefix(" ") || middle.hasSuffix(" ") ? nil : Array(middle.utf8)
        }
    }()

    private static let latinRanges = [0x80...0x24F, 0x2000...0x206F]

    private static func latinEntry(_ value: UInt32) -> [UInt8]? {
        var offset = 0
        for range in latinRanges {
            if range.contains(Int(value)) { return latinTable[offset + Int(value) - range.lowerBound] }
            offset += range.count
        }
        return nil
    }

    /// The fold of UTF-8 text whose every scalar is ASCII or in `latinTable`, appended; false
    /// (and `output` as it was) for other text.
    private static func appendLatin(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], pendingSpace: inout Bool) -> Bool {
        let originalCount = output.count
        let originalPending = pendingSpace
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace, !output.isEmpty { output.append(0x20) }
                    pendingSpace = false
                    output.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingSpace, !output.isEmpty { output.append(0x20) }
                    pendingSpace = false
                    output.append(byte)
                default:
                    pendingSpace = true
                }
                continue
            }
            // Valid UTF-8 (it comes from a String): two or three bytes for the scalars handled.
            var value: UInt32
            if byte & 0xE0 == 0xC0, index + 1 < utf8.count {
                value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if byte & 0xF0 == 0xE0, index + 2 < utf8.count {
                value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                value = 0
            }
            guard value != 0, let entry = latinEntry(value) else {
                output.removeSubrange(originalCount...)
                pendingSpace = originalPending
                return false
            }
            if entry == [0x20] {
                pendingSpace = true
            } else if !entry.isEmpty {
                if pendingSpace, !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: entry)
            }
        }
        return true
    }

    /// Folds text in any script, through Foundation.
    static func foldAnyScript(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // ASCII needs no Foundation folding; most catalogue text is mostly ASCII.
        let needsFoundation = text.utf8.contains { $0 >= 0x80 }
        let base = needsFoundation
            ? text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            : text
        for scalar in base.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    appendPendingSpace(&folded, &pendingSpace)
                    folded.unicodeScalars.append(Unicode.Scalar(byte + 32))
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    appendPendingSpace(&folded, &pendingSpace)
                    folded.unicodeScalars.append(scalar)
                default:
                    pendingSpace = true
                }
                continue
            }
            switch value {
            case 0x0153, 0x0152: appendPendingSpace(&folded, &pendingSpace); folded += "oe"  // œ Œ
            case 0x00E6, 0x00C6: appendPendingSpace(&folded, &pendingSpace); folded += "ae"  // æ Æ
            case 0x00DF: appendPendingSpace(&folded, &pendingSpace); folded += "ss"          // ß
            default:
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType != nil {
                    appendPendingSpace(&folded, &pendingSpace)
                    folded += properties.lowercaseMapping
                } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
                            || properties.generalCategory == .enclosingMark {
                    // Marks the folding left (in scripts it does not decompose) belong to the letter.
                    folded.unicodeScalars.append(scalar)
                } else {
                    pendingSpace = true
                }
            }
        }
        return folded
    }

    private static func appendPendingSpace(_ folded: inout String, _ pending: inout Bool) {
        if pending, !folded.isEmpty { folded.unicodeScalars.append(" ") }
        pending = false
    }

    /// The words of a query, folded. Each must appear in the text for it to match.
    public static func queryWords(_ query: String) -> [String] {
        fold(query).split(separator: " ").map(String.init)
    }
}
