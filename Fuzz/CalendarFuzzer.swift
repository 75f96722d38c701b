// libFuzzer entry point for the calendar import: `Fuzz/run.sh calendar`.
//
// Any bytes may arrive as an .ics file (an export from Outlook, Google, a website's agenda).
// Reading, mapping and merging must never crash or hang; every reason a VEVENT is skipped must
// be said in both languages; and every event the import makes must be one the catalogue
// accepts: written by the catalogue writer, it reads back as itself, and a second import of
// the same bytes changes nothing.
import AgendaModel
import AgendaWords
import Foundation

private let window = ImportWindow.yearFrom(DateParsing.date("2027-01-10")!)
private let paris = LocalZone.system(TimeZone(identifier: "Europe/Paris")!)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let document: ICalendarDocument
    do {
        document = try ICalendarParser.parse(bytes)
    } catch {
        for language in Language.allCases { precondition(!Strings(language).text(error).isEmpty, "a file error without words") }
        return 0
    }
    let calendar = ICalendarImport(document, window: window, localZone: paris)
    for skip in calendar.skipped {
        for language in Language.allCases { precondition(!Strings(language).text(skip.reason).isEmpty, "a skip without words") }
    }
    let first = CatalogueMerge(calendar.entries, into: [])
    let written = CatalogueWriter.newCatalogue(publisher: nil, events: first.events)
    let reading = CatalogueDecoder.read(written)
    guard let read = reading.catalogue else {
        preconditionFailure("the import made a catalogue its reader refuses: \(reading.errors.map(\.issue))")
    }
    precondition(read.events.count == first.events.count, "events lost in writing")
    for event in first.events {
        precondition(read.event(id: event.id) == event, "an event that does not read back as itself: \(event.id)")
    }
    let again = CatalogueMerge(calendar.entries, into: first.events)
    precondition(again.added.isEmpty && again.updated.isEmpty, "a second import of the same calendar changed the catalogue")
    return 0
}
