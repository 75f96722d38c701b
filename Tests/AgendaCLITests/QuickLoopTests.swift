import Foundation
import Testing

/// The README's quick loop leaves out exactly the suites tagged slow. (This Swift's test runner
/// does not filter by tag yet, so the command names them; this keeps the two in step.)
@Suite struct QuickLoopTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The suites and tests marked `.tags(.slow)`: the type or function declared with the mark.
    static func slowNames() throws -> Set<String> {
        var names = Set<String>()
        let tests = root.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "QuickLoopTests.swift" }
        let declaration = try NSRegularExpression(pattern: #"\.tags\(\.slow\)\)\s*(?:struct|func)\s+([A-Za-z][A-Za-z0-9]*)"#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return names
    }

    @Test("every suite tagged slow is left out by the README's quick loop, and nothing else is named")
    func theQuickLoopSkipsTheSlowSuites() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.components(separatedBy: "\n").first { $0.hasPrefix("swift test --skip ") })
        let pattern = try #require(line.split(separator: "'").dropFirst().first.map(String.init))
        let skipped = Set(pattern.split(separator: "|").map { $0.replacingOccurrences(of: "\\.", with: "") })
        let slow = try Self.slowNames()
        #expect(slow.count >= 10)
        // The end-to-end module is left out whole: its suites need not be named one by one.
        let named = slow.filter { !$0.hasSuffix("EndToEndTests") }
        #expect(named.isSubset(of: skipped), "tagged slow but run by the quick loop: \(named.subtracting(skipped).sorted())")
        #expect(skipped.subtracting(named).subtracting(["EndToEndTests"]).isEmpty,
                "named in the quick loop but not tagged slow: \(skipped.subtracting(named).sorted())")
    }
}
