/// Lays detail blocks out to a width: wrapped paragraphs, hanging indents for bullets, fields
/// and timetable rows.
public enum DetailLayout {
    public static func lines(_ blocks: [DetailBlock], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        let labelWidth = min(15, max(8, width / 3))
        var lines: [StyledLine] = []
        for block in blocks {
            switch block {
            case .title(let text):
                lines += TextFitting.wrap(text, width: width).map { StyledLine([TextSpan($0, .title)]) }
            case .subtitle(let text):
                lines += TextFitting.wrap(text, width: width).map { StyledLine([TextSpan($0, .muted)]) }
            case .heading(let text):
                lines += TextFitting.wrap(text, width: width).map { StyledLine([TextSpan($0, .heading)]) }
            case .paragraph(let text):
                lines += TextFitting.wrap(text, width: width).map { StyledLine([TextSpan($0, .body)]) }
            case .blank:
                lines.append(StyledLine([]))
            case .bullet(let text):
                lines += hanging(prefix: TextSpan("• ", .muted), text: text, role: .body, width: width)
            case .field(let label, let value):
                let gutter = labelWidth + 1
                guard width > gutter + 4 else {
                    lines.append(StyledLine([TextSpan(TextFitting.truncate(label, to: width), .label)]))
                    lines += TextFitting.wrap(value, width: width).map { StyledLine([TextSpan($0, .body)]) }
                    continue
                }
                lines += hanging(prefix: TextSpan(TextFitting.pad(label, to: labelWidth) + " ", .label), text: value,
                                 role: .body, width: width)
            case .slot(let time, let title, let speakers):
                let timeColumn = 13
                var text = title
                if let speakers { text += " — " + speakers }
                guard width > timeColumn + 4 else {
                    lines.append(StyledLine([TextSpan(time, .emphasis)]))
                    lines += TextFitting.wrap(text, width: width).map { StyledLine([TextSpan($0, .body)]) }
                    continue
                }
                lines += hanging(prefix: TextSpan(TextFitting.pad(time, to: timeColumn), .emphasis), text: text,
                                 role: .body, width: width)
            }
        }
        return lines
    }

    /// `prefix` on the first line, its width of spaces on the following ones.
    private static func hanging(prefix: TextSpan, text: String, role: TextRole, width: Int) -> [StyledLine] {
        let indent = DisplayWidth.of(prefix.text)
        let wrapped = TextFitting.wrap(text, width: max(1, width - indent))
        return wrapped.enumerated().map { index, line in
            let head = index == 0 ? prefix : TextSpan(String(repeating: " ", count: indent), prefix.role)
            return StyledLine([head, TextSpan(line, role)])
        }
    }
}
