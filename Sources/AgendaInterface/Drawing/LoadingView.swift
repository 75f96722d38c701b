import Foundation
import AgendaModel
import AgendaWords

/// What the screen shows while a large catalogue is read: its name, its size and how far the
/// reading has gone, centred, so that the program is seen to be working from the first instant.
public enum LoadingView {
    public static func render(width: Int, height: Int, strings: Strings, theme: Theme, fileName: String,
                              megabytes: Double, fraction: Double) -> Grid {
        var grid = Grid(width: width, height: height)
        let title = strings.text(.readingCatalogue(name: TerminalSafeText.sanitize(fileName), megabytes: megabytes))
        let barWidth = max(10, min(50, width - 12))
        let filled = Int((Double(barWidth) * min(1, max(0, fraction))).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let percent = "\(Int((fraction * 100).rounded(.down))) %"
        let top = max(0, height / 2 - 1)
        let titleLine = TextFitting.truncate(title, to: max(1, width - 2))
        grid.write(titleLine, x: max(0, (width - DisplayWidth.of(titleLine)) / 2), y: top, style: theme.emphasis, maxWidth: width)
        let barLine = bar + " " + percent
        grid.write(barLine, x: max(0, (width - DisplayWidth.of(barLine)) / 2), y: top + 2, maxWidth: width)
        return grid
    }
}
