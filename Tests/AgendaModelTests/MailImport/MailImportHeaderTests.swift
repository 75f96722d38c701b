@testable import AgendaModel
import Testing

@Suite("Mail import: headers") struct MailImportHeaderTests {
    @Test func decodesBase64EncodedWordsInUTF8() {
        #expect(MailHeaderReader.decodeEncodedWords("=?UTF-8?B?w4lsb2RpZSBNYXJ0aW4=?=") == "Élodie Martin")
    }

    @Test func decodesQEncodedWordsWithUnderscoresAsSpaces() {
        #expect(MailHeaderReader.decodeEncodedWords("=?iso-8859-1?Q?H=E9l=E8ne_Dupr=E9?=") == "Hélène Dupré")
    }

    @Test func dropsTheSpaceBetweenTwoEncodedWordsButKeepsItBeforePlainText() {
        let value = "=?utf-8?q?Marie-Th=C3=A9r=C3=A8se?= =?utf-8?q?_Dupont?= (Mairie)"
        #expect(MailHeaderReader.decodeEncodedWords(value) == "Marie-Thérèse Dupont (Mairie)")
    }

    @Test func readsWindows1252AndLatin9Words() {
        #expect(MailHeaderReader.decodeEncodedWords("=?windows-1252?Q?=8Cuvre_=80?=") == "Œuvre €")
        #expect(MailHeaderReader.decodeEncodedWords("=?ISO-8859-15?Q?=A4_=BD?=") == "€ œ")
    }

    @Test func keepsMalformedEncodedWordsAsWritten() {
        #expect(MailHeaderReader.decodeEncodedWords("=?utf-8?X?abc?= Dupont") == "=?utf-8?X?abc?= Dupont")
        #expect(MailHeaderReader.decodeEncodedWords("=?utf-8?B?w4lsb2") == "=?utf-8?B?w4lsb2")
        #expect(MailHeaderReader.decodeEncodedWords("=?utf-8?Q?Andr=E9?=") == "André")
    }

    @Test func unfoldsFoldedHeaders() throws {
        let mail = try #require(MailMessageParser.parse(Array("Subject: Inscription\r\n au webinaire\r\n\tdu 8\r\nFrom: a@b.fr\r\n\r\nBody".utf8)))
        #expect(mail.headers.text("subject") == "Inscription au webinaire du 8")
        #expect(mail.headers["from"] == "a@b.fr")
    }

    @Test func readsEightBitHeadersAsUTF8ElseWindows1252() throws {
        let utf8 = try #require(MailMessageParser.parse(Array("From: Zoé <z@b.fr>\n\n".utf8)))
        #expect(utf8.headers["from"] == "Zoé <z@b.fr>")
        let latin = try #require(MailMessageParser.parse(Array("From: Zo".utf8) + [0xE9] + Array(" <z@b.fr>\n\n".utf8)))
        #expect(latin.headers["from"] == "Zoé <z@b.fr>")
    }

    @Test func readsTheSenderInEveryFormOfFrom() {
        #expect(MailAddress(headerField: "\"Dupont, Marie\" <m.dupont@lyon.fr>") == MailAddress(name: "Dupont, Marie", address: "m.dupont@lyon.fr"))
        #expect(MailAddress(headerField: "m.dupont@lyon.fr (Marie Dupont)") == MailAddress(name: "Marie Dupont", address: "m.dupont@lyon.fr"))
        #expect(MailAddress(headerField: "m.dupont@lyon.fr") == MailAddress(address: "m.dupont@lyon.fr"))
        #expect(MailAddress(headerField: "=?UTF-8?B?55Sw5LitIOWkqumDjg==?= <tanaka@kyoto.jp>")?.name == "田中 太郎")
        #expect(MailAddress(headerField: "Marie Dupont") == nil)
    }

    @Test func readsTheDateAsTheStoreWritesAMoment() {
        #expect(MailDate.moment("Tue, 3 Nov 2026 10:15:00 +0100")?.timestamp == "2026-11-03T10:15:00+01:00")
        #expect(MailDate.moment("3 Nov 2026 09:05 -0330")?.timestamp == "2026-11-03T09:05:00-03:30")
        #expect(MailDate.moment("Wed, 18 May 2027 08:00:00 GMT")?.timestamp == "2027-05-18T08:00:00+00:00")
        #expect(MailDate.moment("hier soir") == nil)
    }

    @Test func keysAMessageByItsMessageIDElseByADigest() throws {
        let withID = try #require(MailMessageParser.parse(Array("Message-ID: <abc@lyon.fr>\nFrom: a@b.fr\n\n".utf8)))
        #expect(MailImport.key(withID.headers) == "<abc@lyon.fr>")
        let without = try #require(MailMessageParser.parse(Array("Date: 3 Nov 2026 10:00 +0100\nFrom: a@b.fr\nSubject: Inscription\n\n".utf8)))
        let other = try #require(MailMessageParser.parse(Array("Date: 3 Nov 2026 10:01 +0100\nFrom: a@b.fr\nSubject: Inscription\n\n".utf8)))
        #expect(MailImport.key(without.headers).hasPrefix("digest:"))
        #expect(MailImport.key(without.headers).count == 39)
        #expect(MailImport.key(without.headers) == MailImport.key(without.headers))
        #expect(MailImport.key(without.headers) != MailImport.key(other.headers))
    }
}
