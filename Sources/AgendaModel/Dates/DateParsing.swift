/// Fixed-layout parsers for the date forms of the catalogue.
///
/// `ISO8601DateFormatter` costs ~80 µs a date on Linux and accepts forms the spec does not; these
/// read the exact layouts byte by byte and refuse anything else, impossible days included.
public enum DateParsing {
    /// `YYYY-MM-DD`.
    public static func date(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8(date)
    }

    /// `hh:mm` (the programme's times).
    public static func timeOfDay(_ text: String) -> TimeOfDay? {
        var text = text
        return text.withUTF8(timeOfDay)
    }

    /// `YYYY-MM-DDThh:mm[:ss[.fraction]](Z|±hh:mm)`.
    public static func dateTime(_ text: String) -> EventTime? {
        var text = text
        return text.withUTF8(dateTime)
    }

    /// Either form: a whole day or a date-time with its offset.
    public static func eventTime(_ text: String) -> EventTime? {
        var text = text
        return text.withUTF8(eventTime)
    }

    // The same over UTF-8 bytes, for the catalogue reader's fast path.
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func date(_ bytes: Bytes) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        return date(bytes, 0)
    }

    static func timeOfDay(_ bytes: Bytes) -> TimeOfDay? {
        guard bytes.count == 5 else { return nil }
        return time(bytes, 0, allowSeconds: false)?.time
    }

    static func dateTime(_ bytes: Bytes) -> EventTime? {
        guard bytes.count >= 17, let day = date(bytes, 0), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let (time, end) = time(bytes, 11, allowSeconds: true),
              let offset = offset(bytes, end) else { return nil }
        return .timed(day, time, offsetSeconds: offset)
    }

    static func eventTime(_ bytes: Bytes) -> EventTime? {
        bytes.count == 10 ? date(bytes).map(EventTime.allDay) : dateTime(bytes)
    }

    private static func digits(_ bytes: Bytes, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func date(_ bytes: Bytes, _ start: Int) -> CalendarDate? {
        guard let year = digits(bytes, start, 4), bytes[start + 4] == UInt8(ascii: "-"),
              let month = digits(bytes, start + 5, 2), bytes[start + 7] == UInt8(ascii: "-"),
              let day = digits(bytes, start + 8, 2) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func time(_ bytes: Bytes, _ start: Int, allowSeconds: Bool) -> (time: TimeOfDay, end: Int)? {
        guard let hour = digits(bytes, start, 2), start + 2 < bytes.count, bytes[start + 2] == UInt8(ascii: ":"),
              let minute = digits(bytes, start + 3, 2) else { return nil }
        var end = start + 5
        var second = 0
        if allowSeconds, end < bytes.count, bytes[end] == UInt8(ascii: ":") {
            guard let value = digits(bytes, end + 1, 2) else { return nil }
            second = value
            end += 3
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
                end += 1
                let fractionStart = end
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                guard end > fractionStart else { return nil }
            }
        }
        guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else { return nil }
        return (time, end)
    }

    private static func offset(_ bytes: Bytes, _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        let sign = bytes[start]
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            return start + 1 == bytes.count ? 0 : nil
        }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), start + 6 == bytes.count,
              let hours = digits(bytes, start + 1, 2), bytes[start + 3] == UInt8(ascii: ":"),
              let minutes = digits(bytes, start + 4, 2), hours <= 18, minutes <= 59 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }
}
