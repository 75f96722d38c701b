/// A parsed JSON value that remembers where it was written, so that every problem found in a
/// catalogue can be reported at its line and column.
public struct JSONValue: Sendable {
    public enum Content: Sendable {
        case null
        case bool(Bool)
        /// The number as written, so that `12` and `12.5` stay distinguishable.
        case number(String)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public let content: Content
    /// Byte offset of the value's first byte in the source.
    public let offset: Int

    public init(_ content: Content, offset: Int) {
        self.content = content
        self.offset = offset
    }

    /// The JSON type's name, for messages ("expected a string, found a number").
    public var typeName: JSONTypeName {
        switch content {
        case .null: return .null
        case .bool: return .boolean
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }
}

public enum JSONTypeName: String, Sendable {
    case null, boolean, number, string, array, object
    /// Used in messages for a number that must be whole.
    case integer
}

/// A JSON object's members in the order written. A repeated key keeps its last value, as most
/// JSON readers do; the repetition is reported as a warning.
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public let key: String
        public let keyOffset: Int
        public let value: JSONValue
    }

    public private(set) var members: [Member] = []

    init() {}

    mutating func append(_ member: Member) {
        members.append(member)
    }

    public subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }
}
