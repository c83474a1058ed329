import Testing
@testable import Core

/// The paired comparison behind `eval summaries --against`: the mean difference and counts by
/// hand, an interval that brackets the mean and collapses when every article moves alike,
/// and the same answer from the same seed.
@Suite struct PairedDifferenceTests {
    @Test func meanAndCountsByHand() {
        let d = PairedDifference([0.5, 0.2, 0.9, 0.4], [0.3, 0.2, 0.6, 0.5])
        // Differences 0.2, 0, 0.3, −0.1: mean 0.1; two better, one worse, one tied.
        #expect(abs(d.mean - 0.1) < 1e-12)
        #expect((d.better, d.worse, d.tied) == (2, 1, 1))
        #expect(d.low <= d.mean && d.mean <= d.high)
        #expect(d.low >= -0.1 - 1e-12 && d.high <= 0.3 + 1e-12)
    }

    @Test func aConstantShiftHasNoSpread() {
        let a = [0.41, 0.52, 0.63, 0.37, 0.45]
        let d = PairedDifference(a, a.map { $0 - 0.02 })
        #expect(abs(d.low - 0.02) < 1e-12 && abs(d.high - 0.02) < 1e-12)
        #expect(d.isSignificant)
        #expect(d.better == 5)
    }

    @Test func noiseAroundZeroIsNotSignificant() {
        var generator = SplitMix64(seed: 5)
        let a = (0..<150).map { _ in Double(generator.next() % 1000) / 1000 }
        let b = (0..<150).map { _ in Double(generator.next() % 1000) / 1000 }
        let d = PairedDifference(a, b)
        #expect(d.low < 0 && d.high > 0)
        #expect(!d.isSignificant)
        #expect(d == PairedDifference(a, b))
        #expect(d.high - d.low > 0.05)
    }

    @Test func noArticles() {
        let d = PairedDifference([], [])
        #expect(d.mean == 0 && d.low == 0 && d.high == 0 && d.tied == 0)
    }
}
