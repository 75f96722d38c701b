import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

/// A triage search typed a character at a time filters only the rows the previous character
/// left; whatever is typed, erased or filtered, it shows what the whole search shows at once.
@Suite struct TriageSearchNarrowingTests {
    static let registrations = TriageListTests.registrations(60, approved: 10, waitlisted: 5)

    func triaging(statusFilter cycles: Int) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: Self.registrations)
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        for _ in 0..<cycles { state.press(.character("s")) }
        return state
    }

    func typed(_ keys: [Key], statusFilter cycles: Int) -> [String] {
        var state = triaging(statusFilter: cycles)
        state.press(.character("/"))
        for key in keys { state.press(key) }
        return state.triage!.rows
    }

    /// The rows of `query`, by the definition: each inscription of the scope, oldest first,
    /// whose folded text holds every word, with the status filtered.
    func expected(_ query: String, statusFilter cycles: Int) -> [String] {
        let state = triaging(statusFilter: cycles)
        let status = state.triage!.statusFilter
        let words = FoldedText.words(query)
        return Self.registrations.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }.filter { registration in
            let participant = registration.participant
            let text = FoldedText.bytes([participant.firstName, participant.lastName, participant.email, participant.organisation,
                                         participant.role ?? "", registration.note,
                                         SampleState.catalogue.event(id: registration.eventId)!.title])
            return (status == nil || registration.status == status) && FoldedText.contains(text, every: words)
        }.map(\.id)
    }

    @Test(arguments: ["é", "elo", "ville de", "n1", "岡山", "chargée mission", "p4@", "zz"])
    func typedAsYouGoItShowsWhatTheWholeSearchShows(query: String) {
        for cycles in 0...3 {
            let keys = query.map { Key.character($0) }
            let want = expected(query, statusFilter: cycles)
            #expect(typed(keys, statusFilter: cycles) == want, "\(query), status filter \(cycles)")
            // With a detour: a wrong character, erased; and a word erased then typed again.
            #expect(typed(keys + [.character("q"), .backspace], statusFilter: cycles) == want)
            #expect(typed(keys + [.backspace, .backspace] + keys.suffix(2), statusFilter: cycles) == want)
        }
    }

    @Test func aDecisionWithTheSearchTypedKeepsTheRowsRight() {
        var state = triaging(statusFilter: 0)
        state.press(.character("s"), .character("s"))  // approved only
        state.press(.character("/"), .character("v"))
        let before = state.triage!.rows.count
        state.press(.enter)
        // Approve-filter rows: declining one drops it; typing further narrows from what is left.
        state.press(.character("x"))
        #expect(state.triage!.rows.count == before - 1)
        state.press(.character("/"))
        state.press(.character("i"))
        #expect(state.triage!.rows == expected("vi", statusFilter: 0).filter { id in
            state.registrations[state.registrationIndex[id]!].status == .approved
        })
    }
}

/// The triage list's columns are as wide as what the rows on screen hold.
@Suite struct TriageColumnsTests {
    @Test func everyInscriptionTellsTwoCountryDaysApart() {
        let countryDays = SampleState.catalogue.events.filter { $0.title.hasPrefix("Journée du groupe-pays") }.prefix(2).map(\.id)
        #expect(countryDays.count == 2)
        var registrations = TriageListTests.registrations(2, event: countryDays[0])
        registrations += TriageListTests.registrations(2, event: countryDays[1]).map { registration in
            var other = registration
            other.id += "b"
            return other
        }
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: registrations)
        state.press(.character("I"))
        let text = ScreenRenderer.render(state).text
        for id in countryDays {
            let title = SampleState.catalogue.event(id: id)!.title
            #expect(text.contains(title), "\(title) in full")
        }
    }

    @Test func aModeColumnOnlyWhenAnInscriptionHasAMode() {
        let registrations = TriageListTests.registrations(3).map { registration in
            var without = registration
            without.mode = nil
            return without
        }
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(.fr),
                                width: 120, height: 30, registrations: registrations)
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        state.press(.character("i"))
        let text = ScreenRenderer.render(state).text
        #expect(!text.contains("Mode"))
        #expect(text.contains("Élodie N0"))
    }
}
