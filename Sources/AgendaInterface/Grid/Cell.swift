/// One terminal cell: a grapheme cluster and its look. A wide character fills its first cell;
/// the cell after it is a continuation (`width == 0`), never drawn on its own.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1 for a normal cell, 2 for the first cell of a wide character, 0 for its continuation.
    public var width: UInt8
    public var style: CellStyle

    public init(_ character: Character = " ", width: UInt8 = 1, style: CellStyle = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
