import AgendaModel
import Foundation
import Testing

/// `.ci/package-deb` makes a package a coordinator without Swift can install: its program runs
/// from where the package puts it with an empty environment, needs no Swift library, and the
/// package carries the manual, the completions and the licences, lintian-clean.
///
/// One test: the release build takes minutes, and is done once.
@Suite(.tags(.slow)) struct DebianPackageEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func thePackageInstallsAProgramThatRunsWithoutSwift() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-deb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("dist")
        let root = scratch.appendingPathComponent("root")
        let home = scratch.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)

        // Its own scratch path (.build/deb): never the lock of the build these tests run from.
        // Niced, so that the other suites running meanwhile keep their pace.
        let script = Self.packageRoot.appendingPathComponent(".ci/package-deb").path
        let built = try run(["nice", "-n", "10", script, "--no-lintian", output.path], in: Self.packageRoot)
        try #require(built.status == 0, "package-deb failed:\n\(built.output.suffix(4000))")
        let deb = output.appendingPathComponent("agenda_\(AgendaVersion.current)_amd64.deb")
        try #require(FileManager.default.fileExists(atPath: deb.path), "no \(deb.lastPathComponent) in:\n\(built.output.suffix(2000))")
        try #require(try run(["dpkg-deb", "-x", deb.path, root.path]).status == 0)
        let program = root.appendingPathComponent("usr/bin/agenda").path

        // Nothing but HOME: no PATH, no TERM, no LANG, no catalogue: the built-in sample.
        let version = try run(["-i", "HOME=\(home.path)", program, "--version"])
        #expect(version.status == 0)
        #expect(version.output == AgendaVersion.current + "\n")
        let list = try run(["-i", "HOME=\(home.path)", program, "list", "--today", "2026-11-23"])
        #expect(list.status == 0, "\(list.output)")
        #expect(list.output.split(separator: "\n").count == 22)
        #expect(list.output.contains("journee-liban-2026-12-10"))
        let underTest = try run(["-i", "HOME=\(home.path)", TmuxSession.binary, "list", "--today", "2026-11-23"])
        #expect(list.output == underTest.output, "the packaged binary lists what the build under test lists")
        // The workbook export, through the libxlsxwriter the package depends on.
        let csv = Self.packageRoot.appendingPathComponent("sample-data/inscriptions.csv").path
        let imported = try run(["-i", "HOME=\(home.path)", program, "registrations", "import", csv, "--today", "2026-11-23"])
        #expect(imported.status == 0, "\(imported.output)")
        let workbook = home.appendingPathComponent("inscriptions.xlsx")
        let exported = try run(["-i", "HOME=\(home.path)", program, "registrations", "export", "--format", "xlsx", "-o", workbook.path])
        #expect(exported.status == 0, "\(exported.output)")
        #expect((try? Data(contentsOf: workbook).prefix(2)) == Data("PK".utf8), "an .xlsx is a zip archive")

        // The interface, in a terminal, with only TERM, HOME and LANG.
        let session = try TmuxSession(["-i", "TERM=xterm-256color", "HOME=\(home.path)", "LANG=C.UTF-8",
                                       program, "--today", "2026-11-23", "--lang", "fr"],
                                      executable: "/usr/bin/env")
        let screen = try session.waitFor(text: "À venir — 22 événements")
        #expect(screen.contains("agenda — Cités Unies France"))
        try session.send("q")
        #expect(try session.waitForExit().status == 0)

        // Linked with Debian's libraries only: C, C++, ncurses, libxlsxwriter.
        let ldd = try run(["ldd", program])
        #expect(ldd.status == 0)
        #expect(!ldd.output.contains("libswift"), "\(ldd.output)")
        #expect(!ldd.output.contains("not found"), "\(ldd.output)")
        let depends = try run(["dpkg-deb", "-f", deb.path, "Depends"]).output
        let names = Set(depends.split(separator: ",").map { $0.split(separator: " ").first.map(String.init) ?? "" })
        #expect(names.isSuperset(of: ["libc6", "libstdc++6", "libncursesw6"]), "Depends: \(depends)")
        // The workbook export links Debian's libxlsxwriter, which pkg-config gives with zlib.
        #expect(names.isSubset(of: ["libc6", "libstdc++6", "libgcc-s1", "libncursesw6", "libtinfo6", "libxlsxwriter4", "zlib1g"]),
                "Depends: \(depends)")
        #expect(try run(["dpkg-deb", "-f", deb.path, "Version"]).output == AgendaVersion.current + "\n")

        // Every file root's, directories 0755, files 0644, the program 0755.
        let contents = try run(["dpkg-deb", "-c", deb.path]).output.split(separator: "\n")
        #expect(!contents.isEmpty)
        for line in contents {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let (mode, owner, path) = (String(fields[0]), String(fields[1]), String(fields.last!))
            #expect(owner == "root/root", "\(line)")
            let expected = path.hasSuffix("/") ? "drwxr-xr-x" : path == "./usr/bin/agenda" ? "-rwxr-xr-x" : "-rw-r--r--"
            #expect(mode == expected, "\(line)")
        }

        // The manual, the completions the program writes, the licences and the changelog.
        let manual = try run(["gzip", "-dc", root.appendingPathComponent("usr/share/man/man1/agenda.1.gz").path])
        #expect(manual.output == (try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/agenda.1"), encoding: .utf8)))
        for (shell, path) in [("bash", "usr/share/bash-completion/completions/agenda"),
                              ("zsh", "usr/share/zsh/vendor-completions/_agenda"),
                              ("fish", "usr/share/fish/vendor_completions.d/agenda.fish")] {
            let installed = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let generated = try run(["-i", "HOME=\(home.path)", program, "--generate-completion-script", shell]).output
            #expect(installed.contains("registrations") && generated.hasSuffix(installed), "\(shell) completion at \(path)")
        }
        let copyright = try String(contentsOf: root.appendingPathComponent("usr/share/doc/agenda/copyright"), encoding: .utf8)
        #expect(copyright.hasPrefix("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"))
        for licence in ["License: Expat", "License: Apache-2.0 with Runtime Library Exception", "License: Unicode-3.0"] {
            #expect(copyright.contains("\n\(licence)\n"), "\(licence)")
        }
        let changelog = try run(["gzip", "-dc", root.appendingPathComponent("usr/share/doc/agenda/changelog.gz").path])
        #expect(changelog.output.hasPrefix("agenda (\(AgendaVersion.current)) "))

        // lintian finds no error (CI installs it; .ci/run says how).
        if try run(["sh", "-c", "command -v lintian"]).status == 0 {
            let lint = try run(["lintian", "--fail-on", "error", deb.path])
            #expect(lint.status == 0, "lintian:\n\(lint.output)")
        } else {
            print("DebianPackageEndToEndTests: lintian is not installed; the package was not linted (apt-get install lintian)")
        }
    }

    /// Runs a command through `env` (so `-i` empties the environment), standard error with its
    /// output.
    func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
    }
}
