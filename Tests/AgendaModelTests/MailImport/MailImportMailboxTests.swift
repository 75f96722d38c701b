@testable import AgendaModel
import Foundation
import Testing

/// The messages of an mbox holding `text`, fed to the splitter in chunks of `chunk` bytes.
private func split(_ text: String, chunk: Int = 7) -> [RawMailMessage] {
    var splitter = MboxSplitter(file: "boite.mbox")
    let bytes = Array(text.utf8)
    var messages: [RawMailMessage] = []
    for start in stride(from: 0, to: bytes.count, by: chunk) {
        bytes[start..<min(bytes.count, start + chunk)].withUnsafeBufferPointer { splitter.feed($0) }
        messages += splitter.ready
        splitter.ready.removeAll()
    }
    splitter.finish()
    return messages + splitter.ready
}

@Suite("Mail import: mailboxes") struct MailImportMailboxTests {
    @Test func aMaildirIsReadInTheOrderItsMessagesWereDelivered() throws {
        let root = NSTemporaryDirectory() + "agenda-maildir-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["cur", "new", "tmp"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        // Delivered in this order; by name alone M100 would come before M99, and cur before new.
        let delivered = [("new", "1733220000.M99P7Q1.host"), ("cur", "1733220000.M100P7Q2.host:2,S"), ("new", "1733220001.M5P7Q3.host")]
        for (position, (folder, name)) in delivered.enumerated() {
            let file = root + "/" + folder + "/" + name
            #expect(FileManager.default.createFile(atPath: file, contents: Data("From: a@b.fr\n\n\(position)\n".utf8)))
            var times = [timespec(tv_sec: 1_733_220_000, tv_nsec: position * 1_000), timespec(tv_sec: 1_733_220_000, tv_nsec: position * 1_000)]
            #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        }
        #expect(MailboxReader.maildirOrder(root).map(\.name) == delivered.map(\.1))
    }

    @Test func cutsAnMboxAtItsFromLinesWhateverTheChunks() {
        let mbox = "From a@b.fr Tue Nov  3 10:15:00 2026\nFrom: a@b.fr\n\nUn\n\nFrom c@d.fr Tue Nov  3 11:00:00 2026\nFrom: c@d.fr\n\nDeux\n"
        for chunk in [1, 3, 7, 4096] {
            let messages = split(mbox, chunk: chunk)
            #expect(messages.map { String(decoding: $0.bytes, as: UTF8.self) } == ["From: a@b.fr\n\nUn\n", "From: c@d.fr\n\nDeux\n"])
            #expect(messages.map(\.position.description) == ["boite.mbox:1", "boite.mbox:6"])
        }
    }

    @Test func unquotesFromLinesInBodies() {
        let mbox = "From a@b.fr Tue Nov  3 10:15:00 2026\nFrom: a@b.fr\n\n>From the start\n>>From twice\n> From a quote\n"
        #expect(split(mbox).map { String(decoding: $0.bytes, as: UTF8.self) } == ["From: a@b.fr\n\nFrom the start\n>From twice\n> From a quote\n"])
    }

    @Test func aFromLineInsideAParagraphDoesNotCutTheMessage() {
        let mbox = "From a@b.fr Tue Nov  3 10:15:00 2026\nFrom: a@b.fr\n\nLigne\nFrom here on\n"
        #expect(split(mbox).count == 1)
    }

    @Test func crlfMboxesKeepTheirLineEnds() {
        let mbox = "From a@b.fr Tue Nov  3 10:15:00 2026\r\nFrom: a@b.fr\r\n\r\nUn\r\n\r\nFrom c@d.fr x\r\nFrom: c@d.fr\r\n\r\nDeux\r\n"
        #expect(split(mbox).map { String(decoding: $0.bytes, as: UTF8.self) } == ["From: a@b.fr\r\n\r\nUn\r\n", "From: c@d.fr\r\n\r\nDeux\r\n"])
    }

    @Test func aLargeMboxIsReadInBatchesAndKeepsItsOrder() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mbox-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var mbox = ""
        for index in 0..<2_500 { mbox += "From x Tue Nov  3 10:15:00 2026\nFrom: p\(index)@b.fr\nMessage-ID: <\(index)@b.fr>\n\nBonjour\n\n" }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(mbox.utf8)))
        let outcomes = try MailImport.read(mailbox: path, format: .mbox, file: "boite", coordinator: nil)
        #expect(outcomes.count == 2_500)
        let keys = outcomes.compactMap { outcome -> String? in
            if case .inscription(let inscription) = outcome { return inscription.key }
            return nil
        }
        #expect(keys == (0..<2_500).map { "<\($0)@b.fr>" })
        if case .inscription(let last)? = outcomes.last { #expect(last.position.line == 2_499 * 6 + 1) } else { Issue.record("no last inscription") }
    }

    @Test func recognisesMailboxesByTheirContent() throws {
        #expect(MailboxReader.format(ofStart: Array("From MAILER-DAEMON Thu Nov  5 2026\n".utf8)) == .mbox)
        #expect(MailboxReader.format(ofStart: Array("Return-Path: <a@b.fr>\r\nFrom: a@b.fr\r\n".utf8)) == .eml)
        #expect(MailboxReader.format(ofStart: Array("X-Mozilla-Status: 0001\nFrom: a@b.fr\n".utf8)) == .eml)
        #expect(MailboxReader.format(ofStart: Array("firstName;lastName;email\n".utf8)) == nil)
        #expect(MailboxReader.format(ofStart: Array("[{\"firstName\": \"Marie\"}]".utf8)) == nil)
        #expect(MailboxReader.format(ofStart: Array("Nom de famille: x;y\n".utf8)) == nil)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/cur", withIntermediateDirectories: true)
        #expect(MailboxReader.format(of: directory) == .maildir)
        #expect(MailboxReader.format(of: directory + "/cur") == nil)
    }
}
