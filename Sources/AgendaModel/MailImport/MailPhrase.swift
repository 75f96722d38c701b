/// The words of a header or a line as mail is compared: folded (no case, no accents) and cut
/// at every separator, so that "Réponse automatique :", "REPONSE AUTOMATIQUE" and
/// "Réponse\u{00A0}automatique" are the same words.
enum MailPhrase {
    static func words(_ text: String) -> [String] {
        SearchFolding.fold(text).split(separator: " ").map(String.init)
    }

    /// Whether `text` holds this ASCII byte: a look at the bytes, not Foundation's search.
    static func has(_ text: some StringProtocol, _ byte: UInt8) -> Bool {
        text.utf8.contains(byte)
    }

    /// Whether `text` holds `=?`, where an encoded word begins.
    static func hasEncodedWord(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "="), byte == UInt8(ascii: "?") { return true }
            previous = byte
        }
        return false
    }
}
