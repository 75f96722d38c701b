import Foundation
import Testing

@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptIsGenerated(shell: String) throws {
        let result = try AgendaProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(shell): \(result.stderr)")
        #expect(result.stdout.contains("registrations"), "\(shell)")
        #expect(result.stdout.contains("export"), "\(shell)")
        #expect(result.stdout.contains("catalogue"), "\(shell)")
    }

    @Test func theBashScriptIsValidBash() throws {
        let script = try AgendaProcess.run(["--generate-completion-script", "bash"]).stdout
        let scratch = try ScratchDirectory()
        let path = try scratch.write("agenda.bash", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-n", path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func anUnknownShellIsAUsageError() throws {
        let result = try AgendaProcess.run(["--generate-completion-script", "tcsh"])
        #expect(result.status != 0)
    }
}
