import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation
import SampleCatalogue


/// Medians of in-process timings on the sample catalogue and on generated inscriptions.
func sampleFigures() {
    let today = CalendarDate(year: 2026, month: 11, day: 23)!
    let catalogue = CatalogueDecoder.read(sampleCatalogueBytes).catalogue!
    print("agenda-bench — sample catalogue of \(catalogue.events.count) events")

    report("read and check the sample catalogue", median(runs: 50) { _ = CatalogueDecoder.read(sampleCatalogueBytes) }, goal: "≤ 50 ms first frame at 1k")

    var state = AgendaState(catalogue: catalogue, moment: .startOf(today), strings: Strings(.fr), width: 120, height: 40)
    report("render a 120×40 frame (agenda + detail)", median(runs: 200) { _ = ScreenRenderer.render(state) }, goal: "≤ 10 ms key to frame")
    report("key j + frame", median(runs: 200) { _ = state.handle(.character("j")); _ = ScreenRenderer.render(state) }, goal: "≤ 10 ms")

    // Triage of 100 000 inscriptions of one event.
    let eventID = "formation-montage-projet-2027-01-14"
    let inscriptions = benchInscriptions(100_000, eventID: eventID)
    var triage = AgendaState(catalogue: catalogue, moment: .startOf(today), strings: Strings(.fr), width: 120, height: 40,
                             registrations: inscriptions)
    while triage.selectedEvent?.id != eventID { _ = triage.handle(.character("j")) }
    report("open the triage list of 100 000 inscriptions", median(runs: 5) {
        var copy = triage
        _ = copy.handle(.character("i"))
    }, goal: "instant")
    _ = triage.handle(.character("i"))
    report("triage: decision (a) + frame, 100 000 inscriptions", median(runs: 50) {
        _ = triage.handle(.character("a"))
        _ = ScreenRenderer.render(triage)
    }, goal: "≤ 50 ms saved")
    report("triage: move (j) + frame, 100 000 inscriptions", median(runs: 200) {
        _ = triage.handle(.character("j"))
        _ = ScreenRenderer.render(triage)
    }, goal: "≤ 10 ms")
    var elsewhere = triage.registrations
    var changedElsewhere = 0
    report("triage: another program's decision shown + frame", median(runs: 10) {
        let position = changedElsewhere * 7_919 % elsewhere.count
        changedElsewhere += 1
        elsewhere[position].status = elsewhere[position].status == .approved ? .declined : .approved
        _ = triage.update(.storeChanged(elsewhere))
        _ = ScreenRenderer.render(triage)
    }, goal: "≤ 1 s (the look's period)")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-\(UUID().uuidString)").path
    try? DataDirectory.ensureExists(directory)
    let store = RegistrationStore(directory: directory)
    try? store.save(inscriptions)
    var decided = 0
    let moment = Moment.current()
    let other = RegistrationStore(directory: directory)
    _ = try? other.load()
    var current = inscriptions
    report("save one decision into a 100 000-inscription store", median(runs: 20) {
        let position = decided * 997 % current.count
        let edit = RegistrationEdit(id: current[position].id, seen: current[position],
                                    kind: .decide(decided % 2 == 0 ? .approved : .declined, note: nil))
        decided += 1
        if let written = (try? store.apply([edit], at: moment))?.written.first { current[position] = written }
    }, goal: "≤ 50 ms")
    report("  another program's look at the store, nothing new (two stat calls)", median(runs: 50) {
        _ = try? store.reloadIfChanged()
    }, goal: "-")
    report("  another program's look at the store, one decision new (its journal line)", medianMeasured(runs: 10) {
        let position = decided * 997 % current.count
        let edit = RegistrationEdit(id: current[position].id, seen: current[position], kind: .decide(.waitlisted, note: nil))
        decided += 1
        if let written = (try? store.apply([edit], at: moment))?.written.first { current[position] = written }
        let start = DispatchTime.now()
        _ = try? other.reloadIfChanged()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1000
    }, goal: "-")
    report("  fold the journal into registrations.json (when the interface closes)", median(runs: 1) {
        try? store.foldJournal()
    }, goal: "-")
    try? FileManager.default.removeItem(atPath: directory)
    importFigures(eventID: eventID)
    report("  of which: encode 100 000 inscriptions (JSONEncoder)", median(runs: 5) {
        _ = RegistrationStore.encode(inscriptions)
    }, goal: "-")
    let encoded = RegistrationStore.encode(inscriptions)
    report("  of which: decode 100 000 inscriptions (JSONDecoder)", median(runs: 5) {
        _ = try? JSONDecoder().decode([Registration].self, from: Data(encoded))
    }, goal: "-")
}

/// `count` pending inscriptions of one event, from a few hundred collectivités, oldest first.
func benchInscriptions(_ count: Int, eventID: String) -> [Registration] {
    (0..<count).map { index in
        let stamp = "2026-11-\(10 + index % 15)T\(10 + index % 10):\(10 + index % 50):00+01:00"
        return Registration(id: "r\(index)", eventId: eventID, status: .pending, createdAt: stamp, updatedAt: stamp, source: .import,
                            participant: Participant(firstName: "Prénom\(index)", lastName: "Nom", email: "p\(index)@example.org",
                                                     organisation: "Ville \(index % 300)"),
                            consent: true, history: [.init(at: stamp, from: nil, to: .pending)])
    }
}
