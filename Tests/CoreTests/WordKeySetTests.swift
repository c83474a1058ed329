import Testing
import TestSupport
@testable import Core

/// The word-list tables: they agree with `Set` and `Dictionary` at scale, keep key 0 and
/// `UInt64.max` (the map's empty mark), iterate every key once, and a map keeps the first value
/// of a key given twice.
@Suite struct WordKeySetTests {
    @Test func agreesWithASet() {
        var generator = SplitMix64(seed: 3)
        let keys = (0..<5_000).map { _ in generator.next() } + [0, .max]
        let set = WordKeySet(keys)
        #expect(set.count == Set(keys).count)
        for key in keys { #expect(set.contains(key)) }
        var absent = 0
        for _ in 0..<20_000 {
            let key = generator.next()
            if !keys.contains(key) { absent += 1; #expect(!set.contains(key)) }
        }
        #expect(absent > 19_000)
        #expect(Set(set) == Set(keys))
    }

    @Test func smallAndEmptySets() {
        let empty = WordKeySet([])
        #expect(!empty.contains(0) && !empty.contains(42) && !empty.contains(.max) && empty.count == 0)
        let words = WordKeySet(LineKey.wordHashes(of: "في من على"))
        #expect(words.contains(LineKey.wordHashes(of: "من")[0]))
        #expect(!words.contains(LineKey.wordHashes(of: "عن")[0]))
        let literal: WordKeySet = [1, 2, 2, 3]
        #expect(literal.count == 3 && literal.contains(2) && !literal.contains(4))
    }

    @Test func mapsKeysToValues() {
        var generator = SplitMix64(seed: 4)
        let pairs = (0..<3_000).map { i in (generator.next(), i) }
        let map = WordKeyMap(pairs + [(pairs[0].0, -1), (0, 99), (.max, 98), (.max, 97)])
        #expect(map.count == 3_002)
        for (key, value) in pairs { #expect(map[key] == value) }
        #expect(map[pairs[0].0] == 0)
        #expect(map[0] == 99)
        #expect(map[.max] == 98)
        #expect(map[generator.next()] == nil)
        #expect(map.values.count == 3_002)
    }
}
