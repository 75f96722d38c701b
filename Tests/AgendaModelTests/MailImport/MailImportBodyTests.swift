@testable import AgendaModel
import Testing

/// The note an inscription gets from a message's bytes.
private func body(_ text: String, extra: [UInt8] = []) throws -> MailBodyText {
    try MailBodyText(#require(MailMessageParser.parse(Array(text.utf8) + extra)))
}

@Suite("Mail import: bodies") struct MailImportBodyTests {
    @Test func charsetsAsTheirLabelsSay() {
        #expect(MailCharset.text([0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65], charset: "iso-8859-1") == "Hélène")
        #expect(MailCharset.text([0xA4, 0x20, 0xBC], charset: "ISO-8859-15") == "€ Œ")
        #expect(MailCharset.text([0x80, 0x20, 0x92, 0x9C], charset: "windows-1252") == "€ ’œ")
        #expect(MailCharset.text(Array("Élodie".utf8), charset: "UTF-8") == "Élodie")
        // A UTF-8 label on Latin-1 bytes, and a label nobody knows: read, not refused.
        #expect(MailCharset.text([0x48, 0xE9], charset: "utf-8") == "Hé")
        #expect(MailCharset.text(Array("Zoé".utf8), charset: "x-unknown") == "Zoé")
    }

    @Test func quotedPrintableWithSoftBreaksAndStrayEquals() {
        #expect(QuotedPrintable.decode(Array("Je souhaite m'inscrire au w=\r\nebinaire =C3=A0 10=E2=82=AC, 1+1=2".utf8))
            == Array("Je souhaite m'inscrire au webinaire à 10€, 1+1=2".utf8))
    }

    @Test func quotedPrintableBody() throws {
        let note = try body("From: a@b.fr\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nJe serai pr=E9sente.\n")
        #expect(note.text == "Je serai présente.")
    }

    @Test func base64BodyWithLineBreaks() throws {
        // "Inscription confirmée, merci." in UTF-8, cut over two lines.
        let note = try body("From: a@b.fr\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nSW5zY3JpcHRpb24gY29uZmly\nbcOpZSwgbWVyY2ku\n")
        #expect(note.text == "Inscription confirmée, merci.")
    }

    @Test func eightBitBodyInWindows1252() throws {
        let note = try body("From: a@b.fr\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\nL", extra: [0x92, 0x61, 0x64, 0x6A, 0x6F, 0x69, 0x6E, 0x74, 0x65])
        #expect(note.text == "L’adjointe")
    }

    @Test func alternativePrefersThePlainText() throws {
        let note = try body("""
        From: a@b.fr
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/html; charset=utf-8

        <p>HTML</p>
        --b1
        Content-Type: text/plain; charset=utf-8

        Texte brut
        --b1--
        """)
        #expect(note.text == "Texte brut")
    }

    @Test func htmlAloneIsReadAsText() throws {
        let note = try body("""
        From: a@b.fr
        Content-Type: text/html; charset=utf-8

        <html><head><style>p { color: red }</style></head><body><p>Bonjour,</p><p>Je m&#39;inscris&nbsp;au <b>webinaire</b>.<br>Merci</p>
        <blockquote>Le message cité</blockquote></body></html>
        """)
        #expect(note.text == "Bonjour,\n\nJe m'inscris\u{00A0}au webinaire.\nMerci")
    }

    @Test func mixedNamesItsAttachmentsAndKeepsNoneOfThem() throws {
        let note = try body("""
        From: a@b.fr
        Content-Type: multipart/mixed; boundary=outer

        --outer
        Content-Type: multipart/alternative; boundary=inner

        --inner
        Content-Type: text/plain; charset=utf-8

        Voici la fiche.
        --inner--
        --outer
        Content-Type: application/pdf; name="fiche.pdf"
        Content-Disposition: attachment; filename*=utf-8''fiche%20d%C3%A9l%C3%A9gation.pdf
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --outer
        Content-Type: image/png
        Content-Disposition: inline; filename="=?UTF-8?Q?logo_=C3=A9t=C3=A9.png?="

        iVBORw0KGgo=
        --outer--
        """)
        #expect(note.text == "Voici la fiche.")
        #expect(note.attachments == ["fiche délégation.pdf", "logo été.png"])
    }

    @Test func crlfAndLFGiveTheSameNote() throws {
        let lf = "From: a@b.fr\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nLigne 1\nLigne 2\n--b--\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try body(lf).text == "Ligne 1\nLigne 2")
        #expect(try body(crlf).text == "Ligne 1\nLigne 2")
    }

    @Test func trimsAFrenchQuotedReplyAndTheSignature() throws {
        let note = try body("""
        From: a@b.fr

        Bonjour,
        Je m'inscris.
        --\u{20}
        Marie Dupont
        Ville de Lyon

        Le 3 nov. 2026 à 10:15, Coordination <coord@reseau.fr> a écrit :
        > Pour vous inscrire, écrivez-nous.
        """)
        #expect(note.text == "Bonjour,\nJe m'inscris.")
        #expect(note.signature == ["Marie Dupont", "Ville de Lyon"])
    }

    @Test func trimsAnEnglishReplyAndQuotedLines() throws {
        let note = try body("From: a@b.fr\n\nCount me in.\n> quoted line\nThanks\n\nOn Tue, 3 Nov 2026, Coordination wrote:\n> Please write to us.\n")
        #expect(note.text == "Count me in.\nThanks")
    }

    @Test func trimsOutlookOriginalMessageAndDeBlocks() throws {
        let original = try body("From: a@b.fr\n\nJe viendrai.\n\n-----Original Message-----\nFrom: Coordination\nSent: Tuesday\n")
        #expect(original.text == "Je viendrai.")
        let french = try body("From: a@b.fr\n\nJe viendrai aussi.\n\nDe : Coordination <coord@reseau.fr>\nEnvoyé : mardi 3 novembre 2026 10:15\nÀ : a@b.fr\n")
        #expect(french.text == "Je viendrai aussi.")
    }

    @Test func aSignatureWithoutDelimiterIsTheLastShortBlock() throws {
        let note = try body("From: a@b.fr\n\nBonjour,\n\nJe m'inscris au webinaire.\n\nGaëlle Le Goff\nRégion Bretagne\n")
        #expect(note.signature == ["Gaëlle Le Goff", "Région Bretagne"])
        #expect(note.text.hasSuffix("Région Bretagne"))
    }
}
