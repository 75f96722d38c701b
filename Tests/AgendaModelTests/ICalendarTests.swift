import AgendaModel
import SampleCatalogue
import Testing
import TestSupport

/// The physical lines of a stream (split on CRLF, the last empty piece dropped).
private func physicalLines(_ stream: String) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var current: [UInt8] = []
    let bytes = Array(stream.utf8)
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            lines.append(current)
            current = []
            index += 2
        } else {
            current.append(bytes[index])
            index += 1
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}

/// The unfolded content lines of one event, written with a fixed stamp.
private func lines(_ event: Event, stamp: Int = 0) -> [String] {
    ICalendarWriter(fallbackStamp: stamp).contentLines(event)
}

/// The value of the first content line of `event` named `name` (with its parameters), or nil.
private func value(_ name: String, _ event: Event) -> String? {
    lines(event).first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
}

@Suite("iCalendar folding")
struct ICalendarFoldingTests {
    @Test("a line of exactly 75 octets is not folded; one of 76 is folded after 75")
    func boundary() {
        let exact = String(repeating: "a", count: 75)
        #expect(ICalendarText.fold(exact) == exact + "\r\n")
        let longer = String(repeating: "a", count: 76)
        #expect(ICalendarText.fold(longer) == exact + "\r\n a\r\n")
    }

    @Test("a continuation line holds 74 octets after its space")
    func continuation() {
        let folded = ICalendarText.fold(String(repeating: "b", count: 75 + 74 + 1))
        let lines = physicalLines(folded)
        #expect(lines.map(\.count) == [75, 75, 2])
        #expect(lines.dropFirst().allSatisfy { $0.first == 0x20 })
    }

    @Test("multi-byte characters are never split, whatever their place at octet 75",
          arguments: ["é", "’", "日本", "😀", "🇫🇷", "é😀日a", "Փ"])
    func multiByte(piece: String) {
        for shift in 0..<8 {
            let line = "DESCRIPTION:" + String(repeating: "a", count: shift) + String(repeating: piece, count: 60)
            let folded = ICalendarText.fold(line)
            let physical = physicalLines(folded)
            #expect(physical.count > 1)
            for bytes in physical {
                #expect(bytes.count <= 75, "shift \(shift): \(bytes.count) octets")
                // Each physical line is valid UTF-8 on its own: no sequence was cut.
                #expect(String(validating: bytes, as: UTF8.self) != nil, "shift \(shift): a UTF-8 sequence was split")
            }
            #expect(physical.dropFirst().allSatisfy { $0.first == 0x20 })
            #expect(folded.hasSuffix("\r\n"))
            #expect(ICalendarText.unfold(folded) == [line])
        }
    }

    @Test("a line is filled up to 75 octets when the next character does not fit")
    func filled() {
        // 12 + 62 = 74 octets, then a 2-octet é: it goes on the next line, the first has 74.
        let line = "DESCRIPTION:" + String(repeating: "a", count: 62) + "éé"
        let physical = physicalLines(ICalendarText.fold(line))
        #expect(physical.map(\.count) == [74, 5])
    }

    @Test("unfolding a whole document gives back every content line")
    func documentRoundTrip() throws {
        let catalogue = try #require(CatalogueDecoder.read(sampleCatalogueBytes).catalogue)
        let writer = ICalendarWriter(calendarName: catalogue.publisher, fallbackStamp: 0)
        let document = writer.document(catalogue.events)
        #expect(ICalendarText.unfold(document) == writer.contentLines(catalogue.events))
        for bytes in physicalLines(document) {
            #expect(bytes.count <= 75)
            #expect(String(validating: bytes, as: UTF8.self) != nil)
        }
    }
}

@Suite("iCalendar text")
struct ICalendarEscapingTests {
    @Test("backslash, semicolon, comma and newline are escaped; a colon is not")
    func escaping() {
        #expect(ICalendarText.escape(#"a\b;c,d"# + "\ne: f") == #"a\\b\;c\,d\ne: f"#)
    }

