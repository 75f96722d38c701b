import AgendaModel

/// An existing registration in full, over the screen.
enum RegistrationPopupView {
    static func draw(_ registration: Registration, state: AgendaState, into grid: inout Grid) {
        let theme = state.theme
        let strings = state.strings
        let fr = strings.language == .fr
        let participant = registration.participant
        var rows: [(String, String)] = [
            (fr ? "Nom" : "Name", "\(participant.firstName) \(participant.lastName)"),
            ("E-mail", participant.email),
            (fr ? "Collectivité" : "Organisation", participant.organisation),
            (fr ? "Statut" : "Status", strings.registrationStatus(registration.status)),
            (fr ? "Créée" : "Created", registration.createdAt),
        ]
        if let phone = participant.phone { rows.append((fr ? "Téléphone" : "Phone", phone)) }
        if let role = participant.role { rows.append((fr ? "Fonction" : "Role", role)) }
        if let mode = registration.mode { rows.append((strings.modes, strings.attendanceMode(mode))) }
        let width = min(grid.width - 4, 70)
        let height = min(grid.height - 4, rows.count + 3)
        let x = (grid.width - width) / 2
        grid.fill(x: x, y: 2, width: width, height: height, style: theme.popup)
        grid.write(fr ? " Inscription existante " : " Existing registration ", x: x + 1, y: 2, style: theme.popupTitle, maxWidth: width - 2)
        for (offset, row) in rows.prefix(height - 2).enumerated() {
            grid.write([(TextFitting.pad(row.0, to: 14), merge(theme.label, over: theme.popup)),
                        (" " + TerminalSafeText.sanitize(row.1), theme.popup)], x: x + 2, y: 3 + offset, maxWidth: width - 4)
        }
    }
}
