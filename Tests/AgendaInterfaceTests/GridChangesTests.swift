@testable import AgendaInterface
import Testing

@Suite struct GridChangesTests {
    static func grid(_ lines: [String], width: Int = 6) -> Grid {
        var grid = Grid(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { grid.write(line, x: 0, y: y) }
        return grid
    }

    @Test("with nothing known on screen every cell is written but the bottom-right one")
    func firstFrameWritesEverything() {
        let updates = Self.grid(["ab", "cd"], width: 2).updates(from: nil, screenWidth: 2, screenHeight: 2)
        #expect(updates.map { "\($0.character)\($0.x)\($0.y)" } == ["a00", "b10", "c01"])
    }

    @Test("only the cells that changed are written")
    func onlyChangesAreWritten() {
        let before = Self.grid(["hello", "world"])
        let after = Self.grid(["hallo", "world"])
        let updates = after.updates(from: before, screenWidth: 6, screenHeight: 2)
        #expect(updates == [CellUpdate(x: 1, y: 0, character: "a", columns: 1, style: .plain)])
        #expect(after.updates(from: after, screenWidth: 6, screenHeight: 2).isEmpty)
    }

    @Test("a style change is a change")
    func styleIsAChange() {
        let before = Self.grid(["ab"])
        var after = before
        after.restyle(x: 0, y: 0, width: 1) { $0.reverse = true }
        #expect(after.updates(from: before, screenWidth: 6, screenHeight: 1).map(\.x) == [0])
    }

    @Test("a wide character is one update of two columns, and a changed continuation rewrites it")
    func wideCharacters() {
        let before = Self.grid(["京都"])
        #expect(before.updates(from: nil, screenWidth: 6, screenHeight: 1).prefix(2).map(\.columns) == [2, 2])
        let after = Self.grid(["京x"])
        #expect(after.updates(from: before, screenWidth: 6, screenHeight: 1).map { "\($0.character)\($0.x)" } == ["x2", " 3"])
    }

    @Test("a wide character cut by the screen's right edge is written as a space")
    func wideAtTheEdge() {
        let grid = Self.grid(["abc京"], width: 5)
        let last = grid.updates(from: nil, screenWidth: 4, screenHeight: 2).last
        #expect(last == CellUpdate(x: 3, y: 0, character: " ", columns: 1, style: .plain))
    }

    @Test("another size means nothing is known: every cell again")
    func otherSizeRepaints() {
        let before = Self.grid(["ab"], width: 2)
        let after = Self.grid(["ab"], width: 3)
        #expect(after.updates(from: before, screenWidth: 3, screenHeight: 2).count == 3)
    }
}
