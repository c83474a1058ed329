import Testing
import TestSupport
@testable import Core

/// The trie-transition map: every stored key is found, absent keys answer -1 (whether the
/// filter or the probe rejects them), and the map agrees with a `Dictionary` at scale.
@Suite struct UInt64MapTests {
    @Test func agreesWithADictionary() {
        var generator = SplitMix64(seed: 7)
        var pairs: [UInt64: Int32] = [:]
        for i in 0..<50_000 {
            // Keys shaped like trie transitions: (node << 32) | token.
            let key = (generator.next() % 200_000) << 32 | (generator.next() % 40_000)
            pairs[key] = Int32(i)
        }
        let map = UInt64Map(pairs)
        #expect(map.count == pairs.count)
        for (key, value) in pairs { #expect(map[key] == value) }
        var absent = 0
        for _ in 0..<50_000 {
            let key = (generator.next() % 200_000) << 32 | (generator.next() % 40_000)
            if pairs[key] == nil {
                absent += 1
                #expect(map[key] == -1)
            }
        }
        #expect(absent > 40_000)
    }

    @Test func emptyAndTinyMaps() {
        #expect(UInt64Map([:])[0] == -1)
        let map = UInt64Map([0: 5, 1 << 32: 6])
        #expect(map[0] == 5)
        #expect(map[1 << 32] == 6)
        #expect(map[1] == -1)
    }
}
