import CatalogueGenerator
import Foundation
import Testing
@testable import AgendaModel

/// The hand-written writer must give JSONEncoder's bytes exactly: the store's files are written
/// by both, and a registration read back must compare equal byte for byte to its cached form.
@Suite struct RegistrationJSONTests {
    // MARK: - The JSONEncoder path, as the store takes it

    /// `StoreCache.indented(RegistrationStore.encode(registration))`.
    static func encoderElement(_ registration: Registration) -> [UInt8] {
        let encoded = RegistrationStore.encode(registration)
        var result: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        for byte in encoded.dropLast() {
            result.append(byte)
            if byte == 0x0A { result.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
        }
        return result
    }

    static func encoderLine(_ registration: Registration) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return TerminalSafeText.escapingJSON(Array(try! encoder.encode(registration)))
    }

    static func element(_ registration: Registration) -> [UInt8] {
        var output: [UInt8] = []
        RegistrationJSON.appendElement(registration, to: &output)
        return output
    }

    static func line(_ registration: Registration) -> [UInt8] {
        var output: [UInt8] = []
        RegistrationJSON.appendLine(registration, to: &output)
        return output
    }

    /// Compared as bytes: String equality would let canonically equivalent text pass.
    static func expectSameBytes(_ registration: Registration, sourceLocation: SourceLocation = #_sourceLocation) {
        for (mine, theirs) in [(element(registration), encoderElement(registration)), (line(registration), encoderLine(registration))] {
            #expect(firstDifference(mine, theirs) == nil,
                    "writer:\n\(String(decoding: mine, as: UTF8.self))\nJSONEncoder:\n\(String(decoding: theirs, as: UTF8.self))",
                    sourceLocation: sourceLocation)
        }
    }

    /// The offset of the first byte that differs, nil when none does.
    static func firstDifference(_ mine: [UInt8], _ theirs: [UInt8]) -> Int? {
        let shared = min(mine.count, theirs.count)
        if let offset = (0..<shared).first(where: { mine[$0] != theirs[$0] }) { return offset }
        return mine.count == theirs.count ? nil : shared
    }

    // MARK: - Registrations

    static let stamp = "2026-11-23T10:15:00+01:00"

    static func registration(participant: Participant = Participant(firstName: "Élodie", lastName: "Martin", email: "e@example.org",
                                                                   organisation: "Ville de Lyon"),
                             mode: AttendanceMode? = nil, answers: [String: Answer] = [:], note: String = "",
                             history: [Registration.HistoryEntry] = []) -> Registration {
        Registration(id: "r-1", eventId: "rencontres-2026", status: .pending, createdAt: stamp, updatedAt: stamp, source: .form,
                     participant: participant, mode: mode, answers: answers, consent: true, note: note, history: history)
    }

    static let fieldShapes: [Registration] = [
        registration(),
        Registration(id: "", eventId: "", status: .cancelled, createdAt: "", updatedAt: "", source: .import,
                     participant: Participant(), answers: [:], consent: false, history: []),
        registration(participant: Participant(firstName: "Anna", lastName: "Petrosyan", email: "a@example.am", phone: "+374 10 000000",
                                              organisation: "Erevan", role: "Adjointe au maire"),
                     mode: .onsite,
                     answers: ["text": .text("Bonjour"), "empty": .text(""), "none": .choices([]), "one": .choices(["Santé"]),
                               "several": .choices(["Santé", "Économie", ""]), "yes": .flag(true), "no": .flag(false),
                               "whole": .number(12), "half": .number(2.5), "negative": .number(-3)],
                     note: "ligne 1\nligne \"2\"",
                     history: [.init(at: stamp, from: nil, to: .pending),
                               .init(at: stamp, from: .pending, to: .waitlisted, note: "complet"),
                               .init(at: stamp, from: .waitlisted, to: .approved, note: ""),
                               .init(at: stamp, from: .approved, to: .declined)]),
        registration(participant: Participant(phone: "0102030405"), mode: .online),
        registration(participant: Participant(firstName: "Hanako", email: "h@example.jp", language: .en)),
        registration(participant: Participant(role: "Chargée de mission"), answers: ["only": .choices(["a", "b"])]),
        registration(history: [.init(at: stamp, from: nil, to: .approved, note: "saisie directe")]),
        // The members of this round's history: a rule set aside, a correction, a message sent.
        registration(history: [.init(at: stamp, from: nil, to: .pending, override: .afterDeadline),
                               .init(at: stamp, from: .pending, to: .pending, corrected: ["email", "answer.projet"]),
                               .init(at: stamp, from: .pending, to: .pending, corrected: []),
                               .init(at: stamp, from: .approved, to: .approved, note: "n", undo: true,
                                     message: SentMessage(kind: .confirmation, id: "<1.2@agenda.invalid>"))]),
        // An inscription that came by e-mail, organisation still to complete.
        Registration(id: "r-2", eventId: "rencontres-2026", status: .pending, createdAt: stamp, updatedAt: stamp, source: .email,
                     participant: Participant(firstName: "Marie", lastName: "Dupont", email: "m@lyon.fr"), consent: false,
                     note: "Je m'inscris.", history: [.init(at: stamp, from: nil, to: .pending)], emailMessageId: "<1.2@lyon.fr>"),
    ] + RegistrationStatus.allCases.map { status in
        var registration = registration(history: [.init(at: stamp, from: status, to: status)])
        registration.status = status
        return registration
    }

    @Test func everyFieldShapeMatchesJSONEncoder() {
        for registration in Self.fieldShapes { Self.expectSameBytes(registration) }
    }

    static let hostileTexts: [String] = [
        String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! })),
        "\u{7F}", String(String.UnicodeScalarView((0x80...0xA0).map { Unicode.Scalar($0)! })),
        "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}", "\u{2066}\u{2067}\u{2068}\u{2069}", "\u{200E}\u{200F}\u{061C}",
        "\u{2028}", "\u{2029}", "a\u{2028}b\u{2029}c",
        // Neighbours of the unsafe characters, sharing their lead bytes: kept as they are.
        "\u{A0}\u{A9}\u{BF}\u{61B}\u{61D}\u{2014}\u{2027}\u{202F}\u{2065}\u{206A}\u{20AC}\u{2FFF}",
        "\"quoted\"", "back\\slash\\", "a/b//c </script>", "https://example.org/x?y=1&z=2", "nul\u{0}end", "\u{0}",
        "😀👩‍👩‍👧🇫🇷", "山田太郎", "Հայաստան", "\u{301}lone combining", "e\u{301}\u{302}\u{303}", "\u{FEFF}bom", "\u{FFFD}",
        "\u{10FFFF}\u{E000}", "\r\n", "\t tab", "", " ", "\u{1B}[31mred\u{1B}[0m", "\u{9B}31m",
    ]

    @Test func hostileTextMatchesJSONEncoderInEveryField() {
        for text in Self.hostileTexts {
            let participant = Participant(firstName: text, lastName: text, email: text, phone: text, organisation: text, role: text)
            let registration = Registration(
                id: text, eventId: text, status: .approved, createdAt: text, updatedAt: text, source: .import,
                participant: participant, mode: .online,
                answers: [text: .text(text), "choices" + text: .choices([text, text + "/"]), "z": .text(text)],
                consent: true, note: text,
                history: [.init(at: text, from: nil, to: .pending, note: text), .init(at: text, from: .pending, to: .approved)],
                emailMessageId: text)
            Self.expectSameBytes(registration)
        }
    }

    @Test func answerKeysSortLikeJSONEncoder() {
        let keys = ["q10", "q2", "Q1", "é", "a-b", "a_b", "Zebra", "zebra", "10", "9", "", "😀", "ß", "Ā", "a", "aa", "a\u{0}",
                    "\u{7F}", "\u{202E}x", "ä", "z", "日本", "ﬀ", "ZEBRA", "q1", "q01", " ", "~", "\u{FFFF}", "\u{10000}"]
        Self.expectSameBytes(Self.registration(answers: Dictionary(uniqueKeysWithValues: keys.map { ($0, Answer.flag(true)) })))
        // The decomposed forms are one key with the composed ones: a dictionary holds one or the other.
        let decomposed = ["e\u{301}", "a\u{308}", "A\u{30A}", "e", "f"]
        Self.expectSameBytes(Self.registration(answers: Dictionary(uniqueKeysWithValues: decomposed.map { ($0, Answer.number(1)) })))
    }

    static let numbers: [Double] = [
        0, -0.0, 1, -1, 12, 2.5, -2.5, 0.5, 0.1, 1.0 / 3, .pi, 1e-7, 1e-5, 0.0001, 100, 1.5e300, 1e15, -1e15, 1e15 - 1,
        -(1e15 - 1), 1e15 - 0.5, 1e15 + 2, 1e16, 1e20, 1e21, 1e22, 123456789012345.6, 9_007_199_254_740_992,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, .ulpOfOne, 2.2250738585072014e-308, 4.35, 0.30000000000000004,
    ]

    @Test func numbersMatchJSONEncoder() {
        for number in Self.numbers {
            Self.expectSameBytes(Self.registration(answers: ["n": .number(number)]))
        }
        Self.expectSameBytes(Self.registration(answers: Dictionary(uniqueKeysWithValues: Self.numbers.enumerated().map {
            ("n\($0.offset)", Answer.number($0.element))
        })))
    }

    @Test(.tags(.slow)) func randomRegistrationsMatchJSONEncoder() {
        var random = SplitMix64(seed: 0x5EED_0A11)
        for _ in 0..<3000 {
            Self.expectSameBytes(RandomRegistration.make(&random))
        }
    }

    @Test func aLineDecodesBackToTheSameRegistration() throws {
        var random = SplitMix64(seed: 0xDEC0DE)
        let registrations = Self.fieldShapes + (0..<500).map { _ in RandomRegistration.make(&random) }
        for registration in registrations {
            #expect(try JSONDecoder().decode(Registration.self, from: Data(Self.line(registration))) == registration)
        }
    }

    @Test func appendingKeepsWhatTheBufferHeld() {
        let registration = Self.fieldShapes[2]
        var output = Array("[\n".utf8)
        RegistrationJSON.appendElement(registration, to: &output)
        RegistrationJSON.appendLine(registration, to: &output)
        #expect(output == Array("[\n".utf8) + Self.encoderElement(registration) + Self.encoderLine(registration))
    }
}

