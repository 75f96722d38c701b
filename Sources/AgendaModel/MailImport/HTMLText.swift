/// The text of an HTML body, as a reader sees it: tags gone, a line break for each `<br>`,
/// paragraph, division, list item and table row, the common entities as their characters;
/// `<style>`, `<script>` and `<head>` left out, and a quoted reply (`<blockquote>`) too.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var output = ""
        var rest = Substring(html)
        var skipping: String?
        while let open = rest.firstIndex(of: "<") {
            if skipping == nil { output += entities(rest[..<open]) }
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[rest.endIndex...]
                break
            }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            rest = rest[rest.index(after: close)...]
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
            let closing = tag.hasPrefix("/")
            if let skipped = skipping {
                if closing, name == skipped { skipping = nil }
                continue
            }
            if !closing, ["style", "script", "head", "blockquote", "title"].contains(name) {
                skipping = name
                continue
            }
            if ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table"].contains(name) { output += "\n" }
        }
        if skipping == nil { output += entities(rest) }
        // White space as a browser shows it: runs of spaces as one, lines trimmed, at most one blank line.
        var lines: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split { $0 == " " || $0 == "\t" || $0 == "\r" }.joined(separator: " ")
            if words.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(words)
        }
        return lines.joined(separator: "\n").trimmedWhitespace
    }

    private static func entities(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text).replacingOccurrences(of: "\n", with: " ") }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
                                       "eacute": "\u{E9}", "egrave": "\u{E8}", "agrave": "\u{E0}", "ccedil": "\u{E7}", "ecirc": "\u{EA}",
                                       "rsquo": "\u{2019}", "euro": "€", "laquo": "«", "raquo": "»"]
        var output = ""
        var rest = text.replacingOccurrences(of: "\n", with: " ")[...]
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[name]
                }
                if let replacement {
                    output += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            output += "&"
            rest = after
        }
        return output + rest
    }
}
