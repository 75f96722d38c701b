import AgendaInterface
import AgendaModel
import AgendaSpreadsheet
import AgendaWords

extension StoreKeeper {
    /// `exports/<id>.xlsx` in the data directory (`exports/inscriptions.xlsx` for every
    /// inscription), beside the calendars, in the interface's language.
    func exportInscriptions(_ export: InscriptionsExport) throws -> String {
        let directory = store.directory + "/exports"
        try DataDirectory.ensureExists(directory)
        let path = directory + "/" + (export.eventID ?? "inscriptions") + ".xlsx"
        let bytes = try RegistrationWorkbook.bytes(export.registrations, catalogue: Catalogue(events: export.events),
                                                   strings: Strings(language), created: clock().instant)
        try AtomicFile.write(bytes, to: path)
        return path
    }
}
