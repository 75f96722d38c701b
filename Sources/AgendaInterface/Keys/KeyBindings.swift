import AgendaModel
import AgendaWords

/// One line of the key table: the keys, what they do and where. What help and the status bar
/// say of it comes from the language tables, keyed by the action and the context.
public struct KeyBinding: Sendable {
    public let context: KeyContext
    public internal(set) var keys: [Key]
    /// True when the configuration gave this action other keys: help then names them all.
    public internal(set) var isRebound = false
    public let action: Action
    /// Shown in the status bar's short list of keys for its context.
    public let hint: Bool
    /// How help writes the keys: groups joined by spaces, the keys of a group by "/" ("←/→
    /// Home/End"); by default every key, in one group.
    let shown: [[Key]]?
    /// The key a language shows first, where languages differ ("o" for oui, "y" for yes).
    let shownIn: [Language: [Key]]

    init(_ context: KeyContext, _ keys: [Key], _ action: Action, hint: Bool = false, shown: [[Key]]? = nil,
         shownIn: [Language: [Key]] = [:]) {
        self.context = context
        self.keys = keys
        self.action = action
        self.hint = hint
        self.shown = shown
        self.shownIn = shownIn
    }

    /// "j/↓", "Entrée", "←/→ Début/Fin ⌫ Suppr Ctrl-U": the keys as help and hints write them.
    public func keys(_ language: Language) -> String {
        let groups = isRebound ? [keys] : (shownIn[language].map { [$0] } ?? shown ?? [keys])
        return groups.map { $0.map { $0.name(language) }.joined(separator: "/") }.joined(separator: " ")
    }

    /// The one key a message names for this action: the first one shown.
    public func firstKey(_ language: Language) -> String {
        (isRebound ? keys.first : (shownIn[language]?.first ?? shown?.first?.first ?? keys.first))?.name(language) ?? ""
    }

    /// What the action does, for help. The few that name other keys ask the key table for them
    /// (their sentences in the language tables are phrases with those keys).
    public func description(_ strings: Strings, in table: KeyTable = .standard) -> String {
        let language = strings.language
        switch (context, action) {
        case (.triage, .bulk):
            let keys = [Action.approve, .waitlist, .decline, .cancel].map { table.key(for: $0, in: .triage, language) }
            return strings.text(.bulkDescription(keys: keys.joined(separator: "/")))
        case (.agenda, .startSearch), (.detail, .startSearch):
            return strings.text(.searchDescription(keep: table.key(for: .keepText, in: .textInput, language),
                                                   clear: table.key(for: .cancelText, in: .textInput, language)))
        case (.form, .toggleOption):
            let keys = table.key(for: .cursorLeft, in: .textInput, language) + "/" + table.key(for: .cursorRight, in: .textInput, language)
            return strings.text(.optionDescription(between: keys))
        default:
            return strings.table.typeset(strings.table.actionDescription(action, in: context))
        }
    }

    /// The few words beside the key in the status bar.
    public func hintLabel(_ strings: Strings) -> String {
        strings.table.typeset(strings.table.actionHint(action, in: context))
    }
}

