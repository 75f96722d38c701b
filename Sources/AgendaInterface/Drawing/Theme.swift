import AgendaModel
import AgendaWords

/// The look of every element, in colour or in monochrome. The monochrome theme keeps each
/// distinction with attributes alone (bold, reverse, underline, dim), for `NO_COLOR` and
/// terminals without colours.
public struct Theme: Sendable, Equatable {
    public var titleBar: CellStyle
    public var statusBar: CellStyle
    public var statusMessage: CellStyle
    public var monthHeading: CellStyle
    public var selection: CellStyle
    /// The selection when its pane does not have the focus.
    public var inactiveSelection: CellStyle
    public var paneBorder: CellStyle
    public var paneTitle: CellStyle
    public var focusedPaneTitle: CellStyle
    public var muted: CellStyle
    public var pastEvent: CellStyle
    public var title: CellStyle
    public var heading: CellStyle
    public var label: CellStyle
    public var body: CellStyle
    public var emphasis: CellStyle
    public var warning: CellStyle
    public var searchPrompt: CellStyle
    public var popup: CellStyle
    public var popupTitle: CellStyle
    public var isMonochrome: Bool

    private var kindColors: [String: TerminalColor]

    public func kind(_ kind: EventKind) -> CellStyle {
        if isMonochrome { return CellStyle() }
        return CellStyle(foreground: kindColors[kind.rawValue])
    }

    public func availability(_ availability: RegistrationAvailability) -> CellStyle {
        switch availability {
        case .open(let days, _):
            if let days, days <= 7 { return isMonochrome ? CellStyle(bold: true) : CellStyle(foreground: .yellow, bold: true) }
            return isMonochrome ? CellStyle() : CellStyle(foreground: .green)
        case .full: return isMonochrome ? CellStyle(underline: true) : CellStyle(foreground: .red)
        case .cancelled, .postponed: return isMonochrome ? CellStyle(bold: true, underline: true) : CellStyle(foreground: .red, bold: true)
        case .closed, .notOffered: return isMonochrome ? CellStyle(dim: true) : CellStyle(dim: true)
        case .notYetOpen: return isMonochrome ? CellStyle(dim: true) : CellStyle(foreground: .cyan)
        }
    }

    public func role(_ role: TextRole) -> CellStyle {
        switch role {
        case .title: return title
        case .heading: return heading
        case .label: return label
        case .body: return body
        case .muted: return muted
        case .emphasis: return emphasis
        case .warning: return warning
        }
    }

    public static let color = Theme(
        titleBar: CellStyle(foreground: .white, background: .blue, bold: true),
        statusBar: CellStyle(reverse: true),
        statusMessage: CellStyle(foreground: .yellow, bold: true),
        monthHeading: CellStyle(foreground: .yellow, bold: true),
        selection: CellStyle(foreground: .black, background: .cyan),
        inactiveSelection: CellStyle(reverse: true),
        paneBorder: CellStyle(foreground: .blue),
        paneTitle: CellStyle(dim: true),
        focusedPaneTitle: CellStyle(foreground: .cyan, bold: true),
        muted: CellStyle(dim: true),
        pastEvent: CellStyle(dim: true),
        title: CellStyle(foreground: .cyan, bold: true),
        heading: CellStyle(foreground: .yellow, bold: true),
        label: CellStyle(foreground: .cyan),
        body: CellStyle(),
        emphasis: CellStyle(foreground: .green, bold: true),
        warning: CellStyle(foreground: .red, bold: true),
        searchPrompt: CellStyle(foreground: .yellow, bold: true),
        popup: CellStyle(foreground: .white, background: .black),
        popupTitle: CellStyle(foreground: .yellow, background: .black, bold: true),
        isMonochrome: false,
        kindColors: ["workshop": .cyan, "webinar": .blue, "conference": .magenta, "meeting": .green,
                     "country-day": .yellow, "training": .red, "other": .white]
    )

    /// Strong contrasts for low vision or bright rooms: bold text, yellow on black selection.
    public static let highContrast = Theme(
        titleBar: CellStyle(foreground: .black, background: .white, bold: true),
        statusBar: CellStyle(foreground: .black, background: .white, bold: true),
        statusMessage: CellStyle(foreground: .yellow, bold: true),
        monthHeading: CellStyle(foreground: .yellow, bold: true, underline: true),
        selection: CellStyle(foreground: .black, background: .yellow, bold: true),
        inactiveSelection: CellStyle(foreground: .black, background: .white),
        paneBorder: CellStyle(foreground: .white, bold: true),
        paneTitle: CellStyle(foreground: .white, bold: true),
        focusedPaneTitle: CellStyle(foreground: .yellow, bold: true, underline: true),
        muted: CellStyle(foreground: .white),
        pastEvent: CellStyle(foreground: .white),
        title: CellStyle(foreground: .white, bold: true),
        heading: CellStyle(foreground: .yellow, bold: true),
        label: CellStyle(foreground: .cyan, bold: true),
        body: CellStyle(foreground: .white),
        emphasis: CellStyle(foreground: .yellow, bold: true),
        warning: CellStyle(foreground: .white, background: .red, bold: true),
        searchPrompt: CellStyle(foreground: .yellow, bold: true),
        popup: CellStyle(foreground: .white, background: .black),
        popupTitle: CellStyle(foreground: .yellow, background: .black, bold: true),
        isMonochrome: false,
        kindColors: ["workshop": .cyan, "webinar": .white, "conference": .magenta, "meeting": .green,
                     "country-day": .yellow, "training": .cyan, "other": .white]
    )

    public static let monochrome = Theme(
        titleBar: CellStyle(bold: true, reverse: true),
        statusBar: CellStyle(reverse: true),
        statusMessage: CellStyle(bold: true),
        monthHeading: CellStyle(bold: true, underline: true),
        selection: CellStyle(reverse: true),
        inactiveSelection: CellStyle(underline: true),
        paneBorder: CellStyle(),
        paneTitle: CellStyle(),
        focusedPaneTitle: CellStyle(bold: true, underline: true),
        muted: CellStyle(dim: true),
        pastEvent: CellStyle(dim: true),
        title: CellStyle(bold: true),
        heading: CellStyle(bold: true, underline: true),
        label: CellStyle(bold: true),
        body: CellStyle(),
        emphasis: CellStyle(bold: true),
        warning: CellStyle(bold: true, reverse: true),
        searchPrompt: CellStyle(bold: true),
        popup: CellStyle(),
        popupTitle: CellStyle(bold: true, underline: true),
        isMonochrome: true,
        kindColors: [:]
    )
}
