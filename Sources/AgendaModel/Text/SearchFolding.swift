import Foundation

/// Folds text for searching the way a French reader expects: case, accents and punctuation do
/// not matter ("elue" finds "Élue", "covid 19" finds "COVID-19", "coeur" finds "cœur").
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
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
