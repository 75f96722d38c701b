import Foundation

/// Where a message was found: the file and, in an mbox, the line of its `From ` line. A
/// Maildir message or an `.eml` is its own file.
public struct MailPosition: Hashable, Sendable {
    public var file: String
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `FILE:LINE`, or `FILE`, as every message of the command line names a place.
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// One message as a mailbox stores it, before any reading: its bytes (`>From ` unquoted in
/// an mbox) and where it was. A message over `MailboxReader.maximumMessageBytes` is cut
/// there: what a participant writes comes first, the attachments after.
public struct RawMailMessage: Sendable {
    public var position: MailPosition
    public var bytes: [UInt8]

    public init(position: MailPosition, bytes: [UInt8]) {
        self.position = position
        self.bytes = bytes
    }
}

/// The kinds of mailbox a coordinator's mail program saves, recognised by their content.
public enum MailboxFormat: Sendable, Equatable {
    /// One file, messages one after the other, each after a `From ` line (Thunderbird,
    /// neomutt, Gmail's export).
    case mbox
    /// A directory with `cur/` and `new/`, a message a file (neomutt, mbsync).
    case maildir
    /// One message in a file of its own (Outlook and Thunderbird's "Save as").
    case eml
}

/// Why a mailbox could not be read at all.
public struct MailboxError: Error, Sendable, Equatable {
    public var path: String
    public init(path: String) { self.path = path }
}

/// Reads mailboxes as a stream: an mbox of a gigabyte goes through a buffer of one chunk and
/// the message being read, never whole in memory.
public enum MailboxReader {
    public static let maximumMessageBytes = 4 << 20
    static let chunkBytes = 1 << 20

    /// What the file or directory at `path` is, from its content: nil when it is none of them
    /// (a CSV or JSON import, say).
    public static func format(of path: String) -> MailboxFormat? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            let manager = FileManager.default
            let hasFolder = ["cur", "new"].contains { manager.fileExists(atPath: path + "/" + $0, isDirectory: &isDirectory) && isDirectory.boolValue }
            return hasFolder ? .maildir : nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4096)).map { Array($0) } ?? []
        return format(ofStart: start)
    }

    /// The format of a file that starts with these bytes.
    public static func format(ofStart start: [UInt8]) -> MailboxFormat? {
        if start.starts(with: Array("From ".utf8)) { return .mbox }
        let firstLine = start.prefix { $0 != 0x0A && $0 != 0x0D }
        guard let colon = firstLine.firstIndex(of: UInt8(ascii: ":")), colon > firstLine.startIndex else { return nil }
        let name = String(decoding: firstLine[..<colon], as: UTF8.self).lowercased()
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        let known: Set<String> = ["from", "to", "date", "subject", "received", "return-path", "message-id", "mime-version",
                                  "delivered-to", "reply-to", "content-type", "cc", "sender", "thread-topic", "thread-index",
                                  "authentication-results", "dkim-signature", "arc-seal", "user-agent", "x-mozilla-status"]
        return known.contains(name) || name.hasPrefix("x-") ? .eml : nil
    }

    /// Every message of the mailbox at `path`, in order. `file` is the name positions give.
    public static func forEachMessage(in path: String, format: MailboxFormat, file: String,
                                      _ body: (RawMailMessage) -> Void) throws(MailboxError) {
        switch format {
        case .mbox:
            try readMbox(path, file: file, body)
        case .maildir:
            for (folder, name) in maildirOrder(path) {
                let position = MailPosition(file: (file.hasSuffix("/") ? file : file + "/") + folder + "/" + name)
                body(RawMailMessage(position: position, bytes: readWhole(path + "/" + folder + "/" + name) ?? []))
            }
        case .eml:
            guard let bytes = readWhole(path) else { throw MailboxError(path: file) }
            body(RawMailMessage(position: MailPosition(file: file), bytes: bytes))
        }
    }

    /// A Maildir's messages (`cur/` and `new/` together) in the order they were delivered, so
    /// that of two from one sender the first is the one kept, as in an mbox: by the delivery
    /// time that starts a name (RFC-less but universal: `1733220000.M5P42Q1.host`), then by
    /// the file's time to the nanosecond, then by name. Names alone do not do: the microseconds
    /// after `M` are not zero-padded, so `M99` sorts after `M100`.
    static func maildirOrder(_ path: String) -> [(folder: String, name: String)] {
        var found: [(folder: String, name: String, delivered: Int, modified: Int)] = []
        for folder in ["cur", "new"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path + "/" + folder)) ?? [] where !name.hasPrefix(".") {
                var info = stat()
                let modified = stat(path + "/" + folder + "/" + name, &info) == 0 ? info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec : 0
                found.append((folder, name, Int(name.prefix { $0.isASCII && $0.isNumber }) ?? 0, modified))
            }
        }
        found.sort { ($0.delivered, $0.modified, $0.name) < ($1.delivered, $1.modified, $1.name) }
        return found.map { ($0.folder, $0.name) }
    }

    private static func readWhole(_ path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumMessageBytes) else { return nil }
        return Array(data)
    }

    private static func readMbox(_ path: String, file: String, _ body: (RawMailMessage) -> Void) throws(MailboxError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw MailboxError(path: file) }
        defer { try? handle.close() }
        var splitter = MboxSplitter(file: file)
        while true {
            let chunk: Data
            do {
                guard let read = try handle.read(upToCount: chunkBytes), !read.isEmpty else { break }
                chunk = read
            } catch {
                throw MailboxError(path: file)
            }
            chunk.withUnsafeBytes { splitter.feed($0.bindMemory(to: UInt8.self)) }
            splitter.ready.forEach(body)
            splitter.ready.removeAll(keepingCapacity: true)
        }
        splitter.finish()
        splitter.ready.forEach(body)
    }
}

