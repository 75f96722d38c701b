/// Gathers every problem met while reading a catalogue, so that one run reports them all.
final class ProblemCollector {
    private(set) var problems: [CatalogueProblem] = []

    func add(_ problem: CatalogueProblem) {
        problems.append(problem)
    }

    var hasErrors: Bool { problems.contains { $0.isError } }
}