/// Registrations of every shape, with text drawn mostly from letters and often from the
/// characters JSON or the terminal must escape.
enum RandomRegistration {
    static let letters = Array("abcdefghijklmnopqrstuvwxyz ".unicodeScalars)
    static let scalars: [Unicode.Scalar] = Array("abcXYZ019 -_/.@éÉçßĀ山田Հ😀\u{301}".unicodeScalars)
        + [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F, 0x22, 0x5C, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0x61B, 0x61C,
           0x200E, 0x200F, 0x2014, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x2066, 0x2069, 0x206A, 0xFEFF, 0x1F469, 0x200D]
        .map { Unicode.Scalar($0)! }

    static func make(_ random: inout SplitMix64) -> Registration {
        func pick<T>(_ values: [T]) -> T { values[random.below(values.count)] }
        func text() -> String {
            // Mostly plain letters, as real data is; one in four strings anything from the pool.
            let pool = random.below(4) > 0 ? letters : scalars
            return String(String.UnicodeScalarView((0..<random.below(14)).map { _ in pick(pool) }))
        }
        func optionalText() -> String? { random.below(2) == 0 ? nil : text() }
        func number() -> Double {
            switch random.below(5) {
            case 0: return Double(random.below(2000)) - 1000
            case 1: return Double(random.below(2000)) / 4 - 250
            case 2: return pick([1e15, -1e15, 1e15 - 1, 1e15 + 2, -0.0, 0.1, 1e-7])
            default:
                let value = Double(bitPattern: random.next())
                return value.isFinite ? value : 0.5
            }
        }
        func answer() -> Answer {
            switch random.below(4) {
            case 0: return .text(text())
            case 1: return .choices((0..<random.below(4)).map { _ in text() })
            case 2: return .flag(random.below(2) == 0)
            default: return .number(number())
            }
        }
        let statuses = RegistrationStatus.allCases
        var answers: [String: Answer] = [:]
        for _ in 0..<random.below(6) { answers[random.below(2) == 0 ? "q\(random.below(12))" : text()] = answer() }
        let participant = Participant(firstName: text(), lastName: text(), email: text(), phone: optionalText(),
                                      organisation: text(), role: optionalText())
        let history = (0..<random.below(5)).map { _ in
            Registration.HistoryEntry(at: text(), from: random.below(3) == 0 ? nil : pick(statuses), to: pick(statuses),
                                      note: optionalText())
        }
        return Registration(id: text(), eventId: text(), status: pick(statuses), createdAt: text(), updatedAt: text(),
                            source: pick([.form, .import]), participant: participant,
                            mode: pick([nil, .onsite, .online]), answers: answers, consent: random.below(2) == 0,
                            note: text(), history: history)
    }
}
