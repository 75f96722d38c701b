import Foundation
import Testing

/// Everything a hostile file can put in a string to act on a terminal: the ESC of escape
/// sequences (a window title, clearing the screen, colours), BEL, NUL, backspace, carriage
/// return, vertical tab, form feed, DEL, C1 controls (CSI, NEL), bidi overrides and isolates
/// that reorder what is shown, and the Unicode line and paragraph separators.
private let hostile = "«\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mred\u{9B}1m\u{7F}\u{00}\u{08}\r\u{0B}\u{0C}"
    + "\u{202E}gpj.exe\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}"
    + "\u{2028}\u{2029}\u{85}\u{90}\u{9C}\u{9D}»"

/// What must never reach the terminal: every C0 control but newline and tab, DEL, C1, bidi
/// controls, line and paragraph separators. Written here independently of TerminalSafeText.
private func unsafeScalars(_ text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: return true
        default: return false
        }
    }.map { String(format: "U+%04X", $0.value) }
}

/// A catalogue whose every free text is hostile, including an unknown kind (shown as written)
/// and a description with lines and bullets.
private func hostileCatalogue() throws -> Data {
    let event: [String: Any] = [
        "id": "evil-2027-03-01", "title": "Title " + hostile, "kind": "kind" + hostile,
        "start": "2027-03-01T09:00:00+01:00", "end": "2027-03-02T17:00:00+01:00",
        "location": ["mode": "hybrid", "venue": "Venue" + hostile, "address": "Address" + hostile,
                     "city": "City" + hostile, "country": "Country" + hostile],
        "organisers": ["Organiser" + hostile, "Other" + hostile], "audience": "Audience" + hostile,
        "summary": "Summary" + hostile,
        "description": "First paragraph " + hostile + "\n\n• bullet " + hostile + "\n- dash\t" + hostile + "\r\nlast",
        "objectives": ["Objective" + hostile],
        "programme": [["date": "2027-03-01", "start": "09:00", "end": "10:00", "title": "Slot" + hostile,
                       "speakers": ["Speaker" + hostile]]],
        "themes": ["Theme" + hostile], "countryGroups": ["Group" + hostile],
        "contacts": [["name": "Contact" + hostile, "role": "Role" + hostile, "email": "mail" + hostile,
                      "phone": "Phone" + hostile]],
        "registration": ["capacity": 10, "modes": ["onsite", "online"],
                         "questions": [["id": "q" + hostile, "label": "Label" + hostile, "type": "choice",
                                        "options": ["Option" + hostile, "B"], "help": "Help" + hostile]]],
        "documents": [["title": "Document" + hostile, "href": "https://example.org/" + hostile]],
        "unknownField": hostile,
    ]
    var cancelled = event
    cancelled["id"] = "evil-cancelled-2027-04-01"
    cancelled["status"] = "cancelled"
    cancelled["start"] = "2027-04-01"
    cancelled["end"] = "2027-04-03"
    let catalogue: [String: Any] = ["schemaVersion": 1, "publisher": "Publisher" + hostile, "events": [event, cancelled]]
    return try JSONSerialization.data(withJSONObject: catalogue)
}

/// A store in the v1 format whose every string is hostile, the event id and the dates included
/// (the file may have been edited by hand or by another program).
private func hostileStore() throws -> Data {
    func registration(_ id: String, eventId: String, createdAt: String) -> [String: Any] {
        [
            "id": id, "eventId": eventId, "status": "pending", "createdAt": createdAt, "updatedAt": createdAt + hostile,
            "source": "import",
            "participant": ["firstName": "First" + hostile, "lastName": "Last" + hostile, "email": "mail" + hostile + "@example.org",
                            "phone": "Phone" + hostile, "organisation": "Organisation" + hostile, "role": "Role" + hostile],
            "mode": "online", "answers": ["q" + hostile: "Answer" + hostile, "list": ["A" + hostile]], "consent": true,
            "note": "Note" + hostile,
            "history": [["at": createdAt, "from": NSNull(), "to": "pending", "note": "History" + hostile]],
        ]
    }
    let store: [String: Any] = ["schemaVersion": 1, "registrations": [
        registration("1" + hostile, eventId: "evil-2027-03-01", createdAt: "2027-01-10T10:00:00+01:00"),
        registration("2", eventId: "event" + hostile, createdAt: "\u{1B}[2J\u{9B}\u{202E}" + hostile),
        registration("3", eventId: "\u{1B}]0;x\u{07}", createdAt: "\u{1B}[31m"),
    ]]
    return try JSONSerialization.data(withJSONObject: store)
}

