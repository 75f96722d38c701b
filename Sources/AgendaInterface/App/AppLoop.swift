/// The main loop: read a key, update the state, draw. Keys that arrive faster than frames are
/// all handled before the next draw, so none is lost and typing never lags behind.
public enum AppLoop {
    public static func run(_ state: inout AgendaState, on device: TerminalDevice) {
        var size = device.size
        if size.width != state.width || size.height != state.height {
            _ = state.handle(.resize(width: size.width, height: size.height))
        }
        device.draw(ScreenRenderer.render(state))
        while true {
            guard var key = device.readKey(timeoutMilliseconds: nil) else { continue }
            var repaint = false
            // Drain what is already waiting before drawing again.
            for _ in 0..<256 {
                let effects = state.handle(key)
                if effects.contains(.quit) { return }
                repaint = repaint || effects.contains(.repaint)
                guard let next = device.readKey(timeoutMilliseconds: 0) else { break }
                key = next
            }
            let current = device.size
            if current != size {
                size = current
                _ = state.handle(.resize(width: size.width, height: size.height))
            }
            if repaint { device.invalidate() }
            device.draw(ScreenRenderer.render(state))
        }
    }
}