    @Test("CR LF, CR and the Unicode separators become one \\n")
    func lineBreaks() {
        #expect(ICalendarText.escape("un\r\ndeux\rtrois\u{2028}quatre\u{2029}cinq") == #"un\ndeux\ntrois\nquatre\ncinq"#)
    }

    @Test("control characters are removed, never written", arguments: [
        "\u{1B}", "\u{07}", "\u{00}", "\u{08}", "\u{7F}", "\u{9B}", "\u{85}", "\u{202E}", "\u{2066}", "\u{200F}",
    ])
    func controls(character: String) {
        #expect(ICalendarText.escape("a\(character)b") == "ab")
    }

    @Test("a tab becomes a space")
    func tab() {
        #expect(ICalendarText.escape("a\tb") == "a b")
    }

    @Test("accents, CJK and emoji pass unchanged")
    func unicode() {
        let text = "Journée Arménie : 岡山市 🎌 Փարիզ « café »"
        #expect(ICalendarText.escape(text) == text)
    }

    @Test("unescaping gives back the cleaned text")
    func roundTrip() {
        let text = #"C:\dossier; a, b"# + "\nligne 2\r\n\\n littéral"
        #expect(ICalendarText.unescape(ICalendarText.escape(text)) == ICalendarText.clean(text))
    }

    @Test("categories: each theme escaped, separated by plain commas")
    func categories() {
        let event = makeEvent(start: "2026-05-19", themes: ["Eau, assainissement", "Sahel"])
        #expect(value("CATEGORIES", event) == #"Eau\, assainissement,Sahel"#)
    }

    @Test("no control character reaches the document, from any field")
    func hostileEvent() {
        var event = makeEvent(id: "x", title: "Titre\u{1B}[2J\u{07}", start: "2026-05-19T10:00:00+02:00",
                              location: EventLocation(venue: "Salle\u{9B}31m", city: "Paris\u{0}"),
                              summary: "ré\u{1B}]0;pwned\u{07}sumé", description: "a\u{202E}b\r\nc", themes: ["th\u{7F}ème"])
        event.documents = [EventDocument(title: "doc\u{1B}", href: "https://example.org/a\u{1B}b c")]
        let document = ICalendarWriter(fallbackStamp: 0).document([event])
        let forbidden = document.unicodeScalars.filter { scalar in
            scalar != "\r" && scalar != "\n" && TerminalSafeText.isUnsafe(scalar)
        }
        #expect(forbidden.isEmpty, "\(forbidden.map { String($0.value, radix: 16) })")
        // CR only ever as part of a line end.
        #expect(!document.replacingCRLF.contains("\r"))
        #expect(!document.replacingCRLF.contains("\n"))
        #expect(document.contains("SUMMARY:Titre[2J"))
        #expect(document.contains("URL:https://example.org/ab%20c"))
    }
}

@Suite("iCalendar dates")
struct ICalendarDateTests {
    @Test("a single whole day ends, exclusively, the next day")
    func singleDay() {
        let event = makeEvent(start: "2024-06-26")
        #expect(lines(event).contains("DTSTART;VALUE=DATE:20240626"))
        #expect(lines(event).contains("DTEND;VALUE=DATE:20240627"))
    }

    @Test("18 to 21 November ends, exclusively, on the 22nd")
    func multiDay() {
        let event = makeEvent(start: "2024-11-18", end: "2024-11-21")
        #expect(lines(event).contains("DTSTART;VALUE=DATE:20241118"))
        #expect(lines(event).contains("DTEND;VALUE=DATE:20241122"))
    }

    @Test("a whole day on 31 December ends on 1 January; 28 February 2028 on the 29th")
    func boundaries() {
        #expect(lines(makeEvent(start: "2026-12-31")).contains("DTEND;VALUE=DATE:20270101"))
        #expect(lines(makeEvent(start: "2028-02-28")).contains("DTEND;VALUE=DATE:20280229"))
    }

