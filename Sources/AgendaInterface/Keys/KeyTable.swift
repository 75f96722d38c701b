import AgendaModel
import AgendaWords

/// The keys in force: the default table, with the actions the configuration rebinds.
public struct KeyTable: Sendable {
    public private(set) var bindings: [KeyBinding]

    public static let standard = KeyTable(bindings: KeyBindings.table)

    init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action `key` means in `context`: the context's own bindings first, then the global ones.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        for binding in bindings where binding.context == context && binding.keys.contains(key) { return binding.action }
        // In a form or a text, letters and `?` are typing, and a menu keeps its keys: only the
        // redraw key is global there.
        if context.isClosed { return bindings.first { $0.action == .redraw && $0.keys.contains(key) }?.action }
        for binding in bindings where binding.context == .everywhere && binding.keys.contains(key) { return binding.action }
        return nil
    }

    /// The binding of `action` in `context` (else the global one).
    public func binding(for action: Action, in context: KeyContext) -> KeyBinding? {
        bindings.first { $0.action == action && $0.context == context }
            ?? bindings.first { $0.action == action && $0.context == .everywhere }
    }

    /// The key a message names for `action` in `context`: "a", "Espace", "Échap".
    public func key(for action: Action, in context: KeyContext, _ language: Language) -> String {
        binding(for: action, in: context)?.firstKey(language) ?? ""
    }

    /// Every key shown for `action` in `context`, as help writes them ("j/↓").
    public func keys(for action: Action, in context: KeyContext, _ language: Language) -> String {
        binding(for: action, in: context)?.keys(language) ?? ""
    }

    /// Why a rebinding was not applied.
    public enum Conflict: Equatable, Sendable {
        /// The key already does another action where this one applies.
        case keyTaken(Key, by: Action, in: KeyContext)
        case noKeys
    }

    /// Gives `action` the keys `keys` wherever it is bound, unless one of them already means
    /// something else there (then nothing changes and the conflict is returned).
    public mutating func rebind(_ action: Action, to keys: [Key]) -> Conflict? {
        guard !keys.isEmpty else { return .noKeys }
        let contexts = Set(bindings.filter { $0.action == action }.map(\.context))
        for binding in bindings where binding.action != action {
            let overlaps = contexts.contains(binding.context) || (binding.context == .everywhere && !contexts.allSatisfy(\.isClosed))
                || (contexts.contains(.everywhere) && !binding.context.isClosed)
            if overlaps, let taken = keys.first(where: binding.keys.contains) {
                return .keyTaken(taken, by: binding.action, in: binding.context)
            }
        }
        for index in bindings.indices where bindings[index].action == action {
            bindings[index].keys = keys
            bindings[index].isRebound = true
        }
        return nil
    }
}
