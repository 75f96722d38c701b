import AgendaModel
import AgendaWords

/// Everything the detail pane (and `agenda show`) says about an event, in reading order.
public enum EventDetailDocument {
    public static func blocks(for event: Event, strings: Strings, availability: RegistrationAvailability,
                              counts: RegistrationCounts = RegistrationCounts(), draft: Phrase? = nil,
                              localZone: LocalZone? = nil, erased: Int = 0, connectionNotSent: Int? = nil,
                              cancellationNotSent: Phrase? = nil) -> [DetailBlock] {
        let clean = { (text: String) in TerminalSafeText.sanitize(text) }
        var blocks: [DetailBlock] = [.title(clean(event.title))]
        var subtitle = strings.kind(event.kind)
        if event.status != .scheduled { subtitle += " · " + strings.status(event.status).uppercased() }
        blocks.append(.subtitle(subtitle))
        blocks.append(.blank)

        var when = strings.dates.when(event)
        if let offset = strings.dates.offset(event.start) { when += " (\(offset))" }
        if let localZone, let local = strings.dates.local(event, in: localZone) { when += ", " + local }
        blocks.append(.field(label: strings.when, value: when))
        if let place = placeText(event.location, strings) { blocks.append(.field(label: strings.place, value: clean(place))) }
        if !event.organisers.isEmpty {
            blocks.append(.field(label: strings.organisers, value: clean(event.organisers.joined(separator: ", "))))
        }
        if let audience = event.audience { blocks.append(.field(label: strings.audience, value: clean(audience))) }
        if !event.themes.isEmpty { blocks.append(.field(label: strings.themes, value: clean(event.themes.joined(separator: ", ")))) }
        if !event.countryGroups.isEmpty {
            blocks.append(.field(label: strings.countryGroups, value: clean(event.countryGroups.joined(separator: ", "))))
        }

        if let summary = event.summary {
            blocks.append(.blank)
            blocks.append(.paragraph(clean(summary)))
        }
        if let description = event.description {
            blocks.append(.blank)
            blocks.append(.heading(strings.description))
            blocks.append(contentsOf: descriptionBlocks(TerminalSafeText.sanitize(description, allowNewlines: true)))
        }
        if !event.objectives.isEmpty {
            blocks.append(.blank)
            blocks.append(.heading(strings.objectives))
            blocks.append(contentsOf: event.objectives.map { .bullet(clean($0)) })
        }
        if !event.programme.isEmpty {
            blocks.append(.blank)
            blocks.append(.heading(strings.programme))
            blocks.append(contentsOf: programmeBlocks(event.programme, strings))
        }
        blocks.append(.blank)
        blocks.append(.heading(strings.registration))
        blocks.append(.paragraph(strings.availabilitySentence(availability)))
        if let draft { blocks.append(.paragraph(strings.text(draft))) }
        if counts.total > 0 { blocks.append(.field(label: strings.received, value: strings.countsSentence(counts))) }
        if erased > 0 { blocks.append(.paragraph(strings.text(.erasedCount(erased)))) }
        if let cancellationNotSent { blocks.append(.paragraph(strings.text(cancellationNotSent))) }
        if let rules = event.registration { blocks.append(contentsOf: rulesBlocks(rules, strings, clean)) }
        // For the coordinator's eyes: only approved participants are ever sent it.
        if let connection = event.connection, !connection.trimmedWhitespace.isEmpty {
            blocks.append(.field(label: strings.connectionDetails, value: clean(connection)))
            if let connectionNotSent { blocks.append(.paragraph(strings.text(.connectionNotSent(connectionNotSent, event: clean(event.id))))) }
        }
        if !event.contacts.isEmpty {
            blocks.append(.blank)
            blocks.append(.heading(strings.contacts))
            for contact in event.contacts {
                let parts = [contact.name, contact.role, contact.email, contact.phone].compactMap { $0 }.filter { !$0.isEmpty }
                blocks.append(.bullet(clean(parts.joined(separator: " · "))))
            }
        }
        if !event.documents.isEmpty {
            blocks.append(.blank)
            blocks.append(.heading(strings.documents))
            blocks.append(contentsOf: event.documents.map { .bullet(clean("\($0.title) — \($0.href)")) })
        }
        return blocks
    }

    static func placeText(_ location: EventLocation?, _ strings: Strings) -> String? {
        guard let location else { return nil }
        // "9 rue Christiani, 75018 Paris" already says the city: not ", Paris" once more.
        var city = location.city
        if let named = city, let address = location.address,
           (" " + SearchFolding.fold(address) + " ").contains(" " + SearchFolding.fold(named) + " ") {
            city = nil
        }
        var parts = [location.venue, location.address, city, location.country].compactMap { $0 }.filter { !$0.isEmpty }
        if let mode = location.mode { parts.append(strings.locationMode(mode)) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Paragraphs apart from bullets (`• ` or `- ` lines); a blank line stays a blank line.
    static func descriptionBlocks(_ description: String) -> [DetailBlock] {
        var blocks: [DetailBlock] = []
        for rawLine in description.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: " \t")
            if line.isEmpty {
                if let last = blocks.last, last != .blank { blocks.append(.blank) }
            } else if line.hasPrefix("• ") || line.hasPrefix("- ") {
                blocks.append(.bullet(String(line.dropFirst(2))))
            } else {
                blocks.append(.paragraph(String(line)))
            }
        }
        while blocks.last == .blank { blocks.removeLast() }
        return blocks
    }

    static func programmeBlocks(_ programme: [ProgrammeSlot], _ strings: Strings) -> [DetailBlock] {
        var blocks: [DetailBlock] = []
        var currentDay: CalendarDate?
        for slot in programme {
            if let day = slot.date, day != currentDay {
                currentDay = day
                blocks.append(.subtitle(strings.dates.fullDate(day)))
            }
            let time = slot.end.map { "\(slot.start)–\($0)" } ?? slot.start.description
            let speakers = slot.speakers.isEmpty ? nil : TerminalSafeText.sanitize(slot.speakers.joined(separator: ", "))
            blocks.append(.slot(time: time, title: TerminalSafeText.sanitize(slot.title), speakers: speakers))
        }
        return blocks
    }

    static func rulesBlocks(_ rules: RegistrationRules, _ strings: Strings, _ clean: (String) -> String) -> [DetailBlock] {
        var blocks: [DetailBlock] = []
        if let opens = rules.opens { blocks.append(.field(label: strings.opens, value: strings.moment(opens))) }
        if let deadline = rules.deadline { blocks.append(.field(label: strings.deadline, value: strings.moment(deadline))) }
        if let capacity = rules.capacity {
            blocks.append(.field(label: strings.capacity, value: "\(capacity) (\(rules.waitlist ? strings.waitlist : strings.noWaitlist))"))
        }
        if !rules.modes.isEmpty {
            blocks.append(.field(label: strings.modes, value: rules.modes.map(strings.attendanceMode).joined(separator: ", ")))
        }
        if !rules.questions.isEmpty {
            blocks.append(.subtitle(strings.questions))
            for question in rules.questions {
                var text = clean(question.label) + " (" + strings.questionKind(question.kind)
                if question.required { text += ", " + strings.required }
                text += ")"
                if !question.options.isEmpty { text += " : " + clean(question.options.joined(separator: " / ")) }
                blocks.append(.bullet(text))
            }
        }
        return blocks
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
