/// How much one system beats another on the same articles, and whether that is more than
/// chance: the mean of the per-article differences `a[i] − b[i]`, a 95% paired bootstrap
/// interval (resample the articles with replacement, take the 2.5th and 97.5th percentiles of
/// the resampled means), and how many articles went each way. Deterministic: the resampling
/// draws from a fixed seed.
public struct PairedDifference: Sendable, Equatable {
    public var mean: Double
    public var low: Double
    public var high: Double
    /// Articles where `a` scored higher, lower, the same.
    public var better: Int
    public var worse: Int
    public var tied: Int

    /// `a` and `b` have one value per article, in the same order and of the same count.
    public init(_ a: [Double], _ b: [Double], resamples: Int = 2_000, seed: UInt64 = 2010) {
        precondition(a.count == b.count, "one value per article for both systems")
        let differences = zip(a, b).map { $0 - $1 }
        let n = differences.count
        better = differences.filter { $0 > 1e-12 }.count
        worse = differences.filter { $0 < -1e-12 }.count
        tied = n - better - worse
        guard n > 0 else {
            (mean, low, high) = (0, 0, 0)
            return
        }
        mean = differences.reduce(0, +) / Double(n)
        var generator = SplitMix64(seed: seed)
        var means: [Double] = []
        means.reserveCapacity(resamples)
        for _ in 0..<max(1, resamples) {
            var sum = 0.0
            for _ in 0..<n { sum += differences[Int(generator.next() % UInt64(n))] }
            means.append(sum / Double(n))
        }
        means.sort()
        let last = means.count - 1
        low = means[min(last, Int(0.025 * Double(means.count)))]
        high = means[max(0, min(last, Int(0.975 * Double(means.count)) - 1))]
    }

    /// Whether the interval excludes zero.
    public var isSignificant: Bool { low > 0 || high < 0 }
}
