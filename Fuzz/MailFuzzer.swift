// libFuzzer entry point for the mail import: `Fuzz/run.sh mail`.
//
// Any bytes may arrive as one message of a mailbox (a Thunderbird mbox, an Outlook .eml, a
// bounce). Reading it must never crash or hang; a skip must be said in both languages; and an
// inscription it brings must survive the store's format and a second import, which adds nothing.
import AgendaModel
import AgendaWords
import Foundation

private let event = Event(id: "journee-liban-2026-12-10", title: "Journée du groupe-pays Liban", kind: .countryDay,
                          start: .allDay(DateParsing.date("2026-12-10")!), registration: RegistrationRules())
private let now = Moment.startOf(DateParsing.date("2026-11-23")!, utcOffset: 3600)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = RawMailMessage(position: MailPosition(file: "fuzz.mbox", line: 1), bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let outcome = MailImport.read(raw, coordinator: "coordination@cites-unies-france.org")
    if case .skipped(_, let reason) = outcome {
        for language in Language.allCases { precondition(!Strings(language).text(reason).isEmpty, "a skip without words") }
    }
    var counter = 0
    let makeID = { () -> String in
        counter += 1
        return "00000000-0000-4000-8000-\(counter)"
    }
    let first = MailImport.plan([outcome], event: event, existing: [], now: now, makeID: makeID) { text, _ in text }
    let stored = RegistrationStore.encode(first.added)
    guard let decoded = try? JSONDecoder().decode([Registration].self, from: Data(stored)) else {
        preconditionFailure("an inscription from mail that the store's format cannot take back")
    }
    precondition(decoded == first.added, "an inscription from mail changed through the store's format")
    let again = MailImport.plan([outcome], event: event, existing: first.added, now: now, makeID: makeID) { text, _ in text }
    precondition(again.added.isEmpty, "the same message imported twice")
    return 0
}
