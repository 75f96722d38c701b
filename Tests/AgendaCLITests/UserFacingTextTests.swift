import Foundation
import Testing

/// Every sentence a user reads comes from the language tables (Sources/AgendaWords/French and
/// English): no string literal elsewhere in Sources/ holds words.
@Suite struct UserFacingTextTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Literals that look like words but are not sentences for a user.
    static let allowed: [(file: String, text: String, why: String)] = [
        ("ICalendarWriter.swift", "-//Cites Unies France//agenda ", "the iCalendar PRODID, an identifier"),
    ]

    /// The command-line help (`--help`) is, like docs/agenda.1, the English reference: the
    /// argument parser's own words (USAGE, OPTIONS) are English too. Developer-facing checks
    /// (preconditions) are not for users either.
    static let exemptLines = try! NSRegularExpression(pattern: #"help:|abstract:|discussion:|ArgumentHelp\(|precondition|fatalError|Failure\("#)
    static let wordsPattern = try! NSRegularExpression(pattern: "[A-Za-zÀ-ÿ]{2,} [A-Za-zÀ-ÿ]{2,}|[À-ÿ]")

    /// The string literals of a Swift file with their line, interpolations left out, comments skipped.
    static func literals(_ source: String) -> [(line: Int, text: String)] {
        let characters = Array(source)
        var found: [(Int, String)] = []
        var index = 0, line = 1
        func peek(_ text: String, at position: Int) -> Bool {
            let chars = Array(text)
            return position + chars.count <= characters.count && Array(characters[position..<position + chars.count]) == chars
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { line += 1; index += 1; continue }
            if peek("//", at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            if peek("/*", at: index) {
                while index < characters.count, !peek("*/", at: index) {
                    if characters[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
                continue
            }
            let raw = peek("#\"", at: index)
            guard raw || character == "\"" else { index += 1; continue }
            if raw { index += 1 }
            let start = line
            if peek("\"\"\"", at: index) {
                index += 3
                var text = ""
                while index < characters.count, !peek("\"\"\"", at: index) {
                    if characters[index] == "\n" { line += 1 }
                    text.append(characters[index])
                    index += 1
                }
                index += raw ? 4 : 3
                found.append((start, text))
                continue
            }
            index += 1
            var text = ""
            while index < characters.count, !(raw ? peek("\"#", at: index) : characters[index] == "\"") {
                if characters[index] == "\\", !raw, index + 1 < characters.count {
                    if characters[index + 1] == "(" {
                        // An interpolation: skipped to its closing parenthesis, strings inside included.
                        var depth = 1
                        index += 2
                        while index < characters.count, depth > 0 {
                            switch characters[index] {
                            case "(": depth += 1
                            case ")": depth -= 1
                            case "\"":
                                index += 1
                                while index < characters.count, characters[index] != "\"" {
                                    if characters[index] == "\\" { index += 1 }
                                    index += 1
                                }
                            default: break
                            }
                            index += 1
                        }
                        text.append(" ")
                        continue
                    }
                    index += 2
                    continue
                }
                text.append(characters[index])
                index += 1
            }
            index += raw ? 2 : 1
            found.append((start, text))
        }
        return found
    }

    @Test("no literal outside the language tables holds words")
    func noWordsOutsideTheTables() throws {
        var offending: [String] = []
        let sources = Self.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 100)
        for file in files {
            let path = file.path
            if path.contains("/AgendaWords/French/") || path.contains("/AgendaWords/English/") { continue }
            let source = try String(contentsOf: file, encoding: .utf8)
            let lines = source.components(separatedBy: "\n")
            for (line, text) in Self.literals(source) {
                let range = NSRange(text.startIndex..., in: text)
                guard Self.wordsPattern.firstMatch(in: text, range: range) != nil else { continue }
                let code = lines[line - 1]
                if Self.exemptLines.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil { continue }
                if Self.allowed.contains(where: { path.hasSuffix($0.file) && text == $0.text }) { continue }
                offending.append("\(path.replacingOccurrences(of: Self.root.path + "/", with: "")):\(line): \(text)")
            }
        }
        #expect(offending.isEmpty, "words outside the language tables:\n\(offending.joined(separator: "\n"))")
    }

    @Test("the scanner finds words in a literal, and none in comments or interpolations")
    func theScannerCanFail() {
        let found = Self.literals("""
        let a = "Rien n'a changé" // "in a comment"
        let b = "\\(count > 1 ? "s" : "")x"
        /* "in a block" */ let c = #"raw "text""#
        """)
        #expect(found.map(\.text) == ["Rien n'a changé", " x", #"raw "text""#])
    }

    @Test("each language has a table file for each part of the French one")
    func everyLanguageHasEveryPart() throws {
        let words = Self.root.appendingPathComponent("Sources/AgendaWords")
        let french = try FileManager.default.contentsOfDirectory(atPath: words.appendingPathComponent("French").path)
            .map { $0.replacingOccurrences(of: "French", with: "") }.sorted()
        let english = try FileManager.default.contentsOfDirectory(atPath: words.appendingPathComponent("English").path)
            .map { $0.replacingOccurrences(of: "English", with: "") }.sorted()
        #expect(french == english)
        #expect(french.count >= 8)
    }
}
