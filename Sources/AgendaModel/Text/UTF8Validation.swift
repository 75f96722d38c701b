/// Whether bytes are well-formed UTF-8, in the sense of `String(validating:)`: no overlong
/// forms, no surrogates, nothing past U+10FFFF, no sequence cut short. It decides without
/// making a `String`, so that a catalogue's texts can be checked before they are needed.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var position = 0
        while position < count {
            // Eight ASCII bytes at a time: most of a French text.
            if position + 8 <= count,
               UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                position += 8
                continue
            }
            let lead = base[position]
            if lead < 0x80 {
                position += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard position + length <= count else { return false }
            let second = base[position + 1]
            guard second >= lower, second <= upper else { return false }
            for offset in 2..<max(2, length) where base[position + offset] & 0xC0 != 0x80 { return false }
            position += length
        }
        return true
    }
}
