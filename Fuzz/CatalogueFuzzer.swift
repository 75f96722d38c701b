// libFuzzer entry point for the catalogue reader: `Fuzz/run.sh catalogue`.
//
// Any bytes may arrive as a catalogue (it is the one file coordinators receive). Reading must
// never crash, hang or overflow, and every problem must be reportable with its place.
import AgendaModel
import AgendaWords

private let today = DateParsing.date("2027-01-10")!
private let moments = [Moment.startOf(today, utcOffset: 3600), Moment.startOf(today, utcOffset: -36_000)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reading = CatalogueDecoder.read(bytes)
    // Every problem is said with its file, line and column, in both languages.
    for problem in reading.problems {
        for language in Language.allCases {
            let report = Strings(language).report(problem, fileName: "fuzz.json", source: reading.source)
            precondition(report.hasPrefix("fuzz.json"), "a report that does not start with the file's name")
        }
    }
    guard let catalogue = reading.catalogue else {
        precondition(!reading.errors.isEmpty, "no catalogue and no error")
        return 0
    }
    precondition(reading.errors.isEmpty, "a catalogue despite errors")
    // What the list, the search and the form do with a catalogue that was accepted.
    for moment in moments {
        let all = catalogue.events(matching: EventFilter(timeframe: .all), today: moment.today)
        precondition(all.count == catalogue.events.count, "the unfiltered list lost events")
        _ = catalogue.events(matching: EventFilter(timeframe: .upcoming, search: "journée é 京都"), today: moment.today)
        for event in catalogue.events {
            precondition(catalogue.event(id: event.id) != nil, "an event that cannot be found by its id")
            _ = event.registrationAvailability(at: moment, approved: 0)
            _ = event.registrationAvailability(at: moment, approved: Int.max)
            if let first = event.themes.first {
                _ = catalogue.events(matching: EventFilter(timeframe: .all, themes: [first]), today: moment.today)
            }
        }
    }
    return 0
}
