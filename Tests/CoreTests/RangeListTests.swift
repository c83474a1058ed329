import Core
import Testing

/// `RangeList` answers as a scan of `Range.overlaps` over the same ranges would.
@Suite struct RangeListTests {
    @Test func overlapsAgreesWithAScan() {
        // Unsorted, overlapping, touching and empty ranges.
        let ranges = [30..<40, 5..<10, 8..<12, 12..<15, 20..<20, 50..<51, 0..<1]
        let list = RangeList(ranges)
        #expect(list.ranges == [0..<1, 5..<15, 30..<40, 50..<51])
        for lower in -2...55 {
            for upper in lower...56 {
                let query = lower..<upper
                #expect(list.overlaps(query) == ranges.contains { $0.overlaps(query) }, "\(query)")
            }
        }
    }

    @Test func anEmptyListOverlapsNothing() {
        let list = RangeList([Range<Int>]())
        #expect(list.isEmpty)
        #expect(!list.overlaps(0..<100))
        #expect(RangeList([3..<3]).isEmpty)
    }
}
