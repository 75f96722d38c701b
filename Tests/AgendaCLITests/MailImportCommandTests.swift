import Foundation
import Testing

/// Writes the same messages into an mbox (`mailbox.mbox`) and a Maildir (`mailbox.Maildir`)
/// with Python's `email` package, in every charset and transfer encoding a mail client sends:
/// the policy.default EmailMessage (UTF-8, its own choice of encoding), and email.mime parts
/// with explicit charsets ISO-8859-1 (quoted-printable), ISO-8859-15 (base64), Windows-1252
/// (8bit) and UTF-8 (base64), alternatives, an attachment, and every message to skip.
private let mailboxWriter = #"""
import base64, mailbox, sys
import email.policy, email.charset
from email.message import EmailMessage
from email.headerregistry import Address
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr

messages = []

m = EmailMessage(policy=email.policy.default)
m['From'] = Address('Élodie Martin', addr_spec='e.martin@lyon.fr')
m['To'] = 'coordination@example.org'
m['Subject'] = 'Inscription au webinaire'
m['Date'] = 'Tue, 03 Nov 2026 10:15:00 +0100'
m['Message-ID'] = '<elodie@lyon.fr>'
m.set_content('Bonjour,\nJe m\'inscris au webinaire.\nFrom my side, all is fine.\n-- \nÉlodie Martin\nChargée de coopération\nVille de Lyon\n', cte='quoted-printable')
messages.append(m)

t = MIMEText('Je serai présente à la réunion.\n\nLe 2 nov. 2026 à 09:00, Coordination <coordination@example.org> a écrit :\n> Écrivez-nous.\n', 'plain', 'iso-8859-1')
t['From'] = formataddr((str(Header('Hélène Dupré', 'iso-8859-1')), 'h.dupre@gard.fr'))
t['Subject'] = Header('Inscription à la journée', 'iso-8859-1')
t['Date'] = 'Wed, 04 Nov 2026 08:00:00 +0000'
t['Message-ID'] = '<helene@gard.fr>'
messages.append(t)

latin9 = email.charset.Charset('iso-8859-15')
latin9.body_encoding = email.charset.BASE64
b = MIMEText('Bonjour, je viendrai avec l\'œuvre, 20 €.\n-- \nConseil départemental du Gard\n', 'plain', latin9)
b['From'] = '=?iso-8859-15?b?' + base64.b64encode('DUPONT-MOREAU Zoé'.encode('iso-8859-15')).decode() + '?= <zoe@gard.fr>'
b['Message-ID'] = '<zoe@gard.fr>'
messages.append(b)

cs = email.charset.Charset('windows-1252')
cs.body_encoding = None
w = MIMEText('', 'plain')
w.set_payload('L’adjointe au maire viendra “avec plaisir”.\n\nMetropole de Lyon\n'.encode('windows-1252'), cs)
w['Content-Transfer-Encoding'] = '8bit'
w['From'] = Header('Le Goff, Gaëlle', 'windows-1252').encode() + ' <gaelle@bretagne.fr>'
w['Message-ID'] = '<gaelle@bretagne.fr>'
messages.append(w)

j = EmailMessage(policy=email.policy.default)
j['From'] = Address('田中 太郎', addr_spec='tanaka@kyoto.jp')
j['Message-ID'] = '<tanaka@kyoto.jp>'
j.set_content('参加します。\n', cte='base64')
messages.append(j)

a = EmailMessage(policy=email.policy.default)
a['From'] = Address('Արմեն Պետրոսյան', addr_spec='armen@gyumri.am')
a['Message-ID'] = '<armen@gyumri.am>'
a.set_content('Ես կմասնակցեմ։\n')
a.add_alternative('<p>HTML version</p>', subtype='html')
a.add_attachment(b'%PDF-1.4', maintype='application', subtype='pdf', filename='fiche délégation.pdf')
messages.append(a)

