import Foundation

/// One fenced block of a document in docs/: its text, with a final line feed as a file holds
/// it, and where its opening fence is.
public struct DocumentedExample: Sendable {
    public let file: String
    public let line: Int
    public let text: String

    public var place: String { "\(file):\(line)" }
    public var bytes: [UInt8] { Array(text.utf8) }
}

/// The repository's root, found from this file (Tests/TestSupport/ is two levels down).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Every block of docs/*.md whose opening fence is exactly "```" followed by `info`, in order:
/// the examples a user or another tool's author copies, which the tests keep true.
public func documentedExamples(_ info: String) throws -> [DocumentedExample] {
    let docs = repositoryRoot.appendingPathComponent("docs")
    let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
    var found: [DocumentedExample] = []
    for name in names {
        let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
        // Inside a block: the line of its fence, its lines so far, and whether it is wanted.
        var block: (fence: Int, lines: [Substring], wanted: Bool)?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var open = block {
                if line == "```" {
                    if open.wanted {
                        found.append(DocumentedExample(file: "docs/" + name, line: open.fence,
                                                       text: open.lines.joined(separator: "\n") + "\n"))
                    }
                    block = nil
                } else {
                    open.lines.append(line)
                    block = open
                }
            } else if line.hasPrefix("```") {
                block = (index + 1, [], line == "```" + info)
            }
        }
    }
    return found
}
