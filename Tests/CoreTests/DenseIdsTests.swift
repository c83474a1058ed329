import Core
import Testing

/// `DenseIds` gives each key the id a dictionary keeping first-seen order would give, across
/// the doublings of its table, including keys that collide in the low bits.
@Suite struct DenseIdsTests {
    @Test func idsFollowFirstSightAcrossGrowth() {
        var generator = SplitMix64(seed: 12)
        var ids = DenseIds(capacity: 4)
        var reference: [UInt64: Int32] = [:]
        var seen: [UInt64] = []
        for step in 0..<20_000 {
            // Half new random keys, half repeats; every 7th a key that differs only in high bits.
            let key: UInt64 = step % 2 == 0 || seen.isEmpty ? generator.next()
                : step % 7 == 0 ? UInt64(step) << 40 : seen[Int(generator.next() % UInt64(seen.count))]
            if reference[key] == nil { seen.append(key) }
            let expected = reference[key] ?? Int32(reference.count)
            reference[key] = expected
            #expect(ids.id(key) == expected)
        }
        #expect(ids.count == reference.count)
        for (key, id) in reference.prefix(500) { #expect(ids.existingId(key) == id) }
        #expect(ids.existingId(0xDEAD_BEEF_0000_0001) == nil)
    }

    @Test func zeroIsAKeyLikeAnyOther() {
        var ids = DenseIds()
        #expect(ids.id(0) == 0)
        #expect(ids.id(UInt64.max) == 1)
        #expect(ids.id(0) == 0)
        #expect(ids.count == 2)
    }
}
