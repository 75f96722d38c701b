import Foundation
import Glibc

/// A terminal whose locale is not UTF-8 (`fr_FR.ISO-8859-1`, `fr_FR@euro`): the program speaks
/// its character set rather than sending it UTF-8 it would show as "CitÃ©s", and shows what it
/// cannot write (box lines, Japanese names) as the nearest ASCII rather than as garbage.
public enum TerminalCharset {
    /// The character set of the current `LC_CTYPE`, when it is neither UTF-8 nor plain ASCII
    /// (the C locale, where the program takes UTF-8: see `TerminalLocale`); nil otherwise.
    public static func narrow() -> String? {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return nil }
        let name = String(cString: codeset)
        return isUTF8(name) || isASCII(name) ? nil : name
    }

    static func isUTF8(_ name: String) -> Bool {
        ["UTF-8", "UTF8"].contains(name.uppercased())
    }

    static func isASCII(_ name: String) -> Bool {
        ["", "ANSI_X3.4-1968", "ASCII", "US-ASCII", "646"].contains(name.uppercased())
    }

    /// `text` in `charset`, what it lacks transliterated (`’` → `'`) or `?`.
    public static func convert(_ text: String, to charset: String) -> [UInt8] {
        let converter = iconv_open(charset + "//TRANSLIT", "UTF-8")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return Array(text.utf8) }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var written = 0
        input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft > 0 else { break }
                    // Not even transliterable: one `?` for the character, then on.
                    outPointer!.pointee = CChar(UInt8(ascii: "?"))
                    outPointer! += 1
                    outLeft -= 1
                    repeat {
                        inPointer! += 1
                        inLeft -= 1
                    } while inLeft > 0 && UInt8(bitPattern: inPointer!.pointee) & 0xC0 == 0x80
                }
                written = target.count - outLeft
            }
        }
        return Array(output[..<written])
    }

    /// True when the current locale can write `scalar` (`wcrtomb`).
    static func canWrite(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return true }
        var buffer = [CChar](repeating: 0, count: 16)
        return wctomb(&buffer, wchar_t(bitPattern: scalar.value)) != -1
    }

    /// One narrow character to show in place of `character`, which the terminal cannot write:
    /// a line as `|` or `-`, a pointer as `>`, an accented letter as its letter, else `?`.
    public static func fallback(for character: Character, canWrite: (Unicode.Scalar) -> Bool) -> Character {
        guard let first = character.unicodeScalars.first else { return "?" }
        if let known = Self.known[first.value] { return known }
        switch first.value {
        case 0x2500...0x257F: return first.value == 0x2502 || first.value == 0x2503 ? "|" : "+"
        case 0x2580...0x259F: return "#"
        default: break
        }
        // An accented letter the charset lacks (ő, ł, ğ): its base letter.
        if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first, canWrite(base) {
            return Character(base)
        }
        return "?"
    }

    private static let known: [UInt32: Character] = [
        0x2500: "-", 0x2501: "-", 0x2502: "|", 0x2503: "|",
        0x25B8: ">", 0x25B6: ">", 0x203A: ">", 0x2192: ">", 0x21B3: ">", 0x25C2: "<", 0x2190: "<", 0x2039: "<",
        0x2026: ".", 0x2014: "-", 0x2013: "-", 0x2019: "'", 0x2018: "'", 0x201C: "\"", 0x201D: "\"",
        0x2022: "*", 0x2709: "@", 0x270E: "+", 0x2713: "v", 0x2717: "x", 0x202F: " ", 0x2009: " ", 0x20AC: "E",
    ]
}