/// The default key table (docs/agenda.1, KEYS). Data, not code: help, the status bar's hints
/// and the manual page's check are drawn from it.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(.everywhere, [.character("?")], .help, hint: true),
        KeyBinding(.everywhere, [.character("q")], .quit, hint: true),
        KeyBinding(.everywhere, [.escape], .back),
        KeyBinding(.everywhere, [.tab], .nextPane),
        KeyBinding(.everywhere, [.backTab], .previousPane),
        KeyBinding(.everywhere, [.control("l")], .redraw),

        KeyBinding(.agenda, [.character("j"), .down], .moveDown),
        KeyBinding(.agenda, [.character("k"), .up], .moveUp),
        KeyBinding(.agenda, [.pageDown], .pageDown),
        KeyBinding(.agenda, [.pageUp], .pageUp),
        KeyBinding(.agenda, [.character("g"), .home], .first, shown: [[.character("g")]]),
        KeyBinding(.agenda, [.character("G"), .end], .last, shown: [[.character("G")]]),
        KeyBinding(.agenda, [.character("t")], .today, hint: true),
        KeyBinding(.agenda, [.enter], .openDetail, hint: true),
        KeyBinding(.agenda, [.character("/")], .startSearch, hint: true),
        KeyBinding(.agenda, [.character("f")], .openFilter, hint: true),
        KeyBinding(.agenda, [.character("r")], .register, hint: true),
        KeyBinding(.agenda, [.character("i")], .openTriage, hint: true),
        KeyBinding(.agenda, [.character("I")], .openAllTriage),
        KeyBinding(.agenda, [.character("e")], .exportCalendar),
        KeyBinding(.agenda, [.character("p")], .togglePast, hint: true),
        KeyBinding(.agenda, [.character("n")], .newEvent),
        KeyBinding(.agenda, [.character("E")], .editEvent),
        KeyBinding(.agenda, [.character("D")], .duplicateEvent),

        KeyBinding(.detail, [.character("j"), .down], .scrollDown, hint: true),
        KeyBinding(.detail, [.character("k"), .up], .scrollUp, hint: true),
        KeyBinding(.detail, [.pageDown, .character(" ")], .pageDown),
        KeyBinding(.detail, [.pageUp], .pageUp),
        KeyBinding(.detail, [.character("g"), .home], .first, shown: [[.character("g")]]),
        KeyBinding(.detail, [.character("G"), .end], .last, shown: [[.character("G")]]),
        KeyBinding(.detail, [.character("r")], .register, hint: true),
        KeyBinding(.detail, [.character("i")], .openTriage, hint: true),
        KeyBinding(.detail, [.character("e")], .exportCalendar),
        KeyBinding(.detail, [.character("E")], .editEvent),
        // From the detail too: a search typed there must never fire the detail's keys.
        KeyBinding(.detail, [.character("/")], .startSearch),

        KeyBinding(.triage, [.character("j"), .down], .moveDown),
        KeyBinding(.triage, [.character("k"), .up], .moveUp),
        KeyBinding(.triage, [.pageDown], .pageDown),
        KeyBinding(.triage, [.pageUp], .pageUp),
        KeyBinding(.triage, [.character("g"), .home], .first, shown: [[.character("g")]]),
        KeyBinding(.triage, [.character("G"), .end], .last, shown: [[.character("G")]]),
        KeyBinding(.triage, [.character("a")], .approve, hint: true),
        KeyBinding(.triage, [.character("w")], .waitlist, hint: true),
        KeyBinding(.triage, [.character("x")], .decline, hint: true),
        KeyBinding(.triage, [.character("c")], .cancel, hint: true),
        KeyBinding(.triage, [.character(" ")], .tag, hint: true),
        KeyBinding(.triage, [.character("T")], .tagAll),
        KeyBinding(.triage, [.control("t")], .untagAll),
        KeyBinding(.triage, [.character(";")], .bulk, hint: true),
        KeyBinding(.triage, [.character("u")], .undo, hint: true),
        KeyBinding(.triage, [.control("r")], .redo),
        KeyBinding(.triage, [.character("s")], .cycleStatusFilter, hint: true),
        KeyBinding(.triage, [.character("/")], .searchInscriptions),
        KeyBinding(.triage, [.character("n")], .editNote),
        KeyBinding(.triage, [.enter], .showInscription),
        KeyBinding(.triage, [.character("e")], .exportInscriptions),
        KeyBinding(.triage, [.character("C")], .correctDetails),
        KeyBinding(.triage, [.character("D")], .eraseInscription),
        KeyBinding(.triage, [.character("m")], .composeMessage),
        KeyBinding(.message, [.character("o"), .character("y"), .enter], .queueMessages, shown: [[.character("o")]]),
        KeyBinding(.message, [.tab, .character("n")], .nextMessage),
        KeyBinding(.message, [.character("e")], .editMessage),
        KeyBinding(.agenda, [.character("O")], .openOutbox),
        KeyBinding(.triage, [.character("O")], .openOutbox),
        KeyBinding(.outbox, [.character("s")], .sendOutbox),
        KeyBinding(.outbox, [.character("j"), .down], .moveDown),
        KeyBinding(.outbox, [.character("k"), .up], .moveUp),
        KeyBinding(.outbox, [.escape, .character("q")], .close),
        KeyBinding(.message, [.character("j"), .down], .scrollDown),
        KeyBinding(.message, [.character("k"), .up], .scrollUp),
        KeyBinding(.message, [.escape, .character("q")], .close),

        KeyBinding(.form, [.tab, .down, .enter], .nextField),
        KeyBinding(.form, [.backTab, .up], .previousField),
        KeyBinding(.form, [.character(" ")], .toggleOption, hint: true),
        KeyBinding(.form, [.control("s")], .submitForm, hint: true),
        KeyBinding(.form, [.escape], .leaveForm, hint: true),
        KeyBinding(.form, [.control("o")], .openExisting),
        KeyBinding(.form, [.control("e")], .editInEditor),
        KeyBinding(.noteEditor, [.enter], .newLine),
        KeyBinding(.noteEditor, [.control("s")], .keepNote),
        KeyBinding(.noteEditor, [.up], .moveUp),
        KeyBinding(.noteEditor, [.down], .moveDown),
        KeyBinding(.textInput, [.enter], .keepText),
        KeyBinding(.textInput, [.escape], .cancelText),
        KeyBinding(.textInput, [.left], .cursorLeft),
        KeyBinding(.textInput, [.right], .cursorRight),
        KeyBinding(.textInput, [.home], .cursorHome),
        KeyBinding(.textInput, [.end], .cursorEnd),
        KeyBinding(.textInput, [.backspace], .deleteBackward),
        KeyBinding(.textInput, [.delete], .deleteForward),
        KeyBinding(.textInput, [.control("u")], .eraseText),
        KeyBinding(.textInput, [.down, .control("n")], .moveDown),
        KeyBinding(.textInput, [.up, .control("p")], .moveUp),

        KeyBinding(.filterMenu, [.character("j"), .down], .moveDown),
        KeyBinding(.filterMenu, [.character("k"), .up], .moveUp),
        KeyBinding(.filterMenu, [.character("g"), .home], .first, shown: [[.character("g")]]),
        KeyBinding(.filterMenu, [.character("G"), .end], .last, shown: [[.character("G")]]),
        KeyBinding(.filterMenu, [.character(" "), .character("x")], .toggleOption, shown: [[.character(" ")]]),
        KeyBinding(.filterMenu, [.character("c")], .clearFilters),
        KeyBinding(.filterMenu, [.enter, .escape, .character("f"), .character("q")], .close),

        KeyBinding(.help, [.character("j"), .down], .scrollDown),
        KeyBinding(.help, [.character("k"), .up], .scrollUp),
        KeyBinding(.help, [.pageDown, .character(" ")], .pageDown),
        KeyBinding(.help, [.pageUp], .pageUp),
        KeyBinding(.help, [.escape, .character("q"), .character("?"), .enter], .close),

        KeyBinding(.popup, [.escape, .enter, .character("q")], .close),

        KeyBinding(.confirmation, [.character("o"), .character("y"), .character("O"), .character("Y")], .confirm,
                   shownIn: [.fr: [.character("o")], .en: [.character("y")]]),
        KeyBinding(.confirmation, [.character("n"), .character("N"), .escape], .refuse, shown: [[.character("n")]]),
    ]

    /// The action `key` means in `context` with the default keys.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        KeyTable.standard.action(for: key, in: context)
    }
}
