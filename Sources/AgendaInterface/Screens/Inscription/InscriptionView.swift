import AgendaModel
import AgendaWords

/// An existing registration in full, over the screen.
enum InscriptionView {
    static func draw(_ registration: Registration, state: AgendaState, existing: Bool, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let participant = registration.participant
        let name = TerminalSafeText.sanitize(participant.fullName)
        func when(_ text: String) -> String { DateParsing.dateTime(text).map(strings.moment) ?? text }
        var rows: [(String, String)] = [
            (strings.text(.name), participant.fullName),
            (strings.text(.email), participant.email),
            (strings.text(.organisation), participant.organisation),
            (strings.text(.status), strings.registrationStatus(registration.status)),
            (strings.text(.created), when(registration.createdAt)),
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
            if let corrected = entry.corrected {
                let fields = corrected.map { state.fieldLabel($0, event: state.catalogue.event(id: registration.eventId)) }
                rows.append((strings.text(.history), "\(when(entry.at))  " + strings.text(.detailsCorrectedEntry(fields: fields))))
                continue
            }
            let from = entry.from.map { strings.registrationStatus($0) + " → " } ?? ""
            rows.append((strings.text(.history), "\(when(entry.at))  \(from)\(strings.registrationStatus(entry.to))"
                + (entry.override.map { " [\(strings.override($0))]" } ?? "") + (entry.note.map { " (\($0))" } ?? "")))
        }
        let width = min(grid.width - 4, 90)
        let inner = width - 4
        // Labels as wide as the widest, up to a third of the box; both sides wrap, a note keeps
        // its own lines.
        let labelWidth = min(max(8, rows.map { DisplayWidth.of($0.0) }.max() ?? 8), inner / 3)
        var lines: [(String, String)] = []
        for (label, value) in rows {
            let labels = TextFitting.wrap(label, width: labelWidth).map { TerminalSafeText.sanitize($0) }
            let values = TextFitting.wrap(value, width: max(4, inner - labelWidth - 1)).map { TerminalSafeText.sanitize($0) }
            for line in 0..<max(1, labels.count, values.count) {
                lines.append((line < labels.count ? labels[line] : "", line < values.count ? values[line] : ""))
            }
        }
        let height = min(grid.height - 4, lines.count + 2)
        let x = (grid.width - width) / 2
        let title = strings.text(existing ? .existingRegistrationTitle : .inscriptionTitle(name))
        grid.popupBox(x: x, y: 2, width: width, height: height, title: title, style: theme.popup, titleStyle: theme.popupTitle)
        for (offset, line) in lines.prefix(height - 2).enumerated() {
            grid.write([(TextFitting.pad(line.0, to: labelWidth), merge(theme.label, over: theme.popup)),
                        (" " + line.1, theme.popup)], x: x + 2, y: 3 + offset, maxWidth: inner)
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
