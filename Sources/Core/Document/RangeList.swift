/// Scalar ranges kept sorted and merged, so that asking whether a range touches any of them
/// takes a binary search instead of a pass over all of them.
///
/// Steps ask this for every word or hit ("is it in page chrome?", "is it a name already
/// found?"); on a long document with many spans a scan per question makes the step quadratic.
public struct RangeList: Sendable, Equatable {
    /// The merged ranges: sorted, non-empty, neither overlapping nor touching.
    public let ranges: [Range<Int>]

    public init<S: Sequence>(_ ranges: S) where S.Element == Range<Int> {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    public var isEmpty: Bool { ranges.isEmpty }

    /// Whether `range` shares a scalar with any of the ranges (as `Range.overlaps`: an empty
    /// range overlaps nothing).
    public func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        // The first merged range that ends after the query starts.
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].lowerBound < range.upperBound
    }
}
