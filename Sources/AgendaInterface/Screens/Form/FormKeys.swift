import AgendaModel
import AgendaWords

/// Keys of the registration form and the decisions of submitting it.
extension AgendaState {
    /// `r`: opens the selected event's form, with its draft when one was begun.
    mutating func openForm() {
        guard let event = selectedEvent else { return }
        open(.form(RegistrationForm(event: event, strings: strings, draft: drafts[event.id])))
        draftIsDirty = false
        duplicateID = nil
        if drafts[event.id] != nil {
            message = strings.text(.draftRestored)
        }
    }

    /// `C` in triage: the form, filled with the registration's details, to correct them.
    mutating func openCorrection(of registration: Registration) {
        guard let event = catalogue.event(id: registration.eventId) else {
            message = strings.text(.correctionNeedsTheEvent)
            return
        }
        open(.form(RegistrationForm(correcting: registration, event: event, strings: strings)))
        draftIsDirty = false
        duplicateID = nil
    }

    mutating func handleFormKey(_ key: Key) -> [Effect] {
        guard var form else { return [] }
        if form.awaitsOverride != nil {
            form.awaitsOverride = nil
            self.form = form
            guard keys.action(for: key, in: .confirmation) == .confirm else {
                message = strings.text(.nothingRecorded)
                return []
            }
            return submitForm(overriding: true)
        }
        let before = form
        var effects: [Effect] = []
        let action = keys.action(for: key, in: .form)
        switch (action, key) {
        case (.nextField?, _): form.moveFocus(by: 1)
        case (.previousField?, _): form.moveFocus(by: -1)
        case (.submitForm?, _):
            self.form = form
            return submitForm()
        case (.leaveForm?, _):
            self.form = form
            return leaveForm()
        case (.openExisting?, _):
            if let duplicateID { open(.inscription(id: duplicateID)) }
        case (.redraw?, _):
            effects.append(.repaint)
        case (.toggleOption?, _) where !isTextItem(form.focusedItem):
            form.toggle()
        default:
            // Anything else edits the focused text (a space included) or moves between options.
            let edit = keys.action(for: key, in: .textInput)
            if !isTextItem(form.focusedItem), edit == .cursorLeft || edit == .cursorRight {
                form.moveOption(by: edit == .cursorLeft ? -1 : 1)
            } else {
                form.editText { _ = $0.handle(key, keys: keys) }
            }
        }
        if form.texts != before.texts || form.selections != before.selections || form.checks != before.checks {
            draftIsDirty = true
            // A problem shown beside a field goes once the field is changed.
            let field = form.focusedItem.field
            form.problems.removeAll { $0.field == field }
        }
        self.form = form
        return effects
    }

    private func isTextItem(_ item: FormItem) -> Bool {
        if case .text = item { return true }
        return false
    }

    /// The draft to save when the form changed; the loop calls `draftSaved()` once it is written.
    public var pendingDraft: (eventID: String, draft: RegistrationDraft)? {
        guard draftIsDirty, let form, form.correcting == nil, !form.isBlank else { return nil }
        var draft = form.draft
        draft.savedAt = now().timestamp
        return (form.event.id, draft)
    }

    public mutating func draftSaved() {
        if let pending = pendingDraft { drafts[pending.eventID] = pending.draft }
        draftIsDirty = false
    }

    mutating func leaveForm() -> [Effect] {
        guard let form else { return [] }
        if form.correcting != nil {
            if draftIsDirty { message = strings.text(.correctionAbandoned) }
            draftIsDirty = false
            self.form = nil
            return []
        }
        var effects: [Effect] = []
        if let pending = pendingDraft {
            drafts[pending.eventID] = pending.draft
            effects.append(.saveDraft(eventID: pending.eventID, draft: pending.draft))
        } else if form.isBlank, drafts[form.event.id] != nil {
            // Everything typed was erased: the draft goes too.
            drafts[form.event.id] = nil
            effects.append(.removeDraft(eventID: form.event.id))
        }
        draftIsDirty = false
        self.form = nil
        if !form.isBlank { message = strings.text(.draftKept(resume: keyName(.register, .agenda))) }
        return effects
    }

    /// Effects to run before the program ends, so that no typing is lost.
    public var effectsBeforeQuitting: [Effect] {
        guard let pending = pendingDraft else { return [] }
        return [.saveDraft(eventID: pending.eventID, draft: pending.draft)]
    }