@Suite struct TerminalSafetyTests {
    private func check(_ result: AgendaProcess.Result, _ command: String, expecting visible: [String]) {
        #expect(result.status == 0, "\(command): \(result.stderr)")
        #expect(unsafeScalars(result.stdout).isEmpty, "\(command) printed \(Set(unsafeScalars(result.stdout)).sorted()) on stdout")
        #expect(unsafeScalars(result.stderr).isEmpty, "\(command) printed \(Set(unsafeScalars(result.stderr)).sorted()) on stderr")
        // The hostile text is shown, its controls made visible, not dropped with the rest.
        #expect(result.stdout.contains("\u{FFFD}"), "\(command)")
        for text in visible {
            #expect(result.stdout.contains(text), "\(command) does not show \(text)")
        }
    }

    @Test(arguments: ["en", "fr"])
    func catalogueTextReachesTheTerminalDefused(language: String) throws {
        let scratch = try ScratchDirectory()
        let catalogue = scratch.url.appendingPathComponent("catalogue.json")
        try hostileCatalogue().write(to: catalogue)
        let common = ["--catalogue", catalogue.path, "--today", "2027-01-10", "--lang", language]

        let list = try AgendaProcess.run(["list"] + common)
        check(list, "list", expecting: ["evil-2027-03-01", "Title «", "]0;pwned", "[2J", "[31mred", "gpj.exe"])
        check(try AgendaProcess.run(["list", "--all", "--search", "title"] + common), "list --all --search", expecting: ["Title «"])

        for id in ["evil-2027-03-01", "evil-cancelled-2027-04-01"] {
            let show = try AgendaProcess.run(["show", id] + common, environment: ["COLUMNS": "100"])
            check(show, "show \(id)", expecting: ["Title «", "Venue«", "Organiser«", "Audience«", "Summary«", "First paragraph «",
                                                  "bullet «", "Objective«", "Slot«", "Speaker«", "Theme«", "Group«",
                                                  "Contact«", "Label«", "Option«", "Document«", "kind«"])
        }
        // An unknown id on the command line is said back on stderr, defused too.
        let unknown = try AgendaProcess.run(["show", "evil" + hostile] + common)
        #expect(unknown.status == 64)
        #expect(unsafeScalars(unknown.stderr).isEmpty, "show ID printed \(Set(unsafeScalars(unknown.stderr)).sorted())")
        // validate prints only counts and problems: nothing from the events' text.
        let validate = try AgendaProcess.run(["validate"] + common)
        #expect(validate.status == 0)
        #expect(unsafeScalars(validate.stdout + validate.stderr).isEmpty)
    }

    @Test func storeTextReachesTheTerminalDefused() throws {
        let scratch = try ScratchDirectory()
        try hostileStore().write(to: scratch.url.appendingPathComponent("registrations.json"))
        let list = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path])
        // Names and organisations are cut at 30 columns; the e-mails and events are whole.
        check(list, "registrations list", expecting: ["First«", "Organisation«", "mail«", "event«", "2027-01-10"])
        #expect(list.stdout.split(separator: "\n").count == 3)
        // Filters keep working on the stored (not the shown) text.
        let filtered = try AgendaProcess.run(["registrations", "list", "--data-dir", scratch.url.path, "--event", "evil-2027-03-01"])
        check(filtered, "registrations list --event", expecting: ["First«"])
        #expect(filtered.stdout.split(separator: "\n").count == 1)
    }

    @Test func aHostileImportFileIsReportedDefused() throws {
        let scratch = try ScratchDirectory()
        let catalogue = scratch.url.appendingPathComponent("catalogue.json")
        try hostileCatalogue().write(to: catalogue)
        // A carriage return would end the CSV row and a ';' the cell; everything else stays in it.
        let hostile = hostile.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: ";", with: ":")
        let csv = "firstName;lastName;email;organisation;eventId;status;mode;createdAt;consent;col" + hostile + "\n"
            + "A;B;a@example.org;Org;evil-2027-03-01;;;;;\n"
            + "A" + hostile + ";B;bad" + hostile + ";Org;event" + hostile + ";status" + hostile + ";mode" + hostile
            + ";date" + hostile + ";consent" + hostile + ";\n"
            + "A;B;a@example.org;Org;evil-2027-03-01;;;;;\n"
        let file = try scratch.write("in" + "\u{1B}[2J" + ".csv", csv)
        let data = scratch.url.appendingPathComponent("data").path
        let result = try AgendaProcess.run(["registrations", "import", file, "--catalogue", catalogue.path, "--data-dir", data,
                                            "--today", "2027-01-10"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 added, 1 duplicate skipped, 1 refused\n")
        #expect(unsafeScalars(result.stdout + result.stderr).isEmpty, "import printed \(Set(unsafeScalars(result.stderr)).sorted())")
        #expect(result.stderr.contains("bad«"))
        let list = try AgendaProcess.run(["registrations", "list", "--data-dir", data])
        #expect(list.status == 0)
        #expect(unsafeScalars(list.stdout + list.stderr).isEmpty)
    }
}
