/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// Where each part of the screen goes for a terminal size: two panes side by side from 100
/// columns, one pane (the focused one) below, and nothing but a message below 40×10.
public struct ScreenLayout: Equatable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public static let twoPaneWidth = 100

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    public let isTwoPane: Bool
    /// Each pane's area includes its one-line header.
    public let agenda: Rect?
    public let detail: Rect?
    /// The registration form or the triage list: in the detail's place (or the whole body when
    /// narrow).
    public let panel: Rect?
    /// The column of the line between the panes, in two-pane layout.
    public let separatorX: Int?

    /// `agendaNeeds`: the width the agenda's rows on screen would take whole (their titles
    /// uncut); beside the detail, it gets that, between 64 columns and half the screen.
    public init(width: Int, height: Int, focus: Pane, agendaNeeds: Int? = nil) {
        self.width = width
        self.height = height
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        isTwoPane = !isTooSmall && width >= Self.twoPaneWidth
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        if isTooSmall {
            agenda = nil
            detail = nil
            panel = nil
            separatorX = nil
        } else if isTwoPane {
            // The triage list needs its columns: the agenda gives it room while it is open.
            let usual = min(84, max(64, width * 55 / 100))
            let agendaWidth = focus == .triage ? max(40, width * 35 / 100)
                : agendaNeeds.map { min(max($0, 64), max(usual, width / 2)) } ?? usual
            agenda = Rect(x: 0, y: body.y, width: agendaWidth, height: body.height)
            separatorX = agendaWidth
            let right = Rect(x: agendaWidth + 1, y: body.y, width: width - agendaWidth - 1, height: body.height)
            let isPanel = focus == .form || focus == .triage
            detail = isPanel ? nil : right
            panel = isPanel ? right : nil
        } else {
            separatorX = nil
            agenda = focus == .agenda ? body : nil
            detail = focus == .detail ? body : nil
            panel = focus == .form || focus == .triage ? body : nil
        }
    }

    /// Rows of content under a pane's header.
    public static func contentHeight(_ pane: Rect?) -> Int {
        max(0, (pane?.height ?? 0) - 1)
    }
}