h = MIMEMultipart('alternative')
h['From'] = 'marie.dupont@arles.fr'
h['Message-ID'] = '<marie@arles.fr>'
h.attach(MIMEText('<html><body><p>Je m&#39;inscris.</p><p>Mairie d&#39;Arles</p></body></html>', 'html', 'utf-8'))
messages.append(h)

def simple(sender, subject, body, **headers):
    s = EmailMessage(policy=email.policy.default)
    s['From'] = sender
    s['Subject'] = subject
    for name, value in headers.items():
        s[name.replace('_', '-')] = value
    s.set_content(body)
    return s

messages.append(simple('Pierre Durand <p.durand@lille.fr>', 'Réponse automatique : absent', 'Je suis absent.', Message_ID='<auto@lille.fr>', Auto_Submitted='auto-replied'))
messages.append(simple('Pierre Durand <p.durand@lille.fr>', 'Out of Office', 'Away.', Message_ID='<ooo@lille.fr>'))
report = MIMEMultipart('report', report_type='delivery-status')
report['From'] = 'Mail Delivery System <MAILER-DAEMON@mx.example.org>'
report['Message-ID'] = '<bounce@mx.example.org>'
report.attach(MIMEText('Delivery failed.', 'plain', 'utf-8'))
messages.append(report)
messages.append(simple('Cités Unies France <coordination@example.org>', 'Invitation', 'Inscrivez-vous.', Message_ID='<invite@example.org>'))
messages.append(simple('Élodie Martin <E.Martin@Lyon.fr>', 'Re: inscription', 'Encore moi.', Message_ID='<elodie-2@lyon.fr>'))
messages.append(simple('Karim Benali <k.benali@lille.fr>', 'Inscription', 'Sans identifiant.', Date='Thu, 05 Nov 2026 09:00:00 +0100'))

box = mailbox.mbox(sys.argv[1] + '/boite.mbox')
directory = mailbox.Maildir(sys.argv[1] + '/Maildir')
for message in messages:
    box.add(message)
    directory.add(message)
