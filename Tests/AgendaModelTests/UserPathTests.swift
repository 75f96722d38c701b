import AgendaModel
import Foundation
import CatalogueGenerator
import Testing

@Suite struct UserPathTests {
    @Test("~ and ~/… are the home directory; other paths stay as they are")
    func tildeExpansion() {
        #expect(UserPath.expanded("~", home: "/home/elodie") == "/home/elodie")
        #expect(UserPath.expanded("~/Documents/agenda", home: "/home/elodie") == "/home/elodie/Documents/agenda")
        #expect(UserPath.expanded("~//x", home: "/home/elodie/") == "/home/elodie/x")
        #expect(UserPath.expanded("/srv/cuf/catalogue.json", home: "/home/elodie") == "/srv/cuf/catalogue.json")
        #expect(UserPath.expanded("a/~/b", home: "/home/elodie") == "a/~/b")
        #expect(UserPath.expanded("~root/x", home: "/home/elodie") == "/root/x")
        #expect(UserPath.expanded("~personne-inconnue/x", home: "/h") == "~personne-inconnue/x")
    }

    @Test("the parent of a path is text work, for any path")
    func parents() {
        #expect(UserPath.parent(of: "/a/b/") == "/a")
        #expect(UserPath.parent(of: "/a") == "/")
        #expect(UserPath.parent(of: "a") == "")
        #expect(UserPath.parent(of: "/") == "/")
        #expect(UserPath.parent(of: "~") == "")
        #expect(UserPath.parent(of: "a//b") == "a")
    }

    static let pieces = ["~", "/", "//", ".", "..", "a", "é", "京", " ", "~x", "-", "\u{301}", "\\", "*", "\n"]

    @Test("no path of any shape crashes the expansion or the walk up to its root")
    func anyPathIsSafeToExpandAndWalk() {
        var random = SplitMix64(seed: 19)
        for _ in 0..<20_000 {
            let path = (0..<Int(random.next() % 8)).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let expanded = UserPath.expanded(path, home: "/home/h")
            var walked = expanded
            var steps = 0
            while !walked.isEmpty, walked != "/" {
                let parent = UserPath.parent(of: walked)
                #expect(parent.count < walked.count, "\(walked.debugDescription)")
                walked = parent
                steps += 1
                if steps > 100 { break }
            }
        }
    }

    @Test("making a data directory of any shape inside a folder never crashes")
    func anyDataDirectoryIsSafeToMake() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var random = SplitMix64(seed: 7)
        let inside = Self.pieces.filter { $0 != ".." }
        for _ in 0..<1_000 {
            let path = (0..<Int(1 + random.next() % 6)).map { _ in inside[Int(random.next() % UInt64(inside.count))] }.joined()
            // Errors are fine (a name too long, a file in the way); a crash is not.
            try? DataDirectory.ensureExists(scratch.path + "/" + path)
        }
        try DataDirectory.ensureExists(scratch.path + "/~")
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/~"))
    }

    @Test("the data directory and the catalogue expand ~ wherever they come from")
    func resolvedPathsExpandTilde() {
        let environment = ["HOME": "/home/elodie"]
        #expect(DataDirectory.resolve(option: "~/agenda", environment: environment) == "/home/elodie/agenda")
        #expect(DataDirectory.resolve(option: nil, environment: environment.merging(["AGENDA_DATA_DIR": "~/d"]) { $1 })
                == "/home/elodie/d")
        #expect(CatalogueSource.resolve(option: "~/x.json", environment: environment) == .file("/home/elodie/x.json"))
        #expect(CatalogueSource.resolve(option: nil, environment: environment.merging(["AGENDA_CATALOGUE": "~/c.json"]) { $1 })
                == .file("/home/elodie/c.json"))
    }
}
