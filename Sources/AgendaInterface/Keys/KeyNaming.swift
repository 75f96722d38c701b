import AgendaWords

/// The keys messages name, from the key table in force: a rebinding shows in every sentence.
extension AgendaState {
    /// The key of `action` in `context`, as a message names it ("a", "Espace", "Échap").
    func keyName(_ action: Action, _ context: KeyContext) -> String {
        keys.key(for: action, in: context, strings.language)
    }

    /// The first `count` keys of `action`, as "Entrée ou Échap".
    func eitherKey(_ action: Action, _ context: KeyContext, count: Int) -> String {
        let names = keys.binding(for: action, in: context).map { binding in
            binding.keys.prefix(count).map { $0.name(strings.language) }
        } ?? []
        return strings.text(.eitherKey(names))
    }
}
