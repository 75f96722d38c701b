import AgendaModel
import AgendaWords

/// Cutting and padding text to a number of columns without splitting a wide character.
public enum TextFitting {
    public static let ellipsis: Character = "…"

    /// `text` cut to at most `width` columns; when cut, it ends with an ellipsis.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        result.append(ellipsis)
        return result
    }

    /// `text` truncated then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let missing = width - DisplayWidth.of(cut)
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces when it can and
    /// inside a word only when a word is wider than the line. Newlines in `text` are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapLine(String(paragraph), width: width))
        }
        return lines
    }

    private static func wrapLine(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                var head = ""
                var headWidth = 0
                var rest = Substring(word)
                while let character = rest.first, headWidth + DisplayWidth.of(character) <= width {
                    head.append(character)
                    headWidth += DisplayWidth.of(character)
                    rest = rest.dropFirst()
                }
                if head.isEmpty { break }  // width 1 and a wide character: give up splitting
                lines.append(head)
                word = String(rest)
                wordWidth = DisplayWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
