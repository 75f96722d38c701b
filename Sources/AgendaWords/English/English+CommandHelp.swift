extension EnglishTable {
    /// ArgumentParser writes English: nothing to put in other words.
    public var argumentParserWords: [(String, String)] { [] }

    public func commandHelp(_ key: CommandHelp) -> String {
        switch key {
        case .agendaAbstract:
            return "Browse the events of a network of local governments, register participants and triage inscriptions."
        case .agendaDiscussion:
            return """
            With no subcommand, opens the terminal interface. The catalogue is --catalogue FILE, else \
            $AGENDA_CATALOGUE, else $XDG_DATA_HOME/agenda/catalogue.json, else the sample built into the program.
            Exit codes: 0 success, 64 bad usage, 65 bad catalogue or import data, 66 file not found or unreadable, \
            73 the store cannot be written, 1 anything else.
            """
        case .exportAbstract:
            return "Export events for other programs (iCalendar)."
        case .exportICSAbstract:
            return "Events as iCalendar (RFC 5545), for any calendar client."
        case .exportICSDiscussion:
            return """
            Selects the events as 'agenda list' does: upcoming ones by default, --all for past ones too, \
            narrowed by --from, --to, --kind, --theme, --country-group and --search. --event ID exports that \
            event whatever its date (repeatable).

            Timed events are written in UTC (…T130000Z), which every client shows in its user's own time zone; \
            whole-day events as dates, DTEND being the day after the last day. Each event's UID is \
            <id>@agenda.cites-unies-france.invalid, so importing a newer export updates the events instead of \
            doubling them. DTSTAMP is the event's updatedAt, else 00:00 UTC of today (--today makes it \
            repeatable). Cancelled events have STATUS:CANCELLED, postponed ones STATUS:TENTATIVE.

            With -o the file is written atomically (temporary file, fsync, rename), readable by its owner only, \
            as every file the program writes; chmod it to share it.
            """
        case .exportICSEvent:
            return "Export this event, whatever its date (see agenda list --all); repeatable."
        case .exportICSOutput:
            return "Write to this file instead of standard output."
        case .listAbstract:
            return "Upcoming events, one a line: date, time, kind, id, title."
        case .listFormat:
            return "Output format: text or json."
        case .registrationsAddAbstract:
            return "Add one registration with the form's rules: --event ID --first … --last … --email … --organisation … --consent."
        case .registrationsAddDiscussion:
            return """
            The checks are the form's: required fields, the e-mail's form, the event's questions (--answer \
            ID=VALUE, once per question: yes/no, a number, a choice, choices separated by |), the mode when the \
            event offers several, the participant's consent (--consent once they agreed), and a duplicate \
            (same event and e-mail). An event full with a waiting list puts the registration on it. After the \
            deadline, before the opening or when full without a waiting list, the registration is refused \
            unless --late is given: it is then recorded as pending, and its history says which rule was set \
            aside. A cancelled or postponed event takes none.

            Exit status: 0 when recorded; 1 when refused by the event's rules or as a duplicate; 64 when a \
            value is missing or wrong (each is named); 66 or 73 when the store cannot be read or written.
            """
        case .registrationsAddEvent:
            return "The event's id (agenda list --all shows them)."
        case .registrationsAddFirstName:
            return "Given name."
        case .registrationsAddLastName:
            return "Family name."
        case .registrationsAddEmail:
            return "E-mail address."
        case .registrationsAddOrganisation:
            return "Local government or organisation."
        case .registrationsAddPhone:
            return "Telephone."
        case .registrationsAddRole:
            return "Role in the organisation."
        case .registrationsAddMode:
            return "onsite or online (présentiel, en ligne)."
        case .registrationsAddAnswer:
            return "An answer to one of the event's questions."
        case .registrationsAddConsent:
            return "The participant agreed to their data being kept for this event."
        case .registrationsAddLate:
            return "Record it even after the deadline, before the opening or when full (marked in its history)."
        case .registrationsAbstract:
            return "The registrations kept in the data directory (--data-dir, else $AGENDA_DATA_DIR, else $XDG_DATA_HOME/agenda)."
        case .registrationsListAbstract:
            return "Registrations, one a line: id (its first 8 characters), created date, status, event id, name, organisation, e-mail; by event date, status, then name."
        case .registrationsListFormat:
            return "Output format: text, csv, json or xlsx (the workbook of 'registrations export --format xlsx')."
        case .registrationEvent:
            return "Only the registrations of this event."
        case .registrationStatus:
            return "Only this status: pending, approved, waitlisted, declined or cancelled."
        case .registrationsDecideAbstract:
            return "Give a status to inscriptions: ID... STATUS, or --event ID --all-pending STATUS."
        case .registrationsDecideDiscussion:
            return """
            STATUS is pending, approved, waitlisted, declined or cancelled. An ID is an inscription's id \
            (registrations list shows the first eight characters; list --format json shows it whole), or any \
            unique beginning of it of four characters or more.

            The rules are those of the triage keys: each change is a new entry of the inscription's history \
            (with --note as that entry's note); an approval that would go beyond the event's capacity is \
            refused unless --over-capacity is given; a seat freed by declining or cancelling an approved \
            inscription is offered to the first on the waiting list (printed, not decided). The decision is \
            made on the store as it is on the disk, under its lock, so that a running interface and this \
            command never lose each other's decisions.

            Exit status: 0 when every inscription named has the status (some perhaps already had it); 1 when \
            approvals were refused for capacity (the others are made); 65 when an ID names no inscription or \
            several (nothing is changed); 66 or 73 when the store cannot be read or written.
            """
        case .registrationsDecideWords:
            return "Inscription ids, then the status to give them."
        case .registrationsDecideEvent:
            return "With --all-pending: the event whose pending inscriptions are decided."
        case .registrationsDecideAllPending:
            return "Decide every pending inscription of --event."
        case .registrationsDecideNote:
            return "A note for the history entry of each change."
        case .registrationsDecideOverCapacity:
            return "Approve even beyond the event's capacity."
        case .registrationsEraseAbstract:
            return "Erase a registration for good, at the person's request (GDPR): ID --yes."
        case .registrationsEraseDiscussion:
            return """
            The registration leaves registrations.json, its backup registrations.json.bak and the journal; \
            erasures.json keeps only its event, its status and the moment, so that the event's figures still add \
            up. Without --yes, says what would be erased and changes nothing. Files exported before are not \
            touched: delete them or export again.

            Exit status: 0 when erased; 1 without --yes; 65 when the ID names no registration or several; 66 or \
            73 when the store cannot be read or written.
            """
        case .registrationsEraseId:
            return "The registration's id, or a unique beginning of it of four characters or more."
        case .registrationsEraseYes:
            return "Erase it: without this flag, only say what would be erased."
        case .registrationsExportAbstract:
            return "Registrations as CSV or an Excel workbook for a spreadsheet, or JSON for another coordinator."
        case .registrationsExportDiscussion:
            return """
            CSV: UTF-8 with a byte-order mark, ';' between values, CRLF line ends, one column per field and \
            answer.<questionId> per question; a value starting with =, +, -, @, a tab or a CR gets a ' in front \
            so that no spreadsheet runs it as a formula. JSON: {"schemaVersion": 1, "registrations": [...]}, \
            each registration as registrations.json holds it. Both import again with 'registrations import'. \
            xlsx: an Excel workbook (LibreOffice, Excel, Numbers) with the CSV's columns headed in the chosen \
            language, every text as text (phones keep their leading zero, no formula, no '), dates as dates, \
            the header frozen with a filter; it needs -o or a standard output that is not a terminal. \
            With -o the file is written atomically and readable by its owner only (it holds personal data).
            """
        case .registrationsExportFormat:
            return "csv, json or xlsx."
        case .registrationsExportOutput:
            return "Write to this file instead of standard output."
        case .registrationsImportAbstract:
            return "Add inscriptions from a CSV or JSON file, or from mail (mbox, Maildir, .eml); report what was added and skipped."
        case .registrationsImportDiscussion:
            return """
            CSV: UTF-8 (with or without BOM) or Windows-1252 (French Excel), separated by ';' or ',', a header row naming the columns in any \
            order: firstName, lastName, email, organisation, eventId (required), phone, role, status (default \
            pending), mode (onsite or online), note, createdAt (default now), consent (absent or empty: not \
            given, never invented), and answer.<questionId> for the event's questions; French names (prénom, nom, courriel, \
            collectivité, fonction…) are understood too. JSON: the format of \
            'registrations export --format json' (an agenda's own export comes back with its ids and \
            history), or an array of such objects.

            Checked: required values, the e-mail's form, a known event of the catalogue, status, mode. A row \
            whose event already has an inscription with the same e-mail (in the store or earlier in the file) is \
            skipped as a duplicate. The form's deadlines and capacity are not applied: the file comes from a \
            form that already applied them.

            Every accepted row is written in one atomic write, or none is. Refused rows are listed as \
            FILE:LINE: reason and do not stop the others: fix them and import the same file again, the rows \
            already imported are then skipped as duplicates.

            Exit status: 0 when rows were added (any refused rows are listed) or when every row was already \
            there; 65 when the file is not readable CSV or JSON, a required column is missing, or rows were \
            refused and none added; 66 when the file cannot be read; 73 when the store cannot be written.

            Mail, recognised by its content: an mbox file, a Maildir directory (cur/, new/) or .eml files, with \
            --event ID. Each message from a sender not yet registered for the event becomes a pending \
            inscription (name from the sender, organisation from the signature or to complete in triage, the \
            message's text as the note, its Message-ID kept: importing the mailbox again adds nothing). \
            Automatic replies, delivery failures, your own messages ([mail] from), duplicates and messages \
            already imported are skipped and listed as FILE:LINE: reason.
            """
        case .registrationsImportFile:
            return "The CSV or JSON file to import; or a mailbox: an mbox file, a Maildir directory, or one or more .eml files."
        case .registrationsImportEvent:
            return "For a mailbox: the event its messages are inscriptions to (required for mail)."
        case .registrationsImportDryRun:
            return "Say what would be added and skipped, and write nothing."
        case .registrationsImportVerbose:
            return "List every duplicate row skipped (by default the first few, then how many more)."
        case .catalogueAbstract:
            return "Change the catalogue from other programs' files."
        case .catalogueImportAbstract:
            return "Merge the events of an iCalendar file (.ics) into the catalogue; report added, updated, unchanged and skipped."
        case .catalogueImportDiscussion:
            return """
            FILE is a calendar exported by Outlook, Thunderbird, Nextcloud, Google or a website (or - for standard \
            input). Each VEVENT is matched by its UID with the event it was imported as before, which is updated \
            rather than doubled; our own 'export ics' comes back to the events it was made from. A new event gets \
            an id made of its day and title. An update changes only what iCalendar carries (title, times, place, \
            description, themes, status, URL, contacts): the programme, the registration form and the rest stay.

            Times are read in the zone their TZID names (the file's VTIMEZONE, else the system's, Windows names \
            included), UTC and times without a zone in yours, which is said. A repeating event (RRULE, with EXDATE \
            and RECURRENCE-ID) gives one event per occurrence from today to --until. Whatever cannot be imported \
            (no title, a time that does not exist, a rule that cannot be expanded) is listed as FILE:LINE: reason.

            The catalogue is --catalogue, else $AGENDA_CATALOGUE, else your own catalogue \
            ($XDG_DATA_HOME/agenda/catalogue.json), created when absent: the built-in sample is never written. \
            It is written atomically under a lock, only the events that changed.

            Exit status: 0 when the file was read (even with events skipped); 65 when it is not an iCalendar file or \
            the catalogue has errors; 66 when it cannot be read; 73 when the catalogue cannot be written.
            """
        case .catalogueImportFile:
            return "The iCalendar file to import (- for standard input)."
        case .catalogueImportDryRun:
            return "Say what the import would do, write nothing."
        case .catalogueImportUntil:
            return "Import the occurrences of repeating events up to this date (YYYY-MM-DD; default: a year from today)."
        case .showAbstract:
            return "Show one event in full, as the detail pane does."
        case .showId:
            return "The event's id (see agenda list)."
        case .validateAbstract:
            return "Check a catalogue: print 'N events, OK', or every problem as FILE:LINE:COL: message (exit 65)."
        case .validateFile:
            return "The catalogue to check (default: the one in use)."
        case .globalCataloguePath:
            return "The catalogue file (JSON)."
        case .globalDataDirectory:
            return "Where registrations and drafts are kept."
        case .globalToday:
            return "The date to take as today (YYYY-MM-DD), for demonstrations and tests."
        case .globalLang:
            return "Interface language: fr or en (default: from LC_ALL, LC_MESSAGES, LANG)."
        case .eventAll:
            return "Include past events."
        case .eventFrom:
            return "Only events that end on or after this date (YYYY-MM-DD)."
        case .eventTo:
            return "Only events that start on or before this date (YYYY-MM-DD)."
        case .eventKind:
            return "Only this kind (workshop, webinar, conference, meeting, country-day, training, other, or the French names: atelier, webinaire…); repeatable."
        case .eventTheme:
            return "Only events with this theme (accents and case ignored); repeatable."
        case .eventCountryGroup:
            return "Only events of this country group; repeatable."
        case .eventSearch:
            return "Only events whose text contains every word (accents and case ignored)."
        case .mailAbstract:
            return "Messages to participants: queue them from templates, list the outbox, send them with the mail system."
        case .mailQueueAbstract:
            return "Write the message of a kind for an event's inscriptions into the outbox."
        case .mailQueueDiscussion:
            return "KIND is confirmation (approved), waitlist (waitlisted, with the rank), decline (declined), promotion (approved from the waiting list), cancellation (every inscription not declined), connection (approved, online events) or reminder (approved). Each message is written from its template (built in, or the user's templates/KIND.LANG.txt) and waits in the outbox of the data directory until 'agenda mail send'. An inscription that already had this kind of message, or has one waiting, is skipped unless --again is given; one with no valid e-mail or another status is skipped with the reason. The sender is [mail] from in config.toml."
        case .mailQueueEvent:
            return "The event whose inscriptions get the message."
        case .mailQueueKind:
            return "confirmation, waitlist, decline, promotion, cancellation, connection or reminder."
        case .mailQueueStatus:
            return "Only the inscriptions with this status."
        case .mailQueueRegistration:
            return "Only this inscription (id or a unique beginning); repeatable."
        case .mailQueueAgain:
            return "Queue it even for an inscription that already had this kind of message."
        case .mailListAbstract:
            return "The messages waiting in the outbox: kind, recipient, subject."
        case .mailListFormat:
            return "Output format: text or json."
        case .mailSendAbstract:
            return "Hand every waiting message to the sendmail command of [mail] in config.toml."
        case .mailSendDiscussion:
            return "Each message is piped to the command (msmtp -t, sendmail -t -i) on its standard input. Exit 0: it is recorded in the inscription's history (kind, Message-ID) and moved to sent/. Anything else: it stays queued and the error is said. Exit status: 0 when all went, 75 when some stay queued."
        case .mailSendDryRun:
            return "Only say what would be sent."
        case .mailTemplatesAbstract:
            return "The templates in use, built in or the user's; --check lists every problem."
        case .mailTemplatesCheck:
            return "Only check the user's templates and list their problems (exit 65 when there are)."
        case .registrationsAddLanguage:
            return "The language to write to them in: fr (the default) or en."
        }
    }
}
