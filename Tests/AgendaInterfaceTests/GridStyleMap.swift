import AgendaInterface

extension Grid {
    /// One letter a cell for its attributes, so that golden screens can check looks too:
    /// `.` plain, `b` bold, `u` underline, `r` reverse, `d` dim, `B` bold+underline,
    /// `R` reverse+bold, `U` reverse+underline, `*` any other mix. Colours are left out:
    /// this is what a monochrome terminal shows.
    var attributeMap: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                let style = cell.style
                switch (style.bold, style.underline, style.reverse, style.dim) {
                case (false, false, false, false): line.append(".")
                case (true, false, false, false): line.append("b")
                case (false, true, false, false): line.append("u")
                case (false, false, true, false): line.append("r")
                case (false, false, false, true): line.append("d")
                case (true, true, false, false): line.append("B")
                case (true, false, true, false): line.append("R")
                case (false, true, true, false): line.append("U")
                default: line.append("*")
                }
            }
            while line.last == "." { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// True when no cell has a colour.
    var isColourless: Bool {
        cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil }
    }
}
