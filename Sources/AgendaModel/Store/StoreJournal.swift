import Foundation

/// `registrations.journal`: the registrations changed since `registrations.json` was last
/// written, one JSON line each, for a store too large to rewrite on every decision.
///
/// Rewriting 100 000 inscriptions (60 MB) costs most of a second; appending one line and
/// syncing it costs a few milliseconds. The first line names the exact `registrations.json`
/// it applies to (its size and a fingerprint of its bytes): once that file is rewritten with
/// the changes folded in, the journal no longer matches and is ignored, so a crash between the
/// rewrite and the journal's removal never replays old versions over newer ones. Each later
/// line is one change: the array of the whole registrations it touched, each replacing the
/// one of the same id or added. A last line without its newline is a change the program did
/// not finish writing: it is ignored whole (a bulk decision is never half applied), then cut
/// off before the next append.
enum StoreJournal {
    static let fileName = "registrations.journal"
    static let formatVersion = 1

    /// The base file a journal applies to.
    struct Base: Equatable, Sendable {
        var size: Int
        var fingerprint: UInt64

        init(size: Int, fingerprint: UInt64) {
            self.size = size
            self.fingerprint = fingerprint
        }

        init(of bytes: [UInt8]) {
            self.init(size: bytes.count, fingerprint: Self.fingerprint(bytes))
        }

        /// A 64-bit hash of every byte, four lanes at a time so that 60 MB take milliseconds.
        /// It only has to tell apart two versions of the same file, not resist an adversary.
        static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
            bytes.withUnsafeBytes { buffer -> UInt64 in
                let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
                var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
                var offset = 0
                while offset + 32 <= buffer.count {
                    lanes.0 = (lanes.0 ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                    lanes.1 = (lanes.1 ^ buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
                    lanes.2 = (lanes.2 ^ buffer.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
                    lanes.3 = (lanes.3 ^ buffer.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
                    lanes.0 ^= lanes.0 >> 31; lanes.1 ^= lanes.1 >> 31; lanes.2 ^= lanes.2 >> 31; lanes.3 ^= lanes.3 >> 31
                    offset += 32
                }
                var hash = UInt64(buffer.count) &* prime
                for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
                    hash = (hash ^ lane) &* prime
                    hash ^= hash >> 29
                }
                while offset < buffer.count {
                    hash = (hash ^ UInt64(buffer[offset])) &* prime
                    hash ^= hash >> 29
                    offset += 1
                }
                return hash
            }
        }
    }

    /// The first line: `{"agendaJournal":1,"baseBytes":N,"baseFingerprint":"…"}`.
    static func header(for base: Base) -> [UInt8] {
        let hex = String(base.fingerprint, radix: 16)
        return Array("{\"agendaJournal\":\(formatVersion),\"baseBytes\":\(base.size),\"baseFingerprint\":\"\(hex)\"}\n".utf8)
    }

    /// What a journal file holds, as far as it can be used.
    struct Contents {
        /// The registrations it replaces or adds, in the order written.
        var versions: [Registration]
        /// The length of its complete lines: where the next line goes.
        var validLength: Int
    }

    /// Why a journal cannot be used.
    enum Reading {
        /// Its header names another base file: already folded in, or left from another store.
        case stale
        case usable(Contents)
    }

    /// Reads a journal's bytes, from its start or from `offset` (the end of lines already
    /// applied). A complete line that is not a registration is corruption, reported with its
    /// line and column like any store file; an unfinished last line is not.
    static func read(_ bytes: [UInt8], from offset: Int = 0, base: Base?, path: String) throws(StoreError) -> Reading {
        var position = offset
        var lineNumber = offset == 0 ? 1 : bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        if offset == 0 {
            guard let end = bytes.firstIndex(of: 0x0A) else { return .stale }
            guard let base, parseHeader(bytes[..<end]) == base else { return .stale }
            position = end + 1
            lineNumber += 1
        }
        var versions: [Registration] = []
        let decoder = JSONDecoder()
        while position < bytes.count, let end = bytes[position...].firstIndex(of: 0x0A) {
            let line = Array(bytes[position..<end])
            versions.append(contentsOf: try decodeLine(line, number: lineNumber, path: path, decoder: decoder))
            position = end + 1
            lineNumber += 1
        }
        return .usable(Contents(versions: versions, validLength: position))
    }

    private static func parseHeader(_ line: ArraySlice<UInt8>) -> Base? {
        struct Header: Decodable {
            var agendaJournal: Int
            var baseBytes: Int
            var baseFingerprint: String
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: Data(line)), header.agendaJournal == formatVersion,
              let fingerprint = UInt64(header.baseFingerprint, radix: 16) else { return nil }
        return Base(size: header.baseBytes, fingerprint: fingerprint)
    }

    private static func decodeLine(_ line: [UInt8], number: Int, path: String, decoder: JSONDecoder) throws(StoreError) -> [Registration] {
        do {
            _ = try JSONParser.parse(line)
        } catch {
            let (_, column) = SourceText(bytes: line).lineColumn(of: error.offset)
            throw .corrupt(path: path, reason: .syntax(error.reason, line: number, column: column))
        }
        do {
            return try decoder.decode([Registration].self, from: Data(line))
        } catch {
            guard let error = error as? DecodingError,
                  case .invalidField(let field, let issue) = RegistrationStore.corruption(error) else {
                throw .corrupt(path: path, reason: .invalidLine(number, field: "(document)", .invalidValue))
            }
            throw .corrupt(path: path, reason: .invalidLine(number, field: field, issue))
        }
    }

    /// Appends `line` to the journal at `path`, first cutting off an unfinished line left
    /// past `validLength`, and syncs it: the change is on the disk when this returns.
    /// Returns the journal's new length.
    static func append(_ line: [UInt8], to path: String, validLength: Int) throws(StoreError) -> Int {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, errno: errno) }
        defer { _ = close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .cannotWrite(path: path, errno: errno) }
        if Int(info.st_size) != validLength, ftruncate(descriptor, off_t(validLength)) != 0 {
            throw .cannotWrite(path: path, errno: errno)
        }
        let failure = AtomicFile.writeAll(line, to: descriptor, at: validLength)
        if failure != 0 {
            // Nothing half-written stays behind to be mistaken for a line later.
            _ = ftruncate(descriptor, off_t(validLength))
            throw .cannotWrite(path: path, errno: failure)
        }
        if fsync(descriptor) != 0 {
            // Not known to be on the disk: taken back, so that no reader applies a change its
            // writer was told had failed.
            let failure = errno
            _ = ftruncate(descriptor, off_t(validLength))
            throw .cannotWrite(path: path, errno: failure)
        }
        return validLength + line.count
    }

    /// The line of one change: the registrations it touched, as one JSON array.
    static func line(_ registrations: [Registration]) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "[")]
        for (position, registration) in registrations.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            RegistrationJSON.appendLine(registration, to: &output)
        }
        output.append(contentsOf: [UInt8(ascii: "]"), 0x0A])
        return output
    }
}
