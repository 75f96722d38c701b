import AgendaModel
import AgendaWords

/// One line of the key table: the keys, what they do, where, and how help names them.
public struct KeyBinding: Sendable {
    public let context: KeyContext
    public internal(set) var keys: [Key]
    /// True when the configuration gave this action other keys: help then names them.
    public internal(set) var isRebound = false
    /// How help and the status bar write the keys: "j/↓", or "Entrée|Enter" when the
    /// languages name the key differently.
    public let keyLabel: String
    public let action: Action
    public let french: String
    public let english: String
    /// Shown in the status bar's short list of keys for its context.
    public let hint: Bool

    public func description(_ language: Language) -> String { language == .fr ? french : english }

    public func keys(_ language: Language) -> String {
        if isRebound { return keys.map { $0.name(language) }.joined(separator: "/") }
        let names = keyLabel.split(separator: "|", omittingEmptySubsequences: false)
        guard names.count == 2 else { return keyLabel }
        return String(language == .fr ? names[0] : names[1])
    }

    /// The description's first words, for the status bar: "filtrer par type, …" → "filtrer".
    public func shortDescription(_ language: Language) -> String {
        let full = description(language)
        let words = full.split(separator: " ")
        let cut = full.firstIndex { $0 == "(" || $0 == "," || $0 == ";" }.map { String(full[..<$0]) } ?? full
        if words.count > 2, let first = words.first { return String(first) }
        var text = cut
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// The default key table (docs/agenda.1, KEYS; other keys: docs/configuration.md). Data, not
/// code: help is drawn from it.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(context: .everywhere, keys: [.character("?")], keyLabel: "?", action: .help,
                   french: "aide", english: "help", hint: true),
        KeyBinding(context: .everywhere, keys: [.character("q")], keyLabel: "q", action: .quit,
                   french: "quitter (depuis l'agenda ; ailleurs : retour)", english: "quit (from the agenda; elsewhere: back)", hint: true),
        KeyBinding(context: .everywhere, keys: [.escape], keyLabel: "Échap|Esc", action: .back,
                   french: "retour, annuler", english: "back, cancel", hint: false),
        KeyBinding(context: .everywhere, keys: [.tab], keyLabel: "Tab", action: .nextPane,
                   french: "volet suivant", english: "next pane", hint: false),
        KeyBinding(context: .everywhere, keys: [.backTab], keyLabel: "Maj-Tab|Shift-Tab", action: .previousPane,
                   french: "volet précédent", english: "previous pane", hint: false),
        KeyBinding(context: .everywhere, keys: [.control("l")], keyLabel: "Ctrl-L", action: .redraw,
                   french: "redessiner l'écran", english: "redraw the screen", hint: false),

