import Foundation

/// Runs `body` `runs` times and returns the median in microseconds.
func median(runs: Int, _ body: () -> Void) -> Double {
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    samples.sort()
    return samples[samples.count / 2]
}

func report(_ name: String, _ microseconds: Double, goal: String) {
    let value = microseconds >= 1000 ? String(format: "%8.2f ms", microseconds / 1000) : String(format: "%8.1f µs", microseconds)
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + value + "   (goal " + goal + ")")
}

/// The median of what `body` measured itself, in microseconds: for a step whose set-up must
/// not be counted.
func medianMeasured(runs: Int, _ body: () -> Double) -> Double {
    let samples = (0..<runs).map { _ in body() }.sorted()
    return samples[samples.count / 2]
}
