import Foundation

/// Random UUIDs as registrations.md wants them, lower case.
public enum UUIDText {
    public static func random() -> String { UUID().uuidString.lowercased() }
}