        KeyBinding(context: .agenda, keys: [.character("j"), .down], keyLabel: "j/↓", action: .moveDown,
                   french: "événement suivant", english: "next event", hint: false),
        KeyBinding(context: .agenda, keys: [.character("k"), .up], keyLabel: "k/↑", action: .moveUp,
                   french: "événement précédent", english: "previous event", hint: false),
        KeyBinding(context: .agenda, keys: [.pageDown], keyLabel: "PgDn", action: .pageDown,
                   french: "page suivante", english: "next page", hint: false),
        KeyBinding(context: .agenda, keys: [.pageUp], keyLabel: "PgUp", action: .pageUp,
                   french: "page précédente", english: "previous page", hint: false),
        KeyBinding(context: .agenda, keys: [.character("g"), .home], keyLabel: "g", action: .first,
                   french: "premier événement", english: "first event", hint: false),
        KeyBinding(context: .agenda, keys: [.character("G"), .end], keyLabel: "G", action: .last,
                   french: "dernier événement", english: "last event", hint: false),
        KeyBinding(context: .agenda, keys: [.character("t")], keyLabel: "t", action: .today,
                   french: "aujourd'hui", english: "today", hint: true),
        KeyBinding(context: .agenda, keys: [.enter], keyLabel: "Entrée|Enter", action: .openDetail,
                   french: "détail", english: "detail", hint: true),
        KeyBinding(context: .agenda, keys: [.character("/")], keyLabel: "/", action: .startSearch,
                   french: "chercher (en direct ; Entrée garde, Échap efface)", english: "search (live; Enter keeps, Esc clears)", hint: true),
        KeyBinding(context: .agenda, keys: [.character("f")], keyLabel: "f", action: .openFilter,
                   french: "filtrer par type, thème, groupe-pays, statut", english: "filter by kind, theme, country group, status", hint: true),
        KeyBinding(context: .agenda, keys: [.character("r")], keyLabel: "r", action: .register,
                   french: "inscrire quelqu'un à l'événement", english: "register someone for the event", hint: true),
        KeyBinding(context: .agenda, keys: [.character("i")], keyLabel: "i", action: .openTriage,
                   french: "inscriptions de l'événement", english: "the event's inscriptions", hint: true),
        KeyBinding(context: .agenda, keys: [.character("I")], keyLabel: "I", action: .openAllTriage,
                   french: "toutes les inscriptions", english: "every inscription", hint: false),
        KeyBinding(context: .agenda, keys: [.character("e")], keyLabel: "e", action: .exportCalendar,
                   french: "exporter l'événement pour un agenda (.ics)", english: "export the event for a calendar (.ics)", hint: false),
        KeyBinding(context: .agenda, keys: [.character("p")], keyLabel: "p", action: .togglePast,
                   french: "passés (afficher/masquer)", english: "past (show/hide)", hint: true),

        KeyBinding(context: .detail, keys: [.character("j"), .down], keyLabel: "j/↓", action: .scrollDown,
                   french: "descendre", english: "scroll down", hint: true),
        KeyBinding(context: .detail, keys: [.character("k"), .up], keyLabel: "k/↑", action: .scrollUp,
                   french: "monter", english: "scroll up", hint: true),
        KeyBinding(context: .detail, keys: [.pageDown, .character(" ")], keyLabel: "PgDn/Espace|PgDn/Space", action: .pageDown,
                   french: "page suivante", english: "next page", hint: false),
        KeyBinding(context: .detail, keys: [.pageUp], keyLabel: "PgUp", action: .pageUp,
                   french: "page précédente", english: "previous page", hint: false),
        KeyBinding(context: .detail, keys: [.character("g"), .home], keyLabel: "g", action: .first,
                   french: "début", english: "top", hint: false),
        KeyBinding(context: .detail, keys: [.character("G"), .end], keyLabel: "G", action: .last,
                   french: "fin", english: "bottom", hint: false),
        KeyBinding(context: .detail, keys: [.character("r")], keyLabel: "r", action: .register,
                   french: "inscrire quelqu'un", english: "register someone", hint: true),
        KeyBinding(context: .detail, keys: [.character("i")], keyLabel: "i", action: .openTriage,
                   french: "inscriptions", english: "inscriptions", hint: true),
        KeyBinding(context: .detail, keys: [.character("e")], keyLabel: "e", action: .exportCalendar,
                   french: "exporter (.ics)", english: "export (.ics)", hint: false),

