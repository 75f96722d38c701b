@testable import AgendaInterface
import AgendaModel
import AgendaWords
import Foundation
import Testing

/// The event editor: `n`, `E` and `D` in the agenda, the catalogue's rules under each field as
/// one types, and the save, its failure and a file changed meanwhile.
@Suite struct EventEditorTests {
    static let paris = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)

    func state(language: Language = .fr) -> AgendaState {
        var state = SampleState.make(language: language)
        state.localZone = Self.paris
        return state
    }

    func editor(_ state: AgendaState) -> EventEditor? {
        if case .eventEditor(let editor) = state.topScreen { return editor }
        return nil
    }

    /// Moves the editor's cursor to `field`.
    func go(to field: EventDraft.Field, _ state: inout AgendaState) {
        while let editor = editor(state), editor.focusedItem.field != field {
            state.press(editor.items.firstIndex { $0.field == field }! > editor.focus ? .tab : .backTab)
        }
    }

    /// French typography's narrow spaces as plain ones, to compare with a sentence as written.
    func plain(_ text: String?) -> String? {
        text.map { $0.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    func save(_ state: inout AgendaState) -> EventSave? {
        for effect in state.handle(.control("s")) { if case .saveEvent(let save) = effect { return save } }
        return nil
    }

    @Test func aNewEventWithAWrongDateSaysSoUnderTheFieldThenSaves() throws {
        var state = state()
        state.press(.character("n"))
        #expect(editor(state)?.purpose == .new)
        state.type("Café de la coopération")
        go(to: .start, &state)
        state.type("2027-02-30 09:30")
        var screen = ScreenRenderer.render(state).text
        // Under the field, in the catalogue's words (wrapped in the pane).
        #expect(screen.contains("2027-02-30T09:30\u{00A0}» n'est pas"), "\(screen)")
        // Saving is refused, the cursor goes to the field.
        let refused = save(&state)
        #expect(refused == nil)
        #expect(plain(state.message) == "1 champ à corriger.")
        for _ in 0..<8 { state.press(.backspace) }
        state.type("04 09:30")
        screen = ScreenRenderer.render(state).text
        #expect(!screen.contains("n'est pas"), "\(screen)")
        let saved = try #require(save(&state))
        #expect(saved.event.id == "2027-02-04-cafe-de-la-cooperation")
        #expect(saved.event.start == DateParsing.dateTime("2027-02-04T09:30+01:00"))
        #expect(saved.before == nil)
        // In the agenda at once, selected.
        #expect(editor(state) == nil)
        #expect(state.selectedEvent?.id == saved.event.id)
        #expect(state.catalogue.events.count == SampleState.catalogue.events.count + 1)
    }

    @Test func editingKeepsTheIdAndCancellingIsAChoiceOfStatus() throws {
        var state = state()
        while state.selectedEvent?.id != "journee-liban-2026-12-10" { state.press(.character("j")) }
        state.press(.character("E"))
        go(to: .status, &state)
        state.press(.right)
        #expect(editor(state)?.draft.status == .cancelled)
        let saved = try #require(save(&state))
        #expect(saved.event.id == "journee-liban-2026-12-10")
        #expect(saved.event.status == .cancelled)
        #expect(saved.before?.status == .scheduled)
        // What the editor does not show is kept.
        #expect(saved.event.registration?.questions == saved.before?.registration?.questions)
        #expect(state.catalogue.events.first { $0.id == saved.event.id }?.status == .cancelled)
    }

    @Test func nothingChangedWritesNothing() {
        var state = state()
        state.press(.character("E"))
        let saved = save(&state)
        #expect(saved == nil)
        #expect(editor(state) == nil)
        #expect(plain(state.message) == "Rien n'a changé : le catalogue est tel qu'il était.")
    }

    @Test func leavingWithChangesAsksOnce() {
        var state = state()
        state.press(.character("E"))
        state.type("!")
        state.press(.escape)
        #expect(editor(state) != nil)
        #expect(plain(state.message)?.contains("Échap de nouveau les abandonne") == true)
        state.press(.escape)
        #expect(editor(state) == nil)
    }

    @Test func aDuplicateIsTheNextEditionWithANewID() throws {
        var state = state()
        while state.selectedEvent?.id != "webinaire-climat-2026-12-08" { state.press(.character("j")) }
        let original = try #require(state.selectedEvent)
        state.press(.character("D"))
        #expect(editor(state)?.focusedItem.field == .start)
        let saved = try #require(save(&state))
        // The second Tuesday of December 2026 gives the second Tuesday of January 2027.
        #expect(saved.event.start.date == CalendarDate(year: 2027, month: 1, day: 12))
        #expect(saved.event.id.hasPrefix("2027-01-12-"))
        #expect(saved.event.title == original.title)
        #expect(state.catalogue.events.contains { $0.id == original.id })
    }

    @Test func theBuiltInSampleIsMadeTheUsersOwnFirst() throws {
        var state = state()
        state.catalogueIsBuiltIn = true
        state.userCataloguePath = "/home/coord/.local/share/agenda/catalogue.json"
        state.press(.character("E"))
        state.type(" (modifié)")
        let asked = save(&state)
        #expect(asked == nil)
        #expect(state.message?.contains("/home/coord/.local/share/agenda/catalogue.json") == true)
        let effects = state.handle(.character("o"))
        guard case .saveEvent(let save)? = effects.first else {
            Issue.record("\(effects)")
            return
        }
        #expect(save.creatingFromSample)
        _ = state.update(.eventWritten(save))
        #expect(!state.catalogueIsBuiltIn)
    }

    @Test func aFailedWritePutsBackTheCatalogueAndTheEditor() throws {
        var state = state()
        let before = try #require(state.selectedEvent)
        state.press(.character("E"))
        state.type(" (modifié)")
        let saved = try #require(save(&state))
        #expect(state.selectedEvent?.title == before.title + " (modifié)")
        _ = state.update(.failed(.saveEvent(saved), reason: "Disque plein."))
        #expect(state.catalogue.events.first { $0.id == before.id } == before)
        #expect(editor(state)?.draft.text(.title) == before.title + " (modifié)")
        #expect(state.message == "Disque plein.")
    }

    @Test func aFileChangedMeanwhileIsShownAndTheTypingKept() throws {
        var state = state()
        let selected = try #require(state.selectedEvent)
        state.press(.character("E"))
        state.type(" (modifié)")
        let saved = try #require(save(&state))
        // Another program added an event meanwhile.
        let added = Event(id: "ajout-ailleurs", title: "Ajouté ailleurs", kind: .meeting, start: .allDay(CalendarDate(year: 2026, month: 12, day: 1)!))
        let onDisk = SampleState.catalogue.replacing(added)
        _ = state.update(.catalogueChanged(onDisk, unsaved: saved))
        #expect(state.catalogue.position(ofID: "ajout-ailleurs") != nil)
        #expect(state.catalogue.events.first { $0.id == selected.id } == selected)
        #expect(editor(state)?.draft.text(.title) == selected.title + " (modifié)")
        #expect(state.message?.contains("modifié par un autre programme") == true)
    }

    @Test func aDescriptionIsWrittenInTheUsersEditorParagraphsAndAll() throws {
        var state = state()
        state.press(.character("E"))
        go(to: .description, &state)
        let before = try #require(editor(state)?.input(.description).text)
        let effects = state.handle(.control("e"))
        #expect(effects == [.editOutside(before)])
        _ = state.update(.editedOutside("Premier paragraphe.\n\n• un point\n• un autre\n"))
        #expect(editor(state)?.draft.text(.description) == "Premier paragraphe.\n\n• un point\n• un autre")
        #expect(ScreenRenderer.render(state).text.contains("↵↵• un point↵"))
        let saved = try #require(save(&state))
        #expect(saved.event.description == "Premier paragraphe.\n\n• un point\n• un autre")
        // An editor that could not run changes nothing.
        state.press(.character("E"))
        go(to: .description, &state)
        _ = state.handle(.control("e"))
        _ = state.update(.editedOutside(nil))
        #expect(editor(state)?.draft.text(.description) == "Premier paragraphe.\n\n• un point\n• un autre")
    }

    @Test func aCatalogueChangedElsewhereIsShownAndAnEditStaysOpen() throws {
        var state = state()
        let selected = try #require(state.selectedEvent)
        let added = Event(id: "ajout-ailleurs", title: "Ajouté ailleurs", kind: .meeting, start: .allDay(CalendarDate(year: 2026, month: 12, day: 1)!))
        _ = state.update(.catalogueReloaded(SampleState.catalogue.replacing(added)))
        #expect(state.catalogue.position(ofID: "ajout-ailleurs") != nil)
        #expect(state.selectedEvent?.id == selected.id)
        #expect(plain(state.message) == "Le fichier du catalogue a été modifié par un autre programme : il est affiché tel qu'il est maintenant.")
        state.press(.character("E"))
        state.type(" (modifié)")
        _ = state.update(.catalogueReloaded(SampleState.catalogue))
        #expect(state.catalogue.position(ofID: "ajout-ailleurs") == nil)
        #expect(editor(state)?.draft.text(.title) == selected.title + " (modifié)")
        #expect(plain(state.message)?.contains("Vos modifications sont toujours là") == true)
    }

    @Test func goldenEditorWithAProblemUnderItsField() {
        var state = state()
        state.press(.character("n"))
        state.type("Café")
        go(to: .start, &state)
        state.type("2027-03-28 02:30")
        GoldenScreen.check(ScreenRenderer.render(state), named: "event-editor-120x40-fr")
        var english = self.state(language: .en)
        english.press(.character("n"))
        go(to: .capacity, &english)
        GoldenScreen.check(ScreenRenderer.render(english), named: "event-editor-120x40-en")
    }
}
