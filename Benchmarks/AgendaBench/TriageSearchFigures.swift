import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation
import SampleCatalogue

/// The triage list with a search kept, at 20 000 and 100 000 inscriptions of one event: each
/// key, its frame included (goal ≤ 10 ms at 20 000, ≤ 30 ms at 100 000).
func triageSearchFigures() {
    let today = CalendarDate(year: 2026, month: 11, day: 23)!
    let catalogue = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!
    let eventID = "formation-montage-projet-2027-01-14"
    let sizes = ProcessInfo.processInfo.environment["AGENDA_BENCH_TRIAGE"].map { [Int($0) ?? 20_000] } ?? [20_000, 100_000]
    for count in sizes {
        let inscriptions = benchInscriptions(count, eventID: eventID)
        var state = AgendaState(catalogue: catalogue, moment: .startOf(today), strings: Strings(.fr), width: 120, height: 40,
                                registrations: inscriptions)
        while state.selectedEvent?.id != eventID { _ = state.handle(.character("j")) }
        _ = state.handle(.character("i"))
        // A person looks at the list before typing: the texts are folded meanwhile, on another
        // thread (some 50 ms at 20 000, 250 ms at 100 000).
        Thread.sleep(forTimeInterval: 1)
        let goal = count <= 20_000 ? "≤ 10 ms" : "≤ 30 ms"
        // The search typed and kept: "ville 1" matches a third of them.
        _ = state.handle(.character("/"))
        var perCharacter: [Double] = []
        for character in "ville 1" {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = state.handle(.character(character))
            _ = ScreenRenderer.render(state)
            perCharacter.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        _ = state.handle(.enter)
        report("triage \(count), search: a character + frame", perCharacter.sorted()[perCharacter.count / 2], goal: goal)
        report("  the slowest character", perCharacter.max()!, goal: "-")
        report("triage \(count), search kept: decision (a) + frame", median(runs: 30) {
            _ = state.handle(.character("a"))
            _ = ScreenRenderer.render(state)
        }, goal: goal)
        report("triage \(count), search kept: undo (u) + frame", median(runs: 30) {
            _ = state.handle(.character("u"))
            _ = ScreenRenderer.render(state)
        }, goal: goal)
        report("triage \(count), search kept: move (j) + frame", median(runs: 100) {
            _ = state.handle(.character("j"))
            _ = ScreenRenderer.render(state)
        }, goal: goal)
    }
}
