/// The person a registration is for.
public struct Participant: Codable, Hashable, Sendable {
    public var firstName: String
    public var lastName: String
    public var email: String
    public var phone: String?
    /// The collectivité or organisation.
    public var organisation: String
    public var role: String?
    /// The language to write to them in (`fr`, `en`); French when not known.
    public var language: Language?

    public init(firstName: String = "", lastName: String = "", email: String = "", phone: String? = nil,
                organisation: String = "", role: String? = nil, language: Language? = nil) {
        self.language = language
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.organisation = organisation
        self.role = role
    }
}

extension Participant {
    /// The name as its owner writes it: given name first, except for names written in Chinese,
    /// Japanese or Korean script, where the family name comes first ("田中 花子"), as those
    /// languages order them.
    public var fullName: String {
        let first = firstName.trimmedWhitespace, last = lastName.trimmedWhitespace
        let ordered = Self.writtenFamilyFirst(last) && Self.writtenFamilyFirst(first) ? [last, first] : [first, last]
        return ordered.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether `name` is written in Chinese, Japanese or Korean script (true when empty).
    static func writtenFamilyFirst(_ name: String) -> Bool {
        guard !name.isEmpty else { return true }
        return name.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x3040...0x30FF,  // hiragana, katakana
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF,  // han
                 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F,  // hangul
                 0x3005, 0x30FC, 0xFF66...0xFF9F:  // 々, ー, half-width katakana
                return true
            default:
                return false
            }
        }
    }
}

extension Language: Codable {}
