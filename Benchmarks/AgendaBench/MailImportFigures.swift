import AgendaModel
import Foundation

/// `agenda registrations import MBOX --event ID` of 100 000 messages of realistic sizes
/// (relay headers, a text and an HTML part, a signature, one message in twenty with a PDF
/// attached) into an empty store, then again (every message already imported): the time and
/// the peak memory of the whole command, timed from outside. The mbox is written to a
/// temporary directory first and removed afterwards.
func mailImportFigures(eventID: String, count: Int = 100_000) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-bench-mail-import-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("inscriptions.mbox").path
    let size = writeMbox(file, count: count)
    print("mbox of \(count) messages: \(size / 1_048_576) MiB")
    var messages = 0
    report("  of which: cut the mbox into messages (stream)", median(runs: 1) {
        try? MailboxReader.forEachMessage(in: file, format: .mbox, file: "inscriptions.mbox") { _ in messages += 1 }
    }, goal: "-")
    var outcomes: [MailReadOutcome] = []
    report("  of which: read every message (headers, MIME, text)", median(runs: 1) {
        outcomes = (try? MailImport.read(mailbox: file, format: .mbox, file: "inscriptions.mbox", coordinator: nil)) ?? []
    }, goal: "-")
    var own = rusage()
    getrusage(RUSAGE_SELF.rawValue, &own)
    print("  peak memory of this process, the \(outcomes.count) read kept".padding(toLength: 52, withPad: " ", startingAt: 0)
          + String(format: "%8.1f MiB", Double(own.ru_maxrss) / 1024))
    outcomes = []
    if CommandLine.arguments.contains("--steps") { return }

    let agenda = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("agenda").path
    guard FileManager.default.isExecutableFile(atPath: agenda) else { return print("(build agenda too to time the import)") }
    let store = directory.appendingPathComponent("store").path
    for (label, goal) in [("\(count) messages, empty store", "-"), ("the same again (all already imported)", "-")] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: agenda)
        process.arguments = ["registrations", "import", file, "--event", eventID, "--data-dir", store, "--today", "2026-11-23", "--lang", "en"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try? process.run()
        process.waitUntilExit()
        report("agenda registrations import, " + label, Double(DispatchTime.now().uptimeNanoseconds - start) / 1000, goal: goal)
        // The largest resident size of any child so far: each run is bigger than the last.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        print("  peak memory of the command".padding(toLength: 52, withPad: " ", startingAt: 0)
              + String(format: "%8.1f MiB", Double(usage.ru_maxrss) / 1024) + "   (the mbox: \(size / 1_048_576) MiB)")
    }
}

/// Writes `count` messages as Thunderbird would save them; returns the file's size in bytes.
private func writeMbox(_ path: String, count: Int) -> Int {
    FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { return 0 }
    defer { try? handle.close() }
    let attachment = Data((0..<24_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).base64EncodedString(options: .lineLength76Characters)
    let towns = ["Lyon", "Grenoble", "Lille", "Rennes", "Arles", "Nantes", "Gumri", "Kyoto"]
    var buffer = ""
    var written = 0
    for index in 0..<count {
        let town = towns[index % towns.count]
        let boundary = "----=_Part_\(index)"
        var message = """
        From - Tue Nov 03 10:15:00 2026
        Return-Path: <p\(index)@\(town.lowercased()).fr>
        Received: from mx\(index % 7).\(town.lowercased()).fr (mx.\(town.lowercased()).fr [192.0.2.\(index % 250)]) by mx.example.org with ESMTPS id \(index); Tue, 3 Nov 2026 10:15:00 +0100
        Received: from [10.0.0.\(index % 250)] by smtp.\(town.lowercased()).fr with ESMTPSA; Tue, 3 Nov 2026 10:14:58 +0100
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\(town.lowercased()).fr; s=mail; h=from:to:subject:date;
         bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSwganVzdCBpdHMgc2l6ZQ==
        Message-ID: <\(index).bench@\(town.lowercased()).fr>
        Date: Tue, 3 Nov 2026 10:\(10 + index % 50):00 +0100
        From: =?UTF-8?Q?H=C3=A9l=C3=A8ne_Dupr=C3=A9_\(index)?= <p\(index)@\(town.lowercased()).fr>
        To: coordination@example.org
        Subject: =?UTF-8?Q?Inscription_au_webinaire_climat?=
        MIME-Version: 1.0
        Content-Type: multipart/\(index % 20 == 0 ? "mixed" : "alternative"); boundary="\(boundary)"

        --\(boundary)
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: quoted-printable

        Bonjour,

        Je souhaite m'inscrire au webinaire du 14 janvier. Je serai accompagn=C3=A9e =
        de l'adjointe au maire charg=C3=A9e des relations internationales.

        Bien cordialement,
        --\u{20}
        H=C3=A9l=C3=A8ne Dupr=C3=A9
        Charg=C3=A9e de coop=C3=A9ration d=C3=A9centralis=C3=A9e
        Ville de \(town)

        Le 2 nov. 2026 =C3=A0 09:00, Coordination a =C3=A9crit :
        > Pour vous inscrire, =C3=A9crivez-nous avant le 18 d=C3=A9cembre.

        --\(boundary)
        Content-Type: text/html; charset=UTF-8

        <html><body><p>Bonjour,</p><p>Je souhaite m'inscrire au webinaire du 14 janvier.</p></body></html>

        """
        if index % 20 == 0 {
            message += "--\(boundary)\nContent-Type: application/pdf; name=\"fiche.pdf\"\nContent-Disposition: attachment; filename=\"fiche.pdf\"\nContent-Transfer-Encoding: base64\n\n" + attachment + "\n"
        }
        message += "--\(boundary)--\n\n"
        buffer += message
        if buffer.utf8.count > 1 << 20 {
            written += buffer.utf8.count
            handle.write(Data(buffer.utf8))
            buffer = ""
        }
    }
    written += buffer.utf8.count
    handle.write(Data(buffer.utf8))
    return written
}