    mutating func submitForm(overriding: Bool = false) -> [Effect] {
        guard var form else { return [] }
        if storeIsReadOnly {
            // What was typed stays in the form (and its draft): only the store is closed.
            message = strings.text(.storeIsReadOnly)
            return []
        }
        if let seen = form.correcting { return submitCorrection(form, of: seen) }
        let outcome = RegistrationDesk.submit(form.draft, for: form.event, registrations: registrations, at: now(), id: makeID(),
                                              overriding: overriding)
        switch outcome {
        case .accepted(let registration):
            registrations.append(registration)
            drafts[form.event.id] = nil
            draftIsDirty = false
            self.form = nil
            let name = registration.participant.fullName
            message = strings.text(.registrationSaved(name: name, status: registration.status))
            clampDetailScroll()
            return [.saveRegistration(registration), .removeDraft(eventID: form.event.id)]
        case .invalid(let problems):
            form.problems = problems
            if let first = problems.first { form.focus(on: first.field) }
            self.form = form
            message = strings.text(.fieldsToCorrect(problems.count))
        case .refused(let refusal) where refusal.override != nil:
            form.awaitsOverride = refusal
            self.form = form
            message = strings.overrideQuestion(refusal, yes: keyName(.confirm, .confirmation), no: keyName(.refuse, .confirmation))
        case .refused(let refusal):
            self.form = form
            message = strings.refusalSentence(refusal, openExisting: keyName(.openExisting, .form))
            if case .duplicate(let existing) = refusal { duplicateID = existing.id }
        }
        return []
    }

    private mutating func submitCorrection(_ form: RegistrationForm, of seen: Registration) -> [Effect] {
        var form = form
        let name = TerminalSafeText.sanitize(seen.participant.fullName)
        switch RegistrationDesk.correction(form.draft, of: seen, for: form.event, registrations: registrations) {
        case .invalid(let problems):
            form.problems = problems
            if let first = problems.first { form.focus(on: first.field) }
            self.form = form
            message = strings.text(.fieldsToCorrect(problems.count))
            return []
        case .duplicate(let existing):
            self.form = form
            message = strings.text(.correctionDuplicate(name: TerminalSafeText.sanitize(existing.participant.fullName)))
            return []
        case .unchanged:
            self.form = nil
            message = strings.text(.detailsUnchanged)
            return []
        case .corrected(let edit):
            let (historyBefore, listBefore) = (triageHistory, triage)
            let moment = now()
            let outcome = Triage.apply([edit], in: &registrations, index: registrationIndex, at: moment)
            guard let written = outcome.written.first else {
                self.form = form
                message = strings.text(.detailsUnchanged)
                return []
            }
            draftIsDirty = false
            self.form = nil
            if var list = triage {
                list.refresh(registrations, index: registrationIndex, catalogue: catalogue)
                triage = list
            }
            let fields = (written.history.last?.corrected ?? []).map { fieldLabel($0, event: form.event) }
            message = strings.text(.detailsCorrected(name: name, fields: fields))
            return [.updateRegistrations(RegistrationChange(edits: [edit], at: moment, settles: .nothing, before: [seen],
                                                            historyBefore: historyBefore, listBefore: listBefore))]
        }
    }

    /// A field named as the store names it (`email`, `answer.projet`) as the form labels it:
    /// "E-mail", or the question's label.
    func fieldLabel(_ name: String, event: Event?) -> String {
        switch name {
        case "firstName": return strings.text(.firstName)
        case "lastName": return strings.text(.lastName)
        case "email": return strings.text(.email)
        case "phone": return strings.text(.phone)
        case "organisation": return strings.text(.organisation)
        case "role": return strings.text(.role)
        case "mode": return strings.text(.attendance)
        default:
            let id = name.hasPrefix(ImportColumn.answerPrefix) ? String(name.dropFirst(ImportColumn.answerPrefix.count)) : name
            return TerminalSafeText.sanitize(event?.registration?.questions.first { $0.id == id }?.label ?? id)
        }
    }

    /// The store could not take a registration: it is withdrawn and the form comes back as it
    /// was, with the reason, so that nothing typed is lost.
    public mutating func registrationNotSaved(_ registration: Registration, reason: String) {
        registrations.removeAll { $0.id == registration.id }
        if let event = catalogue.event(id: registration.eventId) {
            let draft = RegistrationDraft(participant: registration.participant, mode: registration.mode,
                                          answers: registration.answers, consent: registration.consent)
            drafts[event.id] = draft
            open(.form(RegistrationForm(event: event, strings: strings, draft: draft)))
            draftIsDirty = true
        }
        message = reason
    }
}