box.flush()
"""#

private let catalogueJSON = """
{ "schemaVersion": 1, "events": [
  { "id": "webinaire-climat-2027-01-14", "title": "Webinaire climat", "kind": "webinar",
    "start": "2027-01-14T09:30:00+01:00", "registration": { "modes": ["online"] } }
] }
"""

/// A scratch directory with the catalogue, a data directory, the coordinator's config.toml and
/// the mailboxes Python wrote.
private final class Setup {
    let scratch: ScratchDirectory
    let catalogue: String
    let data: String
    let config: String

    init(python: Bool = true) throws {
        scratch = try ScratchDirectory()
        catalogue = try scratch.write("catalogue.json", catalogueJSON)
        data = scratch.url.appendingPathComponent("data").path
        config = scratch.url.appendingPathComponent("config").path
        try FileManager.default.createDirectory(atPath: config + "/agenda", withIntermediateDirectories: true)
        _ = try scratch.write("config/agenda/config.toml", "[mail]\nfrom = \"Cités Unies France <coordination@example.org>\"\n")
        guard python else { return }
        let result = try AgendaProcess.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", mailboxWriter, scratch.url.path],
                                               environment: ProcessInfo.processInfo.environment)
        try #require(result.status == 0, "python3 is needed to write the mailboxes: \(result.stderr)")
    }

    func path(_ name: String) -> String { scratch.url.appendingPathComponent(name).path }

    func run(_ arguments: [String], lang: String = "en") throws -> AgendaProcess.Result {
        try AgendaProcess.run(["registrations"] + arguments + ["--catalogue", catalogue, "--data-dir", data, "--today", "2027-01-10",
                                                               "--lang", lang],
                              environment: ["XDG_CONFIG_HOME": config])
    }

    func importMail(_ files: [String], _ extra: [String] = ["--event", "webinaire-climat-2027-01-14"]) throws -> AgendaProcess.Result {
        try run(["import"] + files.map(path) + extra)
    }

    func stored() throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: self.data + "/registrations.json") else { return [] }
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["registrations"] as? [[String: Any]] ?? []
    }

    /// firstName, lastName, organisation of each stored registration, by e-mail.
    func people() throws -> [String: [String]] {
        var people: [String: [String]] = [:]
        for registration in try stored() {
            let participant = registration["participant"] as? [String: Any] ?? [:]
            let email = participant["email"] as? String ?? ""
            people[email] = ["firstName", "lastName", "organisation"].map { participant[$0] as? String ?? "" }
        }
        return people
    }

    func note(of email: String) throws -> String? {
        try stored().first { ($0["participant"] as? [String: Any])?["email"] as? String == email }?["note"] as? String
    }
}

/// Every inscription the Python mailboxes bring, as firstName, lastName, organisation.
private let expectedPeople: [String: [String]] = [
    "e.martin@lyon.fr": ["Élodie", "Martin", "Ville de Lyon"],
    "h.dupre@gard.fr": ["Hélène", "Dupré", ""],
    "zoe@gard.fr": ["Zoé", "Dupont-Moreau", "Conseil départemental du Gard"],
    "gaelle@bretagne.fr": ["Gaëlle", "Le Goff", "Metropole de Lyon"],
    "tanaka@kyoto.jp": ["太郎", "田中", ""],
    "armen@gyumri.am": ["Արմեն", "Պետրոսյան", ""],
    "marie.dupont@arles.fr": ["Marie", "Dupont", "Mairie d'Arles"],
    "k.benali@lille.fr": ["Karim", "Benali", ""],
]

@Suite struct MailImportCommandTests {
    @Test func anMboxFromPythonImportsEveryCharsetAndEncodingExactly() throws {
        let setup = try Setup()
        let result = try setup.importMail(["boite.mbox"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "8 added, 5 skipped (2 automatic replies, 1 delivery failure, 1 sent by you, 1 duplicate)\n")
        #expect(try setup.people() == expectedPeople)
        let stored = try setup.stored()
        #expect(stored.allSatisfy { $0["source"] as? String == "email" && $0["status"] as? String == "pending" })
        #expect(stored.first?["createdAt"] as? String == "2026-11-03T10:15:00+01:00")
        #expect(stored.first?["emailMessageId"] as? String == "<elodie@lyon.fr>")
        // The `From ` line of the body came back unquoted; the signature and the quoted reply went.
        #expect(try setup.note(of: "e.martin@lyon.fr") == "Bonjour,\nJe m'inscris au webinaire.\nFrom my side, all is fine.")
        #expect(try setup.note(of: "h.dupre@gard.fr") == "Je serai présente à la réunion.")
        #expect(try setup.note(of: "zoe@gard.fr") == "Bonjour, je viendrai avec l'œuvre, 20 €.")
        #expect(try setup.note(of: "gaelle@bretagne.fr") == "L’adjointe au maire viendra “avec plaisir”.\n\nMetropole de Lyon")
        #expect(try setup.note(of: "tanaka@kyoto.jp") == "参加します。")
        #expect(try setup.note(of: "armen@gyumri.am") == "Ես կմասնակցեմ։\n\nAttachments (not kept): fiche délégation.pdf")
        #expect(try setup.note(of: "marie.dupont@arles.fr") == "Je m'inscris.\n\nMairie d'Arles")
        // Every skipped message is listed with its line in the mbox, in order.
        let skipped = result.stderr.split(separator: "\n").map(String.init)
        #expect(skipped.count == 6)
        #expect(skipped[0].hasPrefix(setup.path("boite.mbox") + ":") && skipped[0].hasSuffix(": automatic reply (out of office…); skipped"))
        #expect(skipped[2].hasSuffix(": delivery failure (a message that bounced); skipped"))
        #expect(skipped[3].hasSuffix(": sent by you (the from of [mail] in config.toml); skipped"))
        #expect(skipped[4].hasSuffix(": sender already registered for this event (Élodie Martin <e.martin@lyon.fr>); skipped")
                || skipped[4].contains("same sender as the message at " + setup.path("boite.mbox") + ":1;"))
        #expect(skipped[5] == "4 inscriptions have no organisation: complete them in triage (C corrects).")
    }

    @Test func importingTheSameMailboxAgainAddsNothing() throws {
        let setup = try Setup()
        #expect(try setup.importMail(["boite.mbox"]).status == 0)
        let before = try setup.stored()
        let again = try setup.importMail(["boite.mbox"])
        #expect(again.status == 0)
        #expect(again.stdout == "0 added, 13 skipped (2 automatic replies, 1 delivery failure, 1 sent by you, 1 duplicate, 8 already imported)\n")
        #expect(again.stderr.contains("(--verbose lists them all)"))
        #expect(try setup.stored().count == before.count)
        // The same messages from the Maildir are the same Message-IDs (and digest): nothing either.
        let maildir = try setup.importMail(["Maildir"])
        #expect(maildir.stdout.hasPrefix("0 added, 13 skipped"))
    }

    @Test func aMaildirImportsTheSameAsTheMbox() throws {
        let setup = try Setup()
        let result = try setup.importMail(["Maildir"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("8 added, 5 skipped"))
        #expect(try setup.people() == expectedPeople)
        // A Maildir message is named by its file.
        #expect(result.stderr.contains(setup.path("Maildir") + "/new/"))
    }

    @Test func aDryRunSaysWhatWouldBeAddedAndWritesNothing() throws {
        let setup = try Setup()
        let result = try setup.importMail(["boite.mbox"], ["--event", "webinaire-climat-2027-01-14", "--dry-run"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "8 would be added, 5 skipped (2 automatic replies, 1 delivery failure, 1 sent by you, 1 duplicate)")
        #expect(lines.count == 9)
        #expect(lines[1] == setup.path("boite.mbox") + ":1: Élodie Martin <e.martin@lyon.fr>, Ville de Lyon")
        #expect(lines.contains { $0.hasSuffix(": Hélène Dupré <h.dupre@gard.fr>, organisation to complete") })
        #expect(result.stderr.hasSuffix("Nothing was written (--dry-run).\n"))
        #expect(!FileManager.default.fileExists(atPath: setup.data))
    }

    @Test func mailWithoutEventIsAUsageError() throws {
        let setup = try Setup()
        let result = try setup.importMail(["boite.mbox"], [])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--event ID"))
        let unknown = try setup.importMail(["boite.mbox"], ["--event", "nope"])
        #expect(unknown.status == 64)
        #expect(!FileManager.default.fileExists(atPath: setup.data))
    }

    @Test func theReportIsInFrenchToo() throws {
        let setup = try Setup()
        let result = try setup.run(["import", setup.path("boite.mbox"), "--event", "webinaire-climat-2027-01-14"], lang: "fr")
        #expect(result.stdout == "8 ajoutées, 5 ignorés (2 réponses automatiques, 1 échec de remise, 1 envoyé par vous, 1 doublon)\n")
        #expect(result.stderr.contains("réponse automatique (absence…)\u{202F}; ignoré"))
    }
}

/// Hand-written samples shaped as the mail programs coordinators use export them.
@Suite struct MailImportSampleTests {
    /// Thunderbird's mbox: `From - <date>` separators, X-Mozilla-Status, format=flowed, a
    /// French reply header, LF line ends.
    static let thunderbird = """
    From - Tue Nov 03 10:15:00 2026
    X-Mozilla-Status: 0001
    X-Mozilla-Status2: 00000000
    Message-ID: <5f1c2a3b-tb@ville-grenoble.fr>
    Date: Tue, 3 Nov 2026 10:15:00 +0100
    MIME-Version: 1.0
    User-Agent: Mozilla Thunderbird
    From: =?UTF-8?Q?Mathilde_Roussel?= <m.roussel@ville-grenoble.fr>
    To: coordination@example.org
    Subject: =?UTF-8?Q?Re=3A_Journ=C3=A9e_Arm=C3=A9nie?=
    Content-Type: text/plain; charset=UTF-8; format=flowed
    Content-Transfer-Encoding: 8bit

    Bonjour,

    Je m'inscris, avec mon adjointe.

    --\u{20}
    Mathilde Roussel
    Chargée de mission Arménie | Ville de Grenoble

    Le 02/11/2026 à 09:00, Coordination a écrit\u{00A0}:
    > Pour vous inscrire, écrivez-nous.

    From - Tue Nov 03 11:00:00 2026
    X-Mozilla-Status: 0001
    Message-ID: <tb-2@agglo.fr>
    From: =?ISO-8859-1?Q?BERNARD_Andr=E9?= <andre.bernard@agglo.fr>
    Subject: Inscription
    Content-Type: text/plain; charset=ISO-8859-1
    Content-Transfer-Encoding: quoted-printable

    Je serai pr=E9sent.
    =

    Communaut=E9 d'agglom=E9ration du Grand Avignon

    """

    /// Outlook's "Save as" .eml: CRLF, Thread-Index, base64 UTF-8 HTML and text, and the
    /// "-----Original Message-----" block of a reply.
    static let outlook = [
        "Received: from EXCH01.mairie-lille.fr by EXCH02 with MAPI; Tue, 3 Nov 2026 14:02:11 +0100",
        "From: \"DELCOURT Sophie\" <s.delcourt@mairie-lille.fr>",
        "To: \"Coordination\" <coordination@example.org>",
        "Subject: RE: Webinaire climat",
        "Thread-Topic: Webinaire climat",
        "Thread-Index: AdkX1a2b3c4d5e6f7g8h9i0j",
        "Date: Tue, 3 Nov 2026 14:02:11 +0100",
        "Message-ID: <AM0PR01MB1234ABCD@AM0PR01MB1234.eurprd01.prod.outlook.com>",
        "Content-Type: multipart/alternative; boundary=\"_000_AM0PR01MB_\"",
        "MIME-Version: 1.0",
        "",
        "--_000_AM0PR01MB_",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "Content-Transfer-Encoding: base64",
        "",
        Data("Bonjour,\r\nJe participerai au webinaire.\r\n\r\nSophie Delcourt\r\nVille de Lille\r\n\r\n-----Original Message-----\r\nFrom: Coordination\r\nSent: Monday, November 2, 2026 9:00 AM\r\nSubject: Webinaire climat\r\n".utf8).base64EncodedString(options: .lineLength76Characters),
        "",
        "--_000_AM0PR01MB_",
        "Content-Type: text/html; charset=\"utf-8\"",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "<html><body><p>Bonjour,</p></body></html>",
        "--_000_AM0PR01MB_--",
        "",
    ].joined(separator: "\r\n")

    /// Gmail's Takeout mbox: `From <thread id>@xxx` separators, X-GM-THRID and X-Gmail-Labels,
    /// and a message with no name in its From.
    static let gmail = """
    From 1784512345678901234@xxx Tue Nov 03 16:20:00 +0000 2026
    X-GM-THRID: 1784512345678901234
    X-Gmail-Labels: Boîte de réception,Inscriptions
    Delivered-To: coordination@example.org
    Message-ID: <CAF=abc123@mail.gmail.com>
    Date: Tue, 3 Nov 2026 17:20:00 +0100
    From: jean-baptiste.lefevre@gmail.com
    Subject: Inscription
    Content-Type: multipart/alternative; boundary="000000000000a1b2c3"

    --000000000000a1b2c3
    Content-Type: text/plain; charset="UTF-8"
    Content-Transfer-Encoding: quoted-printable

    Bonjour, je m=E2=80=99inscris.
    >From now on I will follow the network.

    --000000000000a1b2c3
    Content-Type: text/html; charset="UTF-8"

    <div dir=3D"ltr">Bonjour</div>
    --000000000000a1b2c3--

    """

    private func setUp(_ files: [String: [UInt8]]) throws -> Setup {
        let setup = try Setup(python: false)
        for (name, bytes) in files { _ = try setup.scratch.write(name, bytes) }
        return setup
    }

    @Test func thunderbirdMbox() throws {
        let setup = try setUp(["Inscriptions": Array(Self.thunderbird.utf8)])
        let result = try setup.importMail(["Inscriptions"])
        #expect(result.stdout == "2 added, 0 skipped\n")
        #expect(try setup.people() == ["m.roussel@ville-grenoble.fr": ["Mathilde", "Roussel", "Ville de Grenoble"],
                                       "andre.bernard@agglo.fr": ["André", "Bernard", "Communauté d'agglomération du Grand Avignon"]])
        #expect(try setup.note(of: "m.roussel@ville-grenoble.fr") == "Bonjour,\n\nJe m'inscris, avec mon adjointe.")
        #expect(try setup.importMail(["Inscriptions"]).stdout == "0 added, 2 skipped (2 already imported)\n")
    }

    @Test func outlookEmlFiles() throws {
        let second = Self.outlook.replacingOccurrences(of: "DELCOURT Sophie", with: "=?utf-8?B?" + Data("Noël Lefèbvre".utf8).base64EncodedString() + "?=")
            .replacingOccurrences(of: "s.delcourt@", with: "n.lefebvre@").replacingOccurrences(of: "<AM0PR01MB1234ABCD@", with: "<AM0PR01MB5678@")
        let setup = try setUp(["RE Webinaire climat.eml": Array(Self.outlook.utf8), "second.msg": Array(second.utf8)])
        let result = try setup.importMail(["RE Webinaire climat.eml", "second.msg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2 added, 0 skipped\n")
        #expect(try setup.people() == ["s.delcourt@mairie-lille.fr": ["Sophie", "Delcourt", "Ville de Lille"],
                                       "n.lefebvre@mairie-lille.fr": ["Noël", "Lefèbvre", "Ville de Lille"]])
        #expect(try setup.note(of: "s.delcourt@mairie-lille.fr") == "Bonjour,\nJe participerai au webinaire.\n\nSophie Delcourt\nVille de Lille")
        let again = try setup.importMail(["RE Webinaire climat.eml", "second.msg"])
        #expect(again.status == 0)
        #expect(again.stdout == "0 added, 2 skipped (2 already imported)\n")
    }

    @Test func gmailTakeoutMbox() throws {
        let setup = try setUp(["Takeout.mbox": Array(Self.gmail.utf8)])
        let result = try setup.importMail(["Takeout.mbox"])
        #expect(result.stdout == "1 added, 0 skipped\n")
        #expect(try setup.people() == ["jean-baptiste.lefevre@gmail.com": ["Jean-Baptiste", "Lefevre", ""]])
        #expect(try setup.note(of: "jean-baptiste.lefevre@gmail.com") == "Bonjour, je m’inscris.\nFrom now on I will follow the network.")
        #expect(try setup.stored().first?["createdAt"] as? String == "2026-11-03T17:20:00+01:00")
        #expect(try setup.importMail(["Takeout.mbox"]).stdout == "0 added, 1 skipped (1 already imported)\n")
    }

    @Test func anUnreadableMessageIsListedAndTheOthersImported() throws {
        let mbox = "From x Tue Nov 03 2026\n\n\nno headers at all\n\n" + Self.gmail
        let setup = try setUp(["boite": Array(mbox.utf8)])
        let result = try setup.importMail(["boite"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 added, 1 skipped (1 unreadable)\n")
        #expect(result.stderr.hasPrefix(setup.path("boite") + ":1: not a readable message (no headers); skipped\n"))
    }

    @Test func aCSVAmongSeveralFilesIsRefused() throws {
        let setup = try setUp(["a.eml": Array(Self.outlook.utf8), "b.csv": Array("firstName;lastName\n".utf8)])
        let result = try setup.importMail(["a.eml", "b.csv"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("give a CSV or JSON file alone"))
        #expect(try setup.stored().isEmpty)
    }
}
