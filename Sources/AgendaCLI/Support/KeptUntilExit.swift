import Synchronization

/// Large values a command ends with. The process is about to exit and the system takes its
/// memory back at once; freeing a national catalogue's events one by one would only delay the
/// exit by a tenth of a second.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        values.withLock { $0.append(value) }
    }
}