    @Test("a +02:00 time is written in UTC")
    func plusTwo() {
        let event = makeEvent(start: "2020-05-19T15:00:00+02:00", end: "2020-05-19T17:30:00+02:00")
        #expect(value("DTSTART", event) == "20200519T130000Z")
        #expect(value("DTEND", event) == "20200519T153000Z")
    }

    @Test("a +09:00 time is written in UTC, the day before when it is early morning")
    func plusNine() {
        let evening = makeEvent(start: "2027-02-16T17:00:00+09:00", end: "2027-02-16T19:30:00+09:00")
        #expect(value("DTSTART", evening) == "20270216T080000Z")
        #expect(value("DTEND", evening) == "20270216T103000Z")
        let morning = makeEvent(start: "2027-01-01T08:00:00+09:00")
        #expect(value("DTSTART", morning) == "20261231T230000Z")
    }

    @Test("negative offsets, Z and seconds")
    func otherOffsets() {
        #expect(value("DTSTART", makeEvent(start: "2026-11-30T20:30:00-05:00")) == "20261201T013000Z")
        #expect(value("DTSTART", makeEvent(start: "2026-11-30T20:30:15Z")) == "20261130T203015Z")
    }

    @Test("a timed event without an end has no DTEND; a whole-day end closes the day in the event's offset")
    func ends() {
        #expect(!lines(makeEvent(start: "2026-05-19T10:00:00+02:00")).contains { $0.hasPrefix("DTEND") })
        let mixed = makeEvent(start: "2026-05-19T10:00:00+02:00", end: "2026-05-20")
        #expect(value("DTEND", mixed) == "20260520T220000Z")
    }

    @Test("DTSTAMP is updatedAt in UTC, else the fallback stamp")
    func stamp() {
        var event = makeEvent(start: "2026-05-19")
        #expect(lines(event, stamp: ICalendarWriter.stamp(for: day("2026-11-23"))).contains("DTSTAMP:20261123T000000Z"))
        event.updatedAt = eventTime("2026-11-20T18:00:00+01:00")
        #expect(lines(event, stamp: 0).contains("DTSTAMP:20261120T170000Z"))
        #expect(lines(event, stamp: 0).contains("LAST-MODIFIED:20261120T170000Z"))
    }
}

@Suite("iCalendar events")
struct ICalendarEventTests {
    @Test("status: cancelled, postponed and scheduled", arguments: [
        (EventStatus.cancelled, "CANCELLED"), (.postponed, "TENTATIVE"), (.scheduled, "CONFIRMED"),
    ])
    func status(status: EventStatus, expected: String) {
        #expect(value("STATUS", makeEvent(status: status, start: "2026-05-19")) == expected)
    }

    @Test("the UID is the id at a fixed domain, the same whatever the day of the export")
    func uidStability() {
        let event = makeEvent(id: "journee-armenie-2024-06-26", start: "2024-06-26")
        #expect(value("UID", event) == "journee-armenie-2024-06-26@agenda.cites-unies-france.invalid")
        let today = ICalendarWriter(fallbackStamp: ICalendarWriter.stamp(for: day("2026-11-23"))).contentLines(event)
        let later = ICalendarWriter(fallbackStamp: ICalendarWriter.stamp(for: day("2031-01-01"))).contentLines(event)
        #expect(today.first { $0.hasPrefix("UID:") } == later.first { $0.hasPrefix("UID:") })
        // Two exports with the same stamp are identical, byte for byte.
        let writer = ICalendarWriter(fallbackStamp: 42)
        #expect(writer.bytes([event]) == writer.bytes([event]))
        #expect(ICalendarWriter.uid(for: makeEvent(id: "autre", start: "2024-06-26")) != ICalendarWriter.uid(for: event))
    }

