import Foundation
import Testing

/// The real binary in a real (tmux) terminal: what a coordinator sees and types.
@Suite(.tags(.slow)) struct InterfaceEndToEndTests {
    static let arguments = ["--today", "2026-11-23", "--lang", "fr"]

    @Test(arguments: [("dumb", "agenda: cannot drive this terminal (TERM=dumb); set TERM"),
                      ("", "agenda: TERM is not set; set TERM"),
                      ("no-such-terminal", "agenda: cannot drive this terminal (TERM=no-such-terminal)")])
    func aTerminalThatCannotBeDrivenSaysSoAndExits(term: String, message: String) throws {
        let session = try TmuxSession(["--lang", "en"], environment: ["TERM": term])
        let (status, modes) = try session.waitForExit()
        #expect(status == 1)
        #expect(session.lastScreen.contains(message), "\(session.lastScreen)")
        #expect(modes.split(separator: " ").contains("echo"))
    }

    @Test func firstFrameShowsTheUpcomingAgenda() throws {
        let session = try TmuxSession(Self.arguments)
        let screen = try session.waitFor(text: "À venir — 22 événements")
        #expect(screen.contains("agenda — Cités Unies France"))
        #expect(screen.contains("aujourd'hui lun. 23 novembre 2026"))
        #expect(screen.contains("Décembre 2026"))
        #expect(screen.contains("? aide"))
    }

    @Test func movingOpensTheDetailOfTheSelectedEvent() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("j", "j")
        try session.waitFor("the third event selected") { $0.contains("▸jeu. 10 journée  Journée du groupe-pays Li") }
        try session.send("Enter")
        let screen = try session.waitFor(text: "Quand           jeu. 10 décembre 2026")
        #expect(screen.contains("Groupes-pays    Liban"))
        try session.send("G")
        try session.waitFor("the detail scrolled to its end") { $0.contains("Détail — ") && !$0.contains("Détail — 1–") }
        try session.send("Escape", "k")
        try session.waitFor("the second event selected") { $0.contains("▸mar. 08 10:00") }
    }

    @Test func liveSearchNarrowsAsYouTypeAndEscapeClears() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("/")
        try session.type("armenie")
        let screen = try session.waitFor(text: "À venir — 1 événement")
        #expect(screen.contains("Journée du groupe-pays Ar"))
        #expect(screen.contains("/armenie█"))
        try session.send("Escape")
        try session.waitFor(text: "À venir — 22 événements")
    }

    /// From the detail pane (where `q` from triage comes back), `/` starts the agenda's search:
    /// what is typed goes to the search, never to the detail's keys (`e` exports, `r` registers).
    @Test func slashSearchesFromTheDetailPane() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("Enter")
        try session.waitFor(text: "Quand ")
        try session.send("/")
        try session.type("rencontres")
        let screen = try session.waitFor(text: "À venir — 3 événements")
        #expect(screen.contains("/rencontres█"))
        #expect(!screen.contains("Inscription —"))
        #expect(!FileManager.default.fileExists(atPath: session.scratch.appendingPathComponent("data/agenda/exports").path))
    }

    @Test func resizingDownToTooSmallAndBackKeepsTheSelection() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("j", "j", "j")
        try session.waitFor("the fourth event selected") { $0.contains("▸jeu. 14 → 15/01") }
        try session.resize(width: 70, height: 20)
        try session.waitFor("one-pane layout at 70×20") { screen in
            screen.split(separator: "\n").count == 20 && screen.contains("▸jeu. 14 → 15/01") && !screen.contains("│")
        }
        try session.resize(width: 30, height: 8)
        try session.waitFor(text: "Terminal trop petit (30×8)")
        try session.resize(width: 120, height: 40)
        let screen = try session.waitFor("two panes again") { $0.contains("│") && $0.contains("▸jeu. 14 → 15/01") }
        #expect(screen.contains("Formation : monter un projet"))
    }

    @Test func helpListsTheKeysAndClosesWithEscape() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("?")
        let help = try session.waitFor(text: "Aide — touches")
        #expect(help.contains("filtrer par type, thème, groupe-pays, statut"))
        try session.send("Escape")
        try session.waitFor("help closed") { !$0.contains("Aide — touches") && $0.contains("À venir") }
    }

    @Test func filterMenuNarrowsByKind() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("f")
        try session.waitFor(text: "Filtrer l'agenda")
        // The first item is the first kind in French order; tick it and close.
        try session.send("Space", "Enter")
        let screen = try session.waitFor("a kind filter in the title bar") { $0.contains("type\u{202F}: ") && !$0.contains("22 événements") }
        #expect(screen.contains("À venir — "))
    }

    @Test func quitExitsZeroAndRestoresTheTerminal() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        #expect(try session.format("alternate_on") == "1")
        try session.send("q")
        let (status, modes) = try session.waitForExit()
        #expect(status == 0)
        #expect(modes.split(separator: " ").contains("echo"))
        #expect(modes.split(separator: " ").contains("icanon"))
        #expect(modes.split(separator: " ").contains("ixon"))
        #expect(try session.format("alternate_on") == "0")
        #expect(try session.format("cursor_flag") == "1")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.signal("TERM")
        let (status, modes) = try session.waitForExit()
        #expect(status == 143)
        #expect(modes.split(separator: " ").contains("echo"))
        #expect(try session.format("alternate_on") == "0")
    }

    @Test func noColorGivesAMonochromeScreenWithTheSameText() throws {
        let session = try TmuxSession(Self.arguments, environment: ["NO_COLOR": "1"])
        let screen = try session.waitFor(text: "À venir — 22 événements")
        #expect(screen.contains("▸mer. 02 17:30"))
        let styled = try session.tmux(["capture-pane", "-p", "-e"])
        // Attributes only: no SGR colour codes 30–37, 40–47 or 38;5/48;5.
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]", options: .regularExpression) == nil)
    }

    @Test func eExportsTheSelectedEventAsICalendar() throws {
        let session = try TmuxSession(Self.arguments)
        try session.waitFor(text: "À venir — 22 événements")
        try session.send("e")
        try session.waitFor(text: "Exporté\u{202F}:")
        let file = session.scratch.appendingPathComponent("data/agenda/exports/cafe-elu-es-2026-12-02.ics")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.contains("UID:cafe-elu-es-2026-12-02@"))
    }
}
