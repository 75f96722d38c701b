import Foundation

/// `$VISUAL`, else `$EDITOR`, else `vi`, on a private temporary file holding `text`, as git and
/// neomutt open theirs: the text as the editor left it, or nil when it could not run or failed.
enum ExternalEditor {
    static func edit(_ text: String, on device: TerminalDevice,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directory = NSTemporaryDirectory() + "agenda-message-" + UUID().uuidString
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])) != nil else { return nil }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/message.txt"
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return nil
        }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // Through the shell, as both conventions allow "code --wait" or "emacsclient -t".
        guard device.runOutside(["/bin/sh", "-c", editor + " \"$1\"", "sh", file]) == 0,
              let data = FileManager.default.contents(atPath: file) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
