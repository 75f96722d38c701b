@testable import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

/// The status bar's hints, in every pane, both languages, at 40, 80 and 120 columns: whole
/// hints only (a key and its short label), those that do not fit dropped from the end.
@Suite struct StatusBarHintsTests {
    enum Place: CaseIterable { case agenda, detail, triage, form }

    func state(_ place: Place, width: Int, language: Language) -> AgendaState {
        var state = AgendaState(catalogue: SampleState.catalogue, moment: .startOf(SampleState.today), strings: Strings(language),
                                width: width, height: 30, registrations: TriageListTests.registrations(3))
        while state.selectedEvent?.id != TriageListTests.training { state.press(.character("j")) }
        switch place {
        case .agenda: break
        case .detail: state.press(.enter)
        case .triage: state.press(.character("i"))
        case .form: state.press(.character("r"))
        }
        return state
    }

    /// The hints the pane has, whole, in the table's order.
    func hints(_ state: AgendaState) -> [String] {
        let strings = state.strings
        let context = state.focus.keyContext
        return state.keys.bindings
            .filter { $0.hint && ($0.context == context || ($0.context == .everywhere && context != .form)) }
            .map { "\($0.keys(strings.language)) \($0.hintLabel(strings))" }
    }

    @Test(arguments: [40, 80, 120])
    func hintsAreWholeAndDroppedFromTheEnd(width: Int) {
        for language in [Language.fr, .en] {
            for place in Place.allCases {
                let state = state(place, width: width, language: language)
                let grid = ScreenRenderer.render(state)
                let bar = String(grid.line(grid.height - 1).reversed().drop { $0 == " " }.reversed())
                let all = hints(state)
                let strings = state.strings
                let ending = switch place {
                case .detail: strings.text(.detailHint(back: state.keyName(.back, .everywhere)))
                case .form: width < 60 ? strings.text(.formHintShort(next: state.keyName(.nextField, .form)))
                    : strings.text(.formHint(next: state.keyName(.nextField, .form), help: state.keyName(.help, .everywhere),
                                             quit: state.keyName(.quit, .everywhere)))
                case .agenda, .triage: ""
                }
                // The first hints whole, then the pane's closing words: nothing cut.
                let fits = (0...all.count).contains { count in
                    let start = " " + all.prefix(count).joined(separator: "  ")
                    return bar == start || bar == start + ending
                }
                #expect(fits, "\(language) \(place) at \(width): \(bar)")
                #expect(DisplayWidth.of(bar) <= width)
                if width >= 80, place != .form { #expect(all.prefix(3).allSatisfy(bar.contains), "\(language) \(place) at \(width): \(bar)") }
            }
        }
    }

    @Test func everyShortLabelIsItsOwnWordsNotTheFirstOfADescription() {
        for language in [Language.fr, .en] {
            let strings = Strings(language)
            for binding in KeyBindings.table where binding.hint {
                let label = binding.hintLabel(strings)
                #expect(!["the", "then", "puis", "le", "la"].contains(label), "\(language): \(binding.action) hinted as \(label)")
                #expect(DisplayWidth.of(label) <= 16, "\(language): \(label)")
            }
        }
    }
}
