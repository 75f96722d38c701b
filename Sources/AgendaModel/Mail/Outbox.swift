import Foundation

/// The messages waiting to leave, and those that left: two Maildirs in the data directory
/// (`outbox/` and `sent/`, each with `tmp`, `new` and `cur`), so that a crash never leaves half
/// a message where a reader looks, and any mail client (`neomutt -f outbox`) opens them.
///
/// A message is written whole into `tmp/`, synced, then renamed into `new/`. Once `sendmail`
/// has taken it, it is renamed into `sent/cur/` with the seen flag. Nothing here records it in
/// the store: the sender does that, after `sendmail` said yes and before the rename, so that a
/// crash in between resends it (the same Message-ID) rather than losing it or calling it sent.
public struct Outbox: Sendable {
    public let dataDirectory: String

    public init(dataDirectory: String) {
        self.dataDirectory = dataDirectory
    }

    public var queuePath: String { dataDirectory + "/outbox" }
    public var sentPath: String { dataDirectory + "/sent" }

    /// Puts `message` in the queue; its file's name.
    @discardableResult
    public func queue(_ message: MailMessage, at moment: Moment) throws(StoreError) -> String {
        try queue([message], at: moment)[0]
    }

    /// Puts `messages` in the queue: each written whole into `tmp/`, then all of them made
    /// durable by one sync of the file system, then each renamed into `new/`, the folder synced
    /// at the end. A message is in `new/` only once its bytes are on the disk, and a thousand cost
    /// one sync rather than a thousand (1.3 s on this machine's disk). Their files' names, in order.
    @discardableResult
    public func queue(_ messages: [MailMessage], at moment: Moment) throws(StoreError) -> [String] {
        for folder in ["tmp", "new", "cur"] { try DataDirectory.ensureExists(queuePath + "/" + folder) }
        var names: [String] = []
        names.reserveCapacity(messages.count)
        func discard() { for name in names { _ = unlink(queuePath + "/tmp/" + name) } }
        for (position, message) in messages.enumerated() {
            // The moment, the position and 64 random bits: unique, and sorted in queuing order.
            let name = "\(moment.instant).\(String(100_000 + position)).\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).agenda"
            let temporary = queuePath + "/tmp/" + name
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                let failure = errno
                discard()
                throw .cannotWrite(path: temporary, errno: failure)
            }
            names.append(name)
            let failure = AtomicFile.writeAll(Array(message.rfc5322.utf8), to: descriptor, at: 0)
            let chmodded = fchmod(descriptor, 0o600) == 0
            _ = close(descriptor)
            guard failure == 0, chmodded else {
                discard()
                throw .cannotWrite(path: temporary, errno: failure != 0 ? failure : EPERM)
            }
        }
        let folder = open(queuePath + "/tmp", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0, Self.syncFileSystem(folder, files: names.map { queuePath + "/tmp/" + $0 }) else {
            let failure = errno
            if folder >= 0 { _ = close(folder) }
            discard()
            throw .cannotWrite(path: queuePath + "/tmp", errno: failure)
        }
        _ = close(folder)
        for name in names where rename(queuePath + "/tmp/" + name, queuePath + "/new/" + name) != 0 {
            let failure = errno
            discard()
            throw .cannotWrite(path: queuePath + "/new/" + name, errno: failure)
        }
        AtomicFile.syncDirectory(atPath: queuePath + "/new")
        return names
    }

    /// The messages waiting, oldest first (by the moment in their names).
    public func queued() throws(StoreError) -> [QueuedMessage] {
        var found: [QueuedMessage] = []
        for folder in ["new", "cur"] {
            let directory = queuePath + "/" + folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = directory + "/" + name
                guard let bytes = try RegistrationStore.read(path) else { continue }
                found.append(QueuedMessage(path: path, bytes: bytes))
            }
        }
        return found.sorted { $0.name < $1.name }
    }

    /// Linux's syncfs(2): every file of the file system on the disk, in one call. Glibc's module
    /// does not show it to Swift (it is a GNU extension), so it is looked up by name; where it is
    /// missing each file is synced in turn.
    private static let syncfsFunction: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    private static func syncFileSystem(_ descriptor: Int32, files: [String]) -> Bool {
        if let syncfs = syncfsFunction { return syncfs(descriptor) == 0 }
        for path in files {
            let file = open(path, O_RDONLY | O_CLOEXEC)
            guard file >= 0 else { return false }
            defer { _ = close(file) }
            guard fsync(file) == 0 else { return false }
        }
        return true
    }

    /// Moves a message handed over to `sendmail` into `sent/cur`, marked seen.
    public func markSent(_ message: QueuedMessage) throws(StoreError) {
        for folder in ["tmp", "new", "cur"] { try DataDirectory.ensureExists(sentPath + "/" + folder) }
        let base = message.name.split(separator: ":").first.map(String.init) ?? message.name
        let target = sentPath + "/cur/" + base + ":2,S"
        guard rename(message.path, target) == 0 else { throw .cannotWrite(path: target, errno: errno) }
        AtomicFile.syncDirectory(atPath: sentPath + "/cur")
    }

    /// The messages sent, newest last.
    public func sent() throws(StoreError) -> [QueuedMessage] {
        let directory = sentPath + "/cur"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var found: [QueuedMessage] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            if let bytes = try RegistrationStore.read(directory + "/" + name) { found.append(QueuedMessage(path: directory + "/" + name, bytes: bytes)) }
        }
        return found
    }
}

/// A message file of the outbox, with the headers the program reads back.
public struct QueuedMessage: Hashable, Sendable {
    public let path: String
    public let bytes: [UInt8]
    public var name: String { (path as NSString).lastPathComponent }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A header's value, unfolded, encoded words decoded; nil when the message has none.
    public func header(_ name: String) -> String? {
        MailHeaderReader.value(of: name, in: bytes)
    }

    public var messageID: String? { header("Message-ID") }
    public var kind: MessageKind? { header(MailHeaderReader.kindHeader).flatMap(MessageKind.init(rawValue:)) }
    public var registrationID: String? { header(MailHeaderReader.registrationHeader) }
    public var recipient: String? { header("To") }
    public var subject: String? { header("Subject") }
}
