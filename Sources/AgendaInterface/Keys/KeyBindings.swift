import AgendaModel

/// One line of the key table: the keys, what they do, where, and how help names them.
public struct KeyBinding: Sendable {
    public let context: KeyContext
    public let keys: [Key]
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

/// The default key table (interface.md). Data, not code: help is drawn from it.
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

    /// The action `key` means in `context`: the context's own bindings first, then the global ones.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        for binding in table where binding.context == context && binding.keys.contains(key) { return binding.action }
        // In a form, letters and `?` are typing: only the redraw key is global there.
        if context == .form { return key == .control("l") ? .redraw : nil }
        for binding in table where binding.context == .everywhere && binding.keys.contains(key) { return binding.action }
        return nil
    }
}
