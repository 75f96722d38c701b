import AgendaModel
import AgendaWords

/// An existing registration in full, over the screen.
enum InscriptionView {
    static func draw(_ registration: Registration, state: AgendaState, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let participant = registration.participant
        var rows: [(String, String)] = [
            (strings.text(.name), "\(participant.firstName) \(participant.lastName)"),
            ("E-mail", participant.email),
            (strings.text(.organisation), participant.organisation),
            (strings.text(.status), strings.registrationStatus(registration.status)),
            (strings.text(.created), registration.createdAt),
        ]
        if let phone = participant.phone { rows.append((strings.text(.phone), phone)) }
        if let role = participant.role { rows.append((strings.text(.role), role)) }
        if let mode = registration.mode { rows.append((strings.modes, strings.attendanceMode(mode))) }
        rows.append((strings.text(.consentLabel), strings.text(registration.consent ? .consentGiven : .consentNotGiven)))
        let event = state.catalogue.event(id: registration.eventId)
        rows.insert((strings.text(.event), event?.title ?? strings.text(.orphan(registration.eventId))), at: 0)
        if !registration.note.isEmpty { rows.append((strings.text(.note), registration.note)) }
        for question in event?.registration?.questions ?? [] {
            guard let answer = registration.answers[question.id] else { continue }
            rows.append((question.label, answerText(answer, strings)))
        }
        for entry in registration.history {
            let from = entry.from.map { strings.registrationStatus($0) + " → " } ?? ""
            rows.append((strings.text(.history), "\(entry.at)  \(from)\(strings.registrationStatus(entry.to))" + (entry.note.map { " (\($0))" } ?? "")))
        }
        let width = min(grid.width - 4, 90)
        let height = min(grid.height - 4, rows.count + 3)
        let x = (grid.width - width) / 2
        grid.fill(x: x, y: 2, width: width, height: height, style: theme.popup)
        grid.write(strings.text(.existingRegistrationTitle), x: x + 1, y: 2, style: theme.popupTitle, maxWidth: width - 2)
        for (offset, row) in rows.prefix(height - 2).enumerated() {
            grid.write([(TextFitting.pad(TerminalSafeText.sanitize(row.0), to: 14), merge(theme.label, over: theme.popup)),
                        (" " + TerminalSafeText.sanitize(row.1), theme.popup)], x: x + 2, y: 3 + offset, maxWidth: width - 4)
        }
    }

    static func answerText(_ answer: Answer, _ strings: Strings) -> String {
        switch answer {
        case .text(let text): return text
        case .choices(let choices): return choices.joined(separator: ", ")
        case .flag(let flag): return strings.text(flag ? .yes : .no)
        case .number(let number): return number.rounded() == number ? String(Int(number)) : String(number)
        }
    }
}
