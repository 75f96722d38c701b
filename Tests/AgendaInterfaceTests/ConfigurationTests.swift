import AgendaInterface
import AgendaModel
import AgendaWords
import Testing

@Suite struct ConfigurationTests {
    @Test func aGoodFileSetsEverything() {
        let text = """
        # réglages d'agenda
        catalogue = "/srv/cuf/catalogue.json"
        data-dir = "/home/elodie/agenda"
        language = "en"
        theme = "high-contrast"

        [keys]
        approve = "A"
        down = ["j", "Down", "Ctrl-N"]
        """
        let (configuration, problems) = ConfigurationReader.read(text, language: .en)
        #expect(problems.isEmpty)
        #expect(configuration.catalogue == "/srv/cuf/catalogue.json")
        #expect(configuration.dataDirectory == "/home/elodie/agenda")
        #expect(configuration.language == .en)
        #expect(configuration.theme == .highContrast)
        #expect(configuration.keys[.approve] == [.character("A")])
        #expect(configuration.keys[.moveDown] == [.character("j"), .down, .control("n")])
    }

    @Test("[mail] gives the sender and how messages leave; each mistake is named with its line")
    func mailSettings() {
        let good = """
        [mail]
        from = "Cités Unies France <coordination@example.org>"
        reply-to = "inscriptions@example.org"
        bcc-self = true
        sendmail = "msmtp -t"
        on-decision = "queue"
        """
        let (configuration, problems) = ConfigurationReader.read(good, language: .en)
        #expect(problems.isEmpty)
        #expect(configuration.mail.from == MailAddress(name: "Cités Unies France", address: "coordination@example.org"))
        #expect(configuration.mail.replyTo == MailAddress(address: "inscriptions@example.org"))
        #expect(configuration.mail.bccSelf && configuration.mail.sendmail == "msmtp -t" && configuration.mail.onDecision == .queue)
        let bad = """
        [mail]
        from = "pas une adresse"
        bcc-self = "oui"
        on-decision = "souvent"
        smtp = "localhost"
        """
        let (_, found) = ConfigurationReader.read(bad, language: .fr)
        #expect(found.map(\.line).sorted() == [2, 3, 4, 5], "\(found)")
        #expect(found.contains { $0.issue == .unreadableAddress(key: "from", value: "pas une adresse") })
        #expect(found.contains { $0.issue == .unknownMailSetting("smtp", known: ["bcc-self", "from", "on-decision", "reply-to", "sendmail"]) })
    }

