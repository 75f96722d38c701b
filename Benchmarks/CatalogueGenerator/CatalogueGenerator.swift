/// Writes a valid catalogue of any size, shaped like a national one: years of workshops,
/// webinars, country-group days and trainings from hundreds of collectivités, with accents,
/// Japanese and Armenian names, programmes, contacts and registration forms.
///
/// Deterministic for a given seed, so that benchmark figures and tests are repeatable.
public struct CatalogueGenerator {
    public let eventCount: Int
    public let seed: UInt64
    /// The first day events start on; they spread over `years` years from there.
    public let firstYear: Int
    public let years: Int

    public init(eventCount: Int, seed: UInt64 = 2026, firstYear: Int = 2022, years: Int = 8) {
        self.eventCount = eventCount
        self.seed = seed
        self.firstYear = firstYear
        self.years = years
    }

    /// The whole catalogue as UTF-8 JSON bytes, one event per line.
    public func bytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(eventCount * 900 + 200)
        output.append(contentsOf: #"{"schemaVersion": 1, "publisher": "Réseau national (catalogue généré)", "events": ["#.utf8)
        output.append(0x0A)
        var random = SplitMix64(seed: seed)
        for index in 0..<eventCount {
            if index > 0 { output.append(contentsOf: ",\n".utf8) }
            appendEvent(index, to: &output, random: &random)
        }
        output.append(contentsOf: "\n]}\n".utf8)
        return output
    }

    private func appendEvent(_ index: Int, to output: inout [UInt8], random: inout SplitMix64) {
        let kind = Vocabulary.kinds[random.below(Vocabulary.kinds.count)]
        let city = random.pick(Vocabulary.cities)
        let partner = random.pick(Vocabulary.partners)
        let theme = random.pick(Vocabulary.themes)
        let day = random.below(years * 365)
        let (year, month, dayOfMonth) = Self.civilDate(daysFrom: firstYear, day)
        let date = "\(year)-\(Self.two(month))-\(Self.two(dayOfMonth))"
        let allDay = kind == "country-day" || random.below(10) == 0
        let hour = 9 + random.below(8)
        var json = JSONLine()
        json.open()
        json.field("id", "\(kind)-\(city.slug)-\(index)")
        json.field("title", "\(Vocabulary.titleStart[kind, default: "Rencontre"]) \(theme.name) — \(city.name) et \(partner.name)")
        json.field("kind", kind)
        if random.below(40) == 0 { json.field("status", random.below(2) == 0 ? "cancelled" : "postponed") }
        if allDay {
            json.field("start", date)
            if random.below(4) == 0 {
                let (endYear, endMonth, endDay) = Self.civilDate(daysFrom: firstYear, day + 1 + random.below(3))
                json.field("end", "\(endYear)-\(Self.two(endMonth))-\(Self.two(endDay))")
            }
        } else {
            json.field("start", "\(date)T\(Self.two(hour)):\(random.below(2) == 0 ? "00" : "30"):00+01:00")
            json.field("end", "\(date)T\(Self.two(hour + 1 + random.below(3))):00:00+01:00")
        }
        let online = kind == "webinar"
        json.object("location") { json in
            json.field("mode", online ? "online" : (random.below(5) == 0 ? "hybrid" : "onsite"))
            if !online {
                json.field("venue", "Hôtel de ville de \(city.name)")
                json.field("address", "\(1 + random.below(120)) place de la République")
                json.field("city", city.name)
                json.field("country", "France")
            }
        }
        json.strings("organisers", ["Ville de \(city.name)", random.pick(Vocabulary.networks)])
        json.field("audience", random.pick(Vocabulary.audiences))
        json.field("summary", "\(theme.summary) avec \(partner.name) (\(partner.country)).")
        json.field("description", "\(Vocabulary.paragraphs[random.below(Vocabulary.paragraphs.count)])\n\n• \(theme.name)\n• Partenariat \(city.name) – \(partner.name)")
        json.strings("themes", [theme.name])
        json.strings("countryGroups", [partner.country])
        if random.below(3) == 0 {
            json.array("programme") { json in
                for slot in 0..<2 {
                    json.element { json in
                        json.field("start", "\(Self.two(hour + slot)):00")
                        json.field("end", "\(Self.two(hour + slot + 1)):00")
                        json.field("title", slot == 0 ? "Accueil et tour de table" : "Atelier : \(theme.name)")
                        if slot == 1 { json.strings("speakers", [partner.speaker]) }
                    }
                }
            }
        }
        json.array("contacts") { json in
            json.element { json in
                json.field("name", random.pick(Vocabulary.people))
                json.field("role", "Chargée de mission, Ville de \(city.name)")
                json.field("email", "contact-\(index)@\(city.slug).example.org")
            }
        }
        if random.below(2) == 0 {
            json.object("registration") { json in
                json.number("capacity", 20 + random.below(200))
                json.field("deadline", date)
                if kind == "workshop" || kind == "training" {
                    json.array("questions") { json in
                        json.element { json in
                            json.field("id", "attentes")
                            json.field("label", "Vos attentes pour cette séance")
                            json.field("type", "text")
                        }
                    }
                }
            }
        }
        json.field("updatedAt", "\(firstYear)-01-0\(1 + random.below(9))T10:00:00+01:00")
        json.close()
        output.append(contentsOf: json.bytes)
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The year, month and day `days` days after 1 January of `year`.
    static func civilDate(daysFrom year: Int, _ days: Int) -> (Int, Int, Int) {
        var year = year
        var remaining = days
        while true {
            let length = isLeap(year) ? 366 : 365
            if remaining < length { break }
            remaining -= length
            year += 1
        }
        let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        while remaining >= lengths[month] {
            remaining -= lengths[month]
            month += 1
        }
        return (year, month + 1, remaining + 1)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
}

/// A small, fast, well-distributed generator (Steele, Lea and Flood's SplitMix64), also for
/// the tests' repeatable random edits.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}
