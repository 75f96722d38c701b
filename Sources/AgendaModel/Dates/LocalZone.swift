import Foundation

/// The coordinator's time zone: its offset at any instant (summer time included) and the place
/// it is named after, so that an event set in another offset can also be told in local time.
public struct LocalZone: Sendable {
    /// "Paris" for Europe/Paris, "New York" for America/New_York; nil for UTC or an unnamed zone.
    public let placeName: String?
    private let offsetAt: @Sendable (Int) -> Int

    public init(placeName: String?, offsetAt: @escaping @Sendable (Int) -> Int) {
        self.placeName = placeName
        self.offsetAt = offsetAt
    }

    /// The zone of the machine (`$TZ`, else /etc/localtime).
    public static func system(_ zone: TimeZone = .current) -> LocalZone {
        LocalZone(placeName: placeName(ofZoneNamed: zone.identifier)) { instant in
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
    }

    /// One offset all year, for tests and for `--today` runs that must not depend on the machine.
    public static func fixed(offset: Int, placeName: String?) -> LocalZone {
        LocalZone(placeName: placeName) { _ in offset }
    }

    public func offset(at instant: Int) -> Int { offsetAt(instant) }

    /// The last part of an IANA name, as people name the place: `Europe/Paris` → "Paris".
    static func placeName(ofZoneNamed identifier: String) -> String? {
        guard identifier.contains("/"), !identifier.hasPrefix("Etc/") else { return nil }
        let last = identifier.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty ? nil : last.replacingOccurrences(of: "_", with: " ")
    }

    /// When an event with its own offset starts (and ends, the same day) in this zone: nil
    /// for a whole-day event or one already in the zone's offset at that instant.
    public func localTimes(of event: Event) -> (start: EventTime, end: EventTime?)? {
        guard case .timed(_, _, let eventOffset) = event.start else { return nil }
        let startInstant = event.start.instant()
        let offset = offset(at: startInstant)
        guard offset != eventOffset else { return nil }
        func local(_ instant: Int) -> EventTime {
            let seconds = instant + offset
            let days = Int((Double(seconds) / 86_400).rounded(.down))
            let inDay = seconds - days * 86_400
            return .timed(CalendarDate(daysSinceEpoch: days), TimeOfDay(hour: inDay / 3600, minute: inDay % 3600 / 60, second: inDay % 60)!,
                          offsetSeconds: offset)
        }
        let end = event.end.flatMap { end -> EventTime? in
            guard case .timed = end else { return nil }
            return local(end.instant())
        }
        return (local(startInstant), end)
    }
}
