import AgendaWords

/// The keys messages name, from the key table in force: a rebinding shows in every sentence.
extension AgendaState {
    /// The key of `action` in `context`, as a message names it ("a", "Espace", "Échap").
    func keyName(_ action: Action, _ context: KeyContext) -> String {
        keys.key(for: action, in: context, strings.language)
    }

    /// Says in the status bar that `key` does nothing here, rather than nothing at all: the
    /// coordinator learns that the key was read, and where to find the ones that work.
    mutating func sayKeyDoesNothing(_ key: Key) {
        if case .resize = key { return }
        message = strings.text(.keyDoesNothing(key.name(strings.language), help: keyName(.help, .everywhere)))
    }

    /// The first `count` keys of `action`, as "Entrée ou Échap".
    func eitherKey(_ action: Action, _ context: KeyContext, count: Int) -> String {
        let names = keys.binding(for: action, in: context).map { binding in
            binding.keys.prefix(count).map { $0.name(strings.language) }
        } ?? []
        return strings.text(.eitherKey(names))
    }
}
