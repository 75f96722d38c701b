import Foundation

/// Folds text for searching the way a French reader expects: case, accents and punctuation do
/// not matter ("elue" finds "Élue", "covid 19" finds "COVID-19", "coeur" finds "cœur").
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        foldLatin(text) ?? foldAnyScript(text)
    }

    /// What each scalar of the Latin blocks and of the general punctuation folds to, found by
    /// asking `foldAnyScript` once for each: Foundation's folding costs microseconds a string,
    /// and a national catalogue has a hundred thousand events to fold.
    private static let latinTable: [UInt16: LatinFolding] = {
        var table: [UInt16: LatinFolding] = [:]
        for value in Array(0x80...0x24F) + Array(0x2000...0x206F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Between two letters, to see whether it separates words, vanishes or folds to letters.
            let folded = foldAnyScript("a" + String(scalar) + "a")
            guard folded.hasPrefix("a"), folded.hasSuffix("a"), folded.count >= 2 else { continue }
            let middle = String(folded.dropFirst().dropLast())
            if middle == " " {
                table[UInt16(value)] = .separator
            } else if middle.isEmpty {
                table[UInt16(value)] = .nothing
            } else if !middle.hasPrefix(" "), !middle.hasSuffix(" ") {
                table[UInt16(value)] = .letters(middle)
            }
        }
        return table
    }()

    private enum LatinFolding {
        case separator, nothing, letters(String)
    }

    /// The fold of text whose every scalar is ASCII or in `latinTable`; nil for other text.
    static func foldLatin(_ text: String) -> String? {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
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
            guard value <= 0xFFFF, let folding = latinTable[UInt16(value)] else { return nil }
            switch folding {
            case .separator: pendingSpace = true
            case .nothing: break
            case .letters(let letters):
                appendPendingSpace(&folded, &pendingSpace)
                folded += letters
            }
        }
        return folded
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
