import AgendaModel
import Testing

/// A calendar of `lines` joined with `end`, inside BEGIN/END:VCALENDAR.
func calendarBytes(_ lines: [String], end: String = "\r\n") -> [UInt8] {
    Array((["BEGIN:VCALENDAR", "VERSION:2.0"] + lines + ["END:VCALENDAR"]).joined(separator: end).utf8) + Array(end.utf8)
}

func parsedCalendar(_ lines: [String], end: String = "\r\n") throws -> ICalendarDocument {
    try ICalendarParser.parse(calendarBytes(lines, end: end))
}

@Suite("ICalendarImport: parser")
struct ICalendarImportParserTests {
    private func firstEvent(_ document: ICalendarDocument) -> ICalendarComponent? {
        document.calendars.first?.components.first { $0.name == "VEVENT" }
    }

    @Test("a folded line is unfolded, with CRLF and with LF line ends, space or tab")
    func unfolding() throws {
        for end in ["\r\n", "\n"] {
            let document = try parsedCalendar(["BEGIN:VEVENT", "SUMMARY:Atelier de coo", " pération", "\tdécentralisée", "END:VEVENT"], end: end)
            #expect(firstEvent(document)?.property("SUMMARY")?.text == "Atelier de coopérationdécentralisée")
            #expect(document.problems.isEmpty)
        }
    }

    @Test("TEXT escapes are undone: comma, semicolon, backslash, \\n and \\N")
    func escapes() throws {
        let document = try parsedCalendar(["BEGIN:VEVENT", #"DESCRIPTION:Un\, deux\; trois\\quatre\nligne\Nfin"#, "END:VEVENT"])
        #expect(firstEvent(document)?.property("DESCRIPTION")?.text == "Un, deux; trois\\quatre\nligne\nfin")
    }

    @Test("CATEGORIES splits on the commas that are not escaped")
    func categoryList() throws {
        let document = try parsedCalendar(["BEGIN:VEVENT", #"CATEGORIES:Climat,Sahel\, Niger,Eau"#, "END:VEVENT"])
        #expect(firstEvent(document)?.property("CATEGORIES")?.textList == ["Climat", "Sahel, Niger", "Eau"])
    }

    @Test("a quoted parameter value keeps its colons, semicolons and commas")
    func quotedParameters() throws {
        let document = try parsedCalendar(["BEGIN:VEVENT", #"ORGANIZER;CN="Dupont, Anne: CUF;Paris";ROLE=CHAIR:mailto:anne@example.org"#, "END:VEVENT"])
        let organizer = try #require(firstEvent(document)?.property("ORGANIZER"))
        #expect(organizer.parameter("CN") == "Dupont, Anne: CUF;Paris")
        #expect(organizer.parameter("ROLE") == "CHAIR")
        #expect(organizer.value == "mailto:anne@example.org")
    }

    @Test("names and parameter names are read case-insensitively")
    func caseInsensitive() throws {
        let document = try parsedCalendar(["begin:vevent", "dtStart;tzid=Europe/Paris:20260519T100000", "end:vevent"])
        let start = try #require(firstEvent(document)?.property("DTSTART"))
        #expect(start.parameter("TZID") == "Europe/Paris")
    }

    @Test("a byte-order mark at the start is skipped")
    func byteOrderMark() throws {
        let document = try ICalendarParser.parse([0xEF, 0xBB, 0xBF] + calendarBytes(["BEGIN:VEVENT", "SUMMARY:A", "END:VEVENT"]))
        #expect(document.calendars.count == 1)
        #expect(document.problems.isEmpty)
    }

    @Test("a file over the size limit is refused before it is read")
    func sizeLimit() {
        let bytes = calendarBytes(["BEGIN:VEVENT", "SUMMARY:" + String(repeating: "a", count: 200), "END:VEVENT"])
        #expect(throws: ICalendarFileError.tooLarge(bytes: bytes.count, limit: 100)) {
            try ICalendarParser.parse(bytes, maximumBytes: 100)
        }
    }

    @Test("bytes that are not UTF-8 are refused with their line")
    func notUTF8() {
        var bytes = Array("BEGIN:VCALENDAR\r\nSUMMARY:caf".utf8)
        bytes += [0xE9, 0x0D, 0x0A]
        #expect(throws: ICalendarFileError.notUTF8(line: 2)) { try ICalendarParser.parse(bytes) }
    }

    @Test("a file without BEGIN:VCALENDAR is not a calendar")
    func notACalendar() {
        #expect(throws: ICalendarFileError.notICalendar) { try ICalendarParser.parse(Array("id,title\n1,Atelier\n".utf8)) }
        #expect(throws: ICalendarFileError.notICalendar) { try ICalendarParser.parse([]) }
    }

    @Test("bad lines are reported with their line and the rest is read")
    func badLines() throws {
        let document = try parsedCalendar(["BEGIN:VEVENT", "SUMMARY Atelier", #"X-A;CN="open:value"#, "X-B;NOEQUALS:v",
                                           "SUMMARY:Gardé", "END:VEVENT"])
        #expect(document.problems.map(\.line) == [4, 5, 6])
        #expect(document.problems.map(\.reason) == [.malformedLine, .malformedParameter, .malformedParameter])
        #expect(firstEvent(document)?.property("SUMMARY")?.text == "Gardé")
    }

    @Test("blocks left open or closed out of order are reported, their content kept")
    func unbalancedBlocks() throws {
        let document = try parsedCalendar(["BEGIN:VEVENT", "SUMMARY:A", "BEGIN:VALARM", "END:VEVENT", "END:VALARM"])
        #expect(document.problems.contains(ICalendarSyntaxProblem(reason: .unclosed("VALARM"), line: 5)))
        #expect(document.problems.contains { $0.reason == .unexpectedEnd("VALARM") })
        #expect(firstEvent(document)?.property("SUMMARY")?.text == "A")
    }

    @Test("every line number is the physical line its content line begins on")
    func lineNumbers() throws {
        let document = try parsedCalendar(["BEGIN:VEVENT", "SUMMARY:A", " B", "", "DESCRIPTION:C", "END:VEVENT"])
        let event = try #require(firstEvent(document))
        #expect(event.line == 3)
        #expect(event.property("DESCRIPTION")?.line == 7)
    }

    @Test("random bytes and cut calendars never crash the parser")
    func neverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let sample = calendarBytes(["BEGIN:VEVENT", #"ORGANIZER;CN="A, B":mailto:a@b"#, "DTSTART;TZID=Europe/Paris:20260519T100000",
                                    "SUMMARY:é\\,", " suite", "END:VEVENT"])
        for _ in 0..<2000 {
            var bytes = sample
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: position)
                default: bytes.insert([0x22, 0x3A, 0x3B, 0x0A, 0x20, 0x5C][Int.random(in: 0...5, using: &generator)], at: position)
                }
            }
            _ = try? ICalendarParser.parse(bytes)
        }
    }
}
