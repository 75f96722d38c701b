import AgendaInterface
import AgendaModel
import AgendaWords
import ArgumentParser
import Foundation

struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: helpText(.listAbstract)
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var selection: EventSelection

    @Option(help: ArgumentHelp(helpText(.listFormat)))
    var format: Format = .text

    func run() throws {
        let context = try global.context()
        let catalogue = try context.loadCatalogue()
        let filter = selection.filter()
        let events = catalogue.events(matching: filter, today: context.moment.today)
        switch format {
        case .text: printText(events, context)
        case .json: try printJSON(events, context)
        }
    }

    private func printText(_ events: [Event], _ context: CommandContext) {
        let kindWidth = events.map { $0.kind.rawValue.count }.max() ?? 0
        let idWidth = events.map { $0.id.count }.max() ?? 0
        for event in events {
            let time: String
            if event.isMultiDay {
                time = "→ \(event.lastDay)"
            } else {
                time = context.strings.dates.timeRange(event) ?? context.strings.allDay
            }
            let columns = [
                event.firstDay.description,
                TextFitting.pad(time, to: 12),
                TextFitting.pad(TerminalSafeText.sanitize(event.kind.rawValue), to: kindWidth),
                TextFitting.pad(event.id, to: idWidth),
                TerminalSafeText.sanitize(event.title) + (event.status == .scheduled ? "" : " [\(context.strings.status(event.status))]"),
            ]
            Console.output(columns.joined(separator: "  "))
        }
    }

    private func printJSON(_ events: [Event], _ context: CommandContext) throws {
        let listed = events.map { ListedEvent($0, availability: $0.registrationAvailability(at: context.moment, approved: 0)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(listed)
        Console.output(String(decoding: TerminalSafeText.escapingJSON(Array(data)), as: UTF8.self))
    }
}

/// One event as `agenda list --format json` gives it to scripts.
struct ListedEvent: Encodable {
    let id: String
    let title: String
    let kind: String
    let status: String
    let start: String
    let end: String?
    let mode: String?
    let city: String?
    let themes: [String]
    let countryGroups: [String]
    let registration: String

    init(_ event: Event, availability: RegistrationAvailability) {
        id = event.id
        title = event.title
        kind = event.kind.rawValue
        status = event.status.rawValue
        start = event.start.description
        end = event.end?.description
        mode = event.location?.mode?.rawValue
        city = event.location?.city
        themes = event.themes
        countryGroups = event.countryGroups
        registration = ListedEvent.name(of: availability)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, kind, status, start, end, mode, city, themes, countryGroups, registration
    }

    /// Every event has every key, `null` where it has no value: a script's `e["end"]` works on
    /// a one-day event too.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(mode, forKey: .mode)
        try container.encode(city, forKey: .city)
        try container.encode(themes, forKey: .themes)
        try container.encode(countryGroups, forKey: .countryGroups)
        try container.encode(registration, forKey: .registration)
    }

    static func name(of availability: RegistrationAvailability) -> String {
        switch availability {
        case .notOffered: return "none"
        case .cancelled: return "cancelled"
        case .postponed: return "postponed"
        case .notYetOpen: return "not-yet-open"
        case .open: return "open"
        case .full(let waitlist): return waitlist ? "full-waitlist" : "full"
        case .closed: return "closed"
        }
    }
}
