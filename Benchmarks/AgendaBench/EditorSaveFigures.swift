import AgendaModel
import CatalogueGenerator
import Foundation

/// Saving one event from the editor into a catalogue of 100 000 events: what `Ctrl-S` costs
/// beyond the screen, the catalogue shown anew and the file written (its other events kept
/// byte for byte, the whole checked by the reader before the rename).
func editorSaveFigures() {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-editor-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bytes = CatalogueGenerator(eventCount: 100_000).bytes()
    let path = directory.appendingPathComponent("catalogue.json").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    guard let catalogue = CatalogueDecoder.read(bytes).catalogue else { return print("the generated catalogue does not read") }
    print("catalogue of 100 000 events, \(bytes.count / 1_048_576) MB")
    var edited = catalogue.events[catalogue.events.count / 2]
    edited.title += " (modifié)"
    report("  the catalogue shown with the event replaced", median(runs: 5) { _ = catalogue.replacing(edited) }, goal: "-")
    report("  the file's text with the event written anew", median(runs: 5) {
        _ = CatalogueWriter.apply(.init([edited]), to: bytes)
    }, goal: "-")
    let document = CatalogueDocument(path: path)
    // As the editor saves: over the version it read, which is not decoded again.
    report("save one event (lock, read, write, check, rename)", median(runs: 5) {
        _ = try? document.update(expecting: .unchangedSince(FileIdentity(path: path))) { _ in (.init([edited]), ()) }
    }, goal: "< 1 s")
}
