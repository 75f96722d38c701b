/// A one-line text field as forms draw it: `[text   ]`, underlined, the cursor drawn in the
/// grid (the terminal's own stays hidden) when the field has the keyboard. A text of several
/// lines (a description written in `$EDITOR`) shows each line break as `↵`, one column as the
/// break is one character, so that the cursor stays where it is.
enum TextBox {
    static func spans(_ input: TextInput, width: Int, focused: Bool, theme: Theme) -> [(String, CellStyle)] {
        var visible = input.visible(width: width)
        visible.text = visible.text.replacingOccurrences(of: "\n", with: "↵")
        var boxStyle = CellStyle(underline: true)
        var spans: [(String, CellStyle)] = [("[", theme.muted)]
        if focused {
            boxStyle.bold = true
            let characters = Array(visible.text)
            var column = 0
            var before = ""
            var index = 0
            while index < characters.count, column < visible.cursorColumn {
                before.append(characters[index])
                column += DisplayWidth.of(characters[index])
                index += 1
            }
            let under = index < characters.count ? String(characters[index]) : " "
            let after = index + 1 < characters.count ? String(characters[(index + 1)...]) : ""
            spans.append((before, boxStyle))
            spans.append((under, CellStyle(reverse: true)))
            let used = DisplayWidth.of(before) + DisplayWidth.of(under) + DisplayWidth.of(after)
            spans.append((after + String(repeating: " ", count: max(0, width - used)), boxStyle))
        } else {
            spans.append((TextFitting.pad(visible.text, to: width), boxStyle))
        }
        spans.append(("]", theme.muted))
        return spans
    }
}
