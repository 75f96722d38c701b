/// Gathers every problem met while reading a catalogue, so that one run reports them all.
final class ProblemCollector {
    private(set) var problems: [CatalogueProblem] = []
    private(set) var errorCount = 0

    func add(_ problem: CatalogueProblem) {
        problems.append(problem)
        if problem.isError { errorCount += 1 }
    }

    func add(contentsOf others: [CatalogueProblem]) {
        for problem in others { add(problem) }
    }

    var hasErrors: Bool { errorCount > 0 }
}
