import AgendaModel
import Testing

@Suite("Language.fromEnvironment")
struct LanguageTests {
    @Test("a French locale gives French", arguments: ["fr_FR.UTF-8", "fr_CA", "fr", "FR_fr.utf8"])
    func french(locale: String) {
        #expect(Language.fromEnvironment(["LANG": locale]) == .fr)
    }

    @Test("any other locale gives English", arguments: ["en_US.UTF-8", "C", "POSIX", "de_DE.UTF-8", "C.UTF-8"])
    func english(locale: String) {
        #expect(Language.fromEnvironment(["LANG": locale]) == .en)
    }

    @Test("no locale variable gives English")
    func noLocale() {
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test("LC_ALL wins over LC_MESSAGES and LANG")
    func lcAllFirst() {
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"]) == .fr)
    }

    @Test("LC_MESSAGES wins over LANG")
    func lcMessagesBeforeLang() {
        #expect(Language.fromEnvironment(["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"]) == .en)
    }

    @Test("an empty variable is skipped")
    func emptySkipped() {
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"]) == .fr)
    }

    @Test("other variables, LANGUAGE included, are not consulted")
    func otherVariables() {
        #expect(Language.fromEnvironment(["LANGUAGE": "fr", "LC_TIME": "fr_FR.UTF-8"]) == .en)
    }
}
