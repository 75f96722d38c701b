import AgendaWords

/// The names actions have in the configuration's `[keys]` table.
extension Action {
    public static let configurationNames: [String: Action] = [
        "help": .help, "quit": .quit, "back": .back, "next-pane": .nextPane, "previous-pane": .previousPane,
        "redraw": .redraw, "down": .moveDown, "up": .moveUp, "page-down": .pageDown, "page-up": .pageUp,
        "first": .first, "last": .last, "today": .today, "open": .openDetail, "search": .startSearch,
        "filter": .openFilter, "past": .togglePast, "register": .register, "inscriptions": .openTriage,
        "all-inscriptions": .openAllTriage, "approve": .approve, "waitlist": .waitlist, "decline": .decline,
        "cancel": .cancel, "tag": .tag, "tag-all": .tagAll, "untag-all": .untagAll, "bulk": .bulk, "undo": .undo, "redo": .redo,
        "status-filter": .cycleStatusFilter, "search-inscriptions": .searchInscriptions, "note": .editNote,
        "show-inscription": .showInscription, "submit": .submitForm,
    ]
}