    @Test("the calendar: VERSION 2.0, PRODID, one VEVENT per event, CRLF line ends")
    func calendar() {
        let events = [makeEvent(id: "a", start: "2026-05-19"), makeEvent(id: "b", start: "2026-05-20")]
        let document = ICalendarWriter(calendarName: "Cités Unies France", fallbackStamp: 0).document(events)
        let content = ICalendarText.unfold(document)
        #expect(content.first == "BEGIN:VCALENDAR")
        #expect(content.last == "END:VCALENDAR")
        #expect(content.contains("VERSION:2.0"))
        #expect(content.contains { $0.hasPrefix("PRODID:") })
        #expect(content.contains("X-WR-CALNAME:Cités Unies France"))
        #expect(content.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(document.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!document.replacingCRLF.contains("\n"))
    }

    @Test("summary, location, description with the programme, URL and ATTACH")
    func properties() {
        var event = makeEvent(title: "Atelier ; Sahel, sécurité", start: "2026-06-10T09:30:00+02:00",
                              location: EventLocation(mode: .onsite, venue: "Cités Unies France", address: "9 rue Christiani",
                                                      city: "Paris", country: "France"),
                              summary: "Une matinée.", description: "Premier paragraphe.\n\n• point")
        event.programme = [ProgrammeSlot(start: TimeOfDay(hour: 9, minute: 30)!, end: TimeOfDay(hour: 12, minute: 0)!,
                                         title: "Table ronde", speakers: ["A. Martin", "B. Keita"])]
        event.documents = [EventDocument(title: "Note", href: "docs/note.pdf"),
                           EventDocument(title: "Programme", href: "https://example.org/programme.pdf"),
                           EventDocument(title: "Annexe", href: "https://example.org/annexe.pdf"),
                           EventDocument(title: "Local", href: "/srv/docs/compte rendu.pdf")]
        #expect(value("SUMMARY", event) == #"Atelier \; Sahel\, sécurité"#)
        #expect(value("LOCATION", event) == #"Cités Unies France\, 9 rue Christiani\, Paris\, France"#)
        let description = ICalendarText.unescape(value("DESCRIPTION", event) ?? "")
        #expect(description == """
            Une matinée.

            Premier paragraphe.

            • point

            Programme (UTC+02:00)
            09:30–12:00 Table ronde (A. Martin, B. Keita)

            Documents
            Note: docs/note.pdf
            """)
        #expect(value("URL", event) == "https://example.org/programme.pdf")
        #expect(lines(event).filter { $0.hasPrefix("ATTACH:") } == [
            "ATTACH:https://example.org/annexe.pdf", "ATTACH:file:///srv/docs/compte%20rendu.pdf",
        ])
    }

    @Test("an event with nothing optional has no LOCATION, DESCRIPTION, CATEGORIES or URL")
    func minimal() {
        let names = lines(makeEvent(start: "2026-05-19")).map { $0.prefix { $0 != ":" && $0 != ";" } }
        #expect(names == ["BEGIN", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "END"])
    }

    @Test("the sample's webinar and Rencontres franco-japonaises")
    func sample() throws {
        let catalogue = try #require(CatalogueDecoder.read(sampleCatalogueBytes).catalogue)
        let webinar = try #require(catalogue.event(id: "webinaire-covid-2020-05-19"))
        #expect(value("DTSTART", webinar) == "20200519T130000Z")
        let rencontres = try #require(catalogue.event(id: "rencontres-franco-japonaises-2024-11-18"))
        #expect(lines(rencontres).contains("DTEND;VALUE=DATE:20241122"))
        #expect(value("LOCATION", rencontres) == #"岡山コンベンションセンター (Okayama Convention Center)\, 岡山市 (Okayama)\, Japon"#)
        let cancelled = try #require(catalogue.event(id: "webinaire-securite-alimentaire-2027-04-15"))
        #expect(value("STATUS", cancelled) == "CANCELLED")
    }
}

extension String {
    /// Without its CRLF pairs, to look for stray CR or LF.
    fileprivate var replacingCRLF: String {
        var result = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if scalar == "\r", let next = scalars.next() {
                if next == "\n" { continue }
                result.append(scalar)
                pending = next
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }
}