    @Test func invalidTOMLIsReportedAtItsLine() {
        let (_, problems) = ConfigurationReader.read("language = \"fr\"\ntheme = \n", language: .en)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.report(fileName: "config.toml") == "config.toml:2: \"theme\" has no value: write theme = \"value\"")
    }

    /// A file that does not parse is said as what to write, in the user's language, never in
    /// the TOML library's English.
    @Test(arguments: [
        ("theme = \"dark\nlanguage = \"fr\"\n", 1, "un guillemet n'est pas fermé sur cette ligne"),
        ("[keys\napprove = \"A\"\n", 1, "le titre de section n'est pas fermé"),
        ("# mon réglage\ntheme = dark\n", 2, "la valeur de «\u{00A0}theme\u{00A0}» doit être entre guillemets\u{202F}: theme = \"dark\""),
        ("theme\n", 1, "«\u{00A0}theme\u{00A0}» n'est ni un réglage ni une section"),
        ("theme = \"dark\"\n[keys]\napprove = \"A\"\napprove = \"B\"\n", 4, "«\u{00A0}keys.approve\u{00A0}» est déjà réglé ligne 3"),
        ("theme = \"dark\"\ntheme = \"light\"\n", 2, "«\u{00A0}theme\u{00A0}» est déjà réglé ligne 1"),
        ("theme = 1x2\n", 1, "cette ligne ne se lit pas"),
    ] as [(String, Int, String)])
    func syntaxMistakesAreSaidInOurWords(text: String, line: Int, message: String) {
        let (_, problems) = ConfigurationReader.read(text, language: .fr)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.message.hasPrefix(message) == true, "\(problems.first?.message ?? "-")")
    }

    @Test func eachBadSettingIsNamedWithItsLineAndTheRestIsKept() {
        let text = "language = \"de\"\ntheme = \"sombre\"\ncolour = true\ncatalogue = 3\ndata-dir = \"/d\"\n"
        let (configuration, problems) = ConfigurationReader.read(text, language: .fr)
        #expect(problems.map(\.line).sorted() == [1, 2, 3, 4])
        #expect(problems.contains { $0.message.contains("langue «\u{00A0}de\u{00A0}» inconnue") })
        #expect(problems.contains { $0.message.contains("thème «\u{00A0}sombre\u{00A0}» inconnu") })
        #expect(problems.contains { $0.message.contains("réglage inconnu «\u{00A0}colour\u{00A0}»") })
        #expect(configuration.dataDirectory == "/d")
        #expect(configuration.language == nil)
    }

    @Test func unknownActionsAndUnreadableKeysAreReported() {
        let text = "[keys]\nfly = \"f\"\napprove = \"Ctrl-Shift-Z\"\n"
        let (configuration, problems) = ConfigurationReader.read(text, language: .en)
        #expect(configuration.keys.isEmpty)
        #expect(problems.map(\.line) == [3, 2])
    }

    @Test func reboundKeysReplaceTheDefaultsAndHelpNamesThem() {
        var configuration = Configuration()
        configuration.keys[.approve] = [.character("A")]
        let (table, conflicts) = configuration.keyTable()
        #expect(conflicts.isEmpty)
        #expect(table.action(for: .character("A"), in: .triage) == .approve)
        #expect(table.action(for: .character("a"), in: .triage) == nil)
        let help = HelpView.lines(strings: Strings(.en), keys: table).map(\.text)
        #expect(help.contains { $0.contains("A") && $0.contains("approve") })
    }

    @Test func aKeyThatAlreadyMeansSomethingElseIsRefused() {
        var configuration = Configuration()
        configuration.keys[.approve] = [.character("w")]
        let (table, conflicts) = configuration.keyTable()
        #expect(conflicts.count == 1)
        #expect(table.action(for: .character("a"), in: .triage) == .approve)
        let problems = ConfigurationReader.conflictProblems(conflicts, text: "[keys]\napprove = \"w\"\n", language: .en)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message == "\"w\" already does \"waitlist\": \"approve\" keeps its keys")
    }

    @Test func themesResolveWithAndWithoutColour() {
        var configuration = Configuration()
        #expect(configuration.resolvedTheme(colorAvailable: true) == .color)
        #expect(configuration.resolvedTheme(colorAvailable: false) == .monochrome)
        configuration.theme = .highContrast
        #expect(configuration.resolvedTheme(colorAvailable: true) == .highContrast)
        #expect(configuration.resolvedTheme(colorAvailable: false) == .monochrome)
    }

    @Test func keysAreReadByTheirNames() {
        #expect(Key(name: "Ctrl-S") == .control("s"))
        #expect(Key(name: "esc") == .escape)
        #expect(Key(name: "Shift-Tab") == .backTab)
        #expect(Key(name: "F5") == .function(5))
        #expect(Key(name: "é") == .character("é"))
        #expect(Key(name: "ab") == nil)
        #expect(Key(name: "\u{1B}") == nil)
    }
}

@Suite struct RebindingOrderTests {
    @Test("of two actions given one key, the later line is the one refused, whichever comes first by name")
    func theLaterLineIsBlamed() {
        for (first, second) in [("approve", "waitlist"), ("waitlist", "approve")] {
            let text = "[keys]\n\(first) = \"A\"\n\(second) = \"A\"\n"
            let (configuration, problems) = ConfigurationReader.read(text, language: .en)
            #expect(problems.isEmpty)
            let conflicts = ConfigurationReader.conflictProblems(configuration.keyTable().conflicts, text: text, language: .en)
            #expect(conflicts.map(\.line) == [3], "\(first) then \(second): \(conflicts.map(\.message))")
        }
    }
}