/// Cuts an mbox's bytes into messages at each `From ` line that starts the file or follows an
/// empty line, and takes one `>` off `>From `, `>>From `… (mboxrd; an mboxo `>From ` loses its
/// `>` too, as mail clients do).
struct MboxSplitter {
    let file: String
    /// The messages complete so far, for the caller to take.
    var ready: [RawMailMessage] = []
    private var carry: [UInt8] = []
    private var message: [UInt8] = []
    private var messageLine: Int?
    private var lineNumber = 0
    private var previousWasEmpty = true

    init(file: String) {
        self.file = file
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                carry.append(contentsOf: bytes[start...])
                return
            }
            if carry.isEmpty {
                line(UnsafeBufferPointer(rebasing: bytes[start...newline]))
            } else {
                carry.append(contentsOf: bytes[start...newline])
                let whole = carry
                carry.removeAll(keepingCapacity: true)
                whole.withUnsafeBufferPointer { line($0) }
            }
            start = newline + 1
        }
    }

    mutating func finish() {
        if !carry.isEmpty {
            let rest = carry
            carry = []
            rest.withUnsafeBufferPointer { line($0) }
        }
        flush(beforeFromLine: false)
    }

    private mutating func flush(beforeFromLine: Bool) {
        if let start = messageLine {
            // The empty line before the next `From ` belongs to the mbox, not to the message.
            if beforeFromLine, message.last == 0x0A {
                message.removeLast()
                if message.last == 0x0D { message.removeLast() }
            }
            ready.append(RawMailMessage(position: MailPosition(file: file, line: start), bytes: message))
        }
        message.removeAll(keepingCapacity: true)
        messageLine = nil
    }

    /// One line, with its LF (the last line of the file may have none).
    private mutating func line(_ bytes: UnsafeBufferPointer<UInt8>) {
        lineNumber += 1
        let isFrom = bytes.count >= 5 && bytes[0] == 0x46 && bytes[1] == 0x72 && bytes[2] == 0x6F && bytes[3] == 0x6D && bytes[4] == 0x20
        if isFrom, previousWasEmpty {
            flush(beforeFromLine: true)
            messageLine = lineNumber
            previousWasEmpty = false
            return
        }
        previousWasEmpty = bytes.count == 1 || (bytes.count == 2 && bytes[0] == 0x0D)
        guard messageLine != nil, message.count < MailboxReader.maximumMessageBytes else { return }
        var skip = 0
        if bytes.first == UInt8(ascii: ">") {
            var index = 0
            while index < bytes.count, bytes[index] == UInt8(ascii: ">") { index += 1 }
            if bytes.count - index >= 5, Array(bytes[index..<index + 5]) == Array("From ".utf8) { skip = 1 }
        }
        message.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[skip...]))
    }
}
