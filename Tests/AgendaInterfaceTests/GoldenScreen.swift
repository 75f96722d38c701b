import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation
import SampleCatalogue
import Testing

/// Golden screens: a rendered grid compared, as text, with a file kept in `Golden/`.
/// `RECORD_GOLDEN=1 swift test` writes the files anew (then read the diff before committing).
enum GoldenScreen {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = grid.text + "\n"
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden screen \(name).txt: run RECORD_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for index in 0..<max(actualLines.count, expectedLines.count) {
                let a = index < actualLines.count ? String(actualLines[index]) : "∅"
                let e = index < expectedLines.count ? String(expectedLines[index]) : "∅"
                if a != e { diff.append("line \(index + 1)\n  expected: \(e)\n  actual:   \(a)") }
            }
            let summary = diff.prefix(10).joined(separator: "\n")
            Issue.record("screen \(name) differs:\n\(summary)", sourceLocation: sourceLocation)
        }
    }
}

/// A state over the built-in sample, on 23 November 2026, as the golden screens show it.
enum SampleState {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    static var catalogue: Catalogue {
        CatalogueDecoder.read(sampleCatalogueBytes).catalogue!
    }

    static func make(width: Int = 120, height: Int = 40, language: Language = .fr, theme: Theme = .color) -> AgendaState {
        AgendaState(catalogue: catalogue, moment: .startOf(today), strings: Strings(language), theme: theme,
                    width: width, height: height)
    }
}

extension AgendaState {
    /// Presses each key in turn.
    mutating func press(_ keys: Key...) {
        for key in keys { _ = handle(key) }
    }

    mutating func type(_ text: String) {
        for character in text { _ = handle(.character(character)) }
    }
}