        KeyBinding(context: .triage, keys: [.character("j"), .down], keyLabel: "j/↓", action: .moveDown,
                   french: "inscription suivante", english: "next inscription", hint: false),
        KeyBinding(context: .triage, keys: [.character("k"), .up], keyLabel: "k/↑", action: .moveUp,
                   french: "inscription précédente", english: "previous inscription", hint: false),
        KeyBinding(context: .triage, keys: [.pageDown], keyLabel: "PgDn", action: .pageDown,
                   french: "page suivante", english: "next page", hint: false),
        KeyBinding(context: .triage, keys: [.pageUp], keyLabel: "PgUp", action: .pageUp,
                   french: "page précédente", english: "previous page", hint: false),
        KeyBinding(context: .triage, keys: [.character("g"), .home], keyLabel: "g", action: .first,
                   french: "première", english: "first", hint: false),
        KeyBinding(context: .triage, keys: [.character("G"), .end], keyLabel: "G", action: .last,
                   french: "dernière", english: "last", hint: false),
        KeyBinding(context: .triage, keys: [.character("a")], keyLabel: "a", action: .approve,
                   french: "approuver", english: "approve", hint: true),
        KeyBinding(context: .triage, keys: [.character("w")], keyLabel: "w", action: .waitlist,
                   french: "liste d'attente", english: "waitlist", hint: true),
        KeyBinding(context: .triage, keys: [.character("x")], keyLabel: "x", action: .decline,
                   french: "refuser", english: "decline", hint: true),
        KeyBinding(context: .triage, keys: [.character("c")], keyLabel: "c", action: .cancel,
                   french: "annulée (désistement)", english: "cancelled (withdrawn)", hint: true),
        KeyBinding(context: .triage, keys: [.character(" ")], keyLabel: "Espace|Space", action: .tag,
                   french: "marquer/démarquer", english: "tag/untag", hint: true),
        KeyBinding(context: .triage, keys: [.character(";")], keyLabel: ";", action: .bulk,
                   french: "puis a/w/x/c : appliquer aux marquées", english: "then a/w/x/c: apply to the tagged ones", hint: true),
        KeyBinding(context: .triage, keys: [.character("u")], keyLabel: "u", action: .undo,
                   french: "annuler la dernière action", english: "undo", hint: true),
        KeyBinding(context: .triage, keys: [.control("r")], keyLabel: "Ctrl-R", action: .redo,
                   french: "rétablir", english: "redo", hint: false),
        KeyBinding(context: .triage, keys: [.character("s")], keyLabel: "s", action: .cycleStatusFilter,
                   french: "filtrer par statut (tour à tour)", english: "cycle the status filter", hint: true),
        KeyBinding(context: .triage, keys: [.character("/")], keyLabel: "/", action: .searchInscriptions,
                   french: "chercher", english: "search", hint: false),
        KeyBinding(context: .triage, keys: [.character("n")], keyLabel: "n", action: .editNote,
                   french: "modifier la note", english: "edit the note", hint: false),
        KeyBinding(context: .triage, keys: [.enter], keyLabel: "Entrée|Enter", action: .showInscription,
                   french: "l'inscription en entier", english: "the inscription in full", hint: false),

        KeyBinding(context: .form, keys: [.tab, .down, .enter], keyLabel: "Tab/↓/Entrée|Tab/↓/Enter", action: .nextField,
                   french: "champ suivant", english: "next field", hint: false),
        KeyBinding(context: .form, keys: [.backTab, .up], keyLabel: "Maj-Tab/↑|Shift-Tab/↑", action: .previousField,
                   french: "champ précédent", english: "previous field", hint: false),
        KeyBinding(context: .form, keys: [.character(" ")], keyLabel: "Espace|Space", action: .toggleOption,
                   french: "cocher une case ou une option (←/→ entre les options)", english: "tick a box or an option (←/→ between options)", hint: true),
        KeyBinding(context: .form, keys: [.control("s")], keyLabel: "Ctrl-S", action: .submitForm,
                   french: "envoyer l'inscription", english: "submit the registration", hint: true),
        KeyBinding(context: .form, keys: [.escape], keyLabel: "Échap|Esc", action: .leaveForm,
                   french: "quitter le formulaire (le brouillon est gardé)", english: "leave the form (the draft is kept)", hint: true),
        KeyBinding(context: .form, keys: [.control("o")], keyLabel: "Ctrl-O", action: .openExisting,
                   french: "ouvrir l'inscription existante (doublon)", english: "open the existing registration (duplicate)", hint: false),
        KeyBinding(context: .form, keys: [.left, .right, .home, .end, .backspace, .delete, .control("u")],
                   keyLabel: "←/→ Début/Fin ⌫ Suppr Ctrl-U|←/→ Home/End ⌫ Del Ctrl-U", action: .editText,
                   french: "éditer le texte (Ctrl-U efface le champ)", english: "edit the text (Ctrl-U clears the field)", hint: false),
    ]

    /// The action `key` means in `context` with the default keys.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        KeyTable.standard.action(for: key, in: context)
    }
}
