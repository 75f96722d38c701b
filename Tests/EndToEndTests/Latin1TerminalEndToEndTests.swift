import Foundation
import Testing

/// A terminal whose locale is `fr_FR.ISO-8859-1`: the program writes Latin-1 (never UTF-8 it
/// would show as "CitÃ©s"), says so once, and reads what is typed in Latin-1 without losing a
/// key. Run in a real pseudo-terminal by Python's `pty` (tmux speaks UTF-8 to its panes), on a
/// locale built for the test with `localedef`.
@Suite(.tags(.slow)) struct Latin1TerminalEndToEndTests {
    static let script = #"""
    import os, pty, sys, time, select, fcntl, termios, struct
    binary, data, locpath = sys.argv[1], sys.argv[2], sys.argv[3]
    env = {"PATH": "/usr/bin:/bin", "HOME": data, "LOCPATH": locpath, "LANG": "fr_FR.ISO-8859-1", "TERM": "xterm",
           "AGENDA_DATA_DIR": data}
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, "--today", "2026-11-23"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    out = b""
    def read_until(pred, timeout=15):
        global out
        end = time.time() + timeout
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    out += os.read(fd, 65536)
                except OSError:
                    return pred(out)
            if pred(out):
                return True
        return False
    def send(keys, expect):
        start = len(out)
        os.write(fd, keys)
        if not read_until(lambda o: expect in o[start:]):
            print("missing:", expect)
    read_until(lambda o: "Cités".encode("latin-1") in o and b"ISO-8859-1" in o)
    # Keys are handled in order: the three moves land before "i".
    os.write(fd, b"jjj")
    send(b"i", "Inscriptions — ".replace("—", "-").encode("latin-1"))
    send(b"n", b"Note")
    send("été à Brest".encode("latin-1"), "été à Brest".encode("latin-1"))
    send(b"\x13", "Note enregistrée.".encode("latin-1"))
    os.write(fd, b"\x1b")
    # Esc then q at once would read as Alt-q: past the Esc delay (25 ms), they are two keys.
    time.sleep(0.1)
    os.write(fd, b"q")
    read_until(lambda o: False, 2)
    os.waitpid(pid, 0)
    sys.stdout.buffer.write(out)
    """#

    @Test func latin1IsWrittenAndReadAndSaidOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-latin1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let locales = root.appendingPathComponent("locales")
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        let triage = TriageEndToEndTests()
        let built = try shell(["localedef", "-i", "fr_FR", "-f", "ISO-8859-1", locales.appendingPathComponent("fr_FR.ISO-8859-1").path])
        #expect(built.status == 0, "localedef (the locales package) is needed: \(built.output)")
        let data = try triage.importing(TriageEndToEndTests.csv, into: root)

        let run = try shell(["python3", "-c", Self.script, TmuxSession.binary, data.path, locales.path])
        #expect(run.status == 0, "\(run.output)")
        let output = run.bytes
        func contains(_ text: String, _ encoding: String.Encoding) -> Bool {
            guard let bytes = text.data(using: encoding) else { return false }
            return output.range(of: bytes) != nil
        }
        #expect(contains("Cités Unies France", .isoLatin1), "the title in Latin-1")
        #expect(!contains("Cités", .utf8), "no UTF-8 sent to a Latin-1 terminal")
        #expect(contains("Terminal en ISO-8859-1, pas en UTF-8", .isoLatin1))
        #expect(!String(decoding: output, as: UTF8.self).contains("missing:"), "\(String(decoding: output, as: UTF8.self).suffix(400))")
        // Every key typed in Latin-1 reached the note, and the store has it in UTF-8.
        let stored = try triage.registrations(in: data)
        #expect(stored.contains { $0["note"] as? String == "été à Brest" })
    }

    func shell(_ arguments: [String]) throws -> (status: Int32, output: String, bytes: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self), bytes)
    }
}
