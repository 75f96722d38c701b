import CatalogueGenerator
import Foundation

// `agenda-bench`                   the sample figures, then the scale table at 1k, 10k and 100k events
// `agenda-bench scale N [N …]`     the scale table at the sizes given (1000000 fits in memory)
// `agenda-bench generate N FILE`   writes a generated catalogue of N events
// `agenda-bench import`            the import of 100 000 inscriptions, step by step
// `agenda-bench triage`            triage keys with a search kept, at 20 000 and 100 000 inscriptions
// `agenda-bench mail`              composing and queuing 1 000 messages
// `agenda-bench mail-import`       importing an mbox of 100 000 messages: time and peak memory
// `agenda-bench editor-save`       saving one event from the editor into 100 000
// `agenda-bench ics-import`        `catalogue import` of a calendar of 10 000 events, step by step
// What a person sees from outside (tmux) is measured by Benchmarks/tmux-latency.sh.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
    guard arguments.count == 3, let count = Int(arguments[1]) else {
        FileHandle.standardError.write(Data("usage: agenda-bench generate N FILE\n".utf8))
        exit(64)
    }
    let bytes = CatalogueGenerator(eventCount: count).bytes()
    guard FileManager.default.createFile(atPath: arguments[2], contents: Data(bytes)) else {
        FileHandle.standardError.write(Data("agenda-bench: cannot write \(arguments[2])\n".utf8))
        exit(73)
    }
case "scale":
    scaleFigures(sizes: arguments.dropFirst().compactMap { Int($0) })
case "triage":
    triageSearchFigures()
case "import":
    importFigures(eventID: "formation-montage-projet-2027-01-14")
case "mail":
    mailFigures()
case "mail-import":
    mailImportFigures(eventID: "formation-montage-projet-2027-01-14")
case "ics-import":
    calendarImportFigures()
case "editor-save":
    editorSaveFigures()
case "one":
    measureOne(path: arguments[1])
default:
    sampleFigures()
    print()
    scaleFigures(sizes: [1_000, 10_000, 100_000])
}
