import Testing
import TestSupport
@testable import Core

/// The glossary's token index: every key is found with its id and value however it is split
/// into prefix and rest, on both sides of the 15-byte inline limit; keys that differ by one
/// byte, by length or by a trailing zero byte are told apart; a key's precomputed image finds
/// what its bytes find.
@Suite struct ByteKeyIndexTests {
    /// Arabic words of 1 to 12 letters (2 to 24 bytes), Latin and digits, and keys that share
    /// the first 15 bytes.
    static let words: [String] = [
        "و", "في", "من", "على", "توكاييف", "كازاخستان", "الكازاخستانيين", "وزير", "الخارجية",
        "للاتحاد", "ابراهيموفيتش", "Tokayev", "CICA", "2024", "abcdefghijklmno", "abcdefghijklmnop",
        "abcdefghijklmnopq", "abcdefghijklmnoX", "abcdefgh", "abcdefg",
    ]

    static func index(_ keys: [[UInt8]]) -> (ByteKeyIndex, [Int32]) {
        var table = ByteKeyTable()
        let ids = keys.map { table.intern($0) }
        let values = (0..<table.count).map { UInt64($0) &* 0x1_0000_0001 &+ 7 }
        return (ByteKeyIndex(table, values: values), ids)
    }

    @Test func findsEveryKeyWithItsValueWhereverItIsSplit() {
        let keys = Self.words.map { Array($0.utf8) }
        let (index, ids) = Self.index(keys)
        for (key, id) in zip(keys, ids) {
            for split in 0...key.count {
                let prefix = Array(key[..<split]), rest = Array(key[split...])
                let entry = prefix.withUnsafeBufferPointer { p in rest.withUnsafeBufferPointer { r in index.entry(p, r) } }
                #expect(entry == ByteKeyIndex.Entry(id: id, value: UInt64(id) &* 0x1_0000_0001 &+ 7),
                        "\(String(decoding: key, as: UTF8.self)) split at \(split)")
            }
        }
    }

    @Test func tellsApartNearKeys() {
        let keys = Self.words.map { Array($0.utf8) }
        let (index, _) = Self.index(keys)
        let near: [[UInt8]] = [
            Array("توكاييفف".utf8), Array("توكايي".utf8), Array("abcdefghijklmn".utf8),
            Array("abcdefghijklmnopr".utf8), Array("abcdefghijklmnoY".utf8), Array("abcdefg".utf8) + [0],
            Array("abcdefgh".utf8) + [0], [0], [], Array("ﻭ".utf8),
        ]
        for key in near {
            let id = key.withUnsafeBufferPointer { index.entry(UnsafeBufferPointer(start: nil, count: 0), $0).id }
            #expect(id == -1, "\(key)")
        }
    }

    @Test func agreesWithTheBuildTableAtScale() {
        var generator = SplitMix64(seed: 11)
        var keys: [[UInt8]] = []
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 30) + 1
            keys.append((0..<length).map { _ in UInt8(0xD8 + generator.next() % 3) })
        }
        var table = ByteKeyTable()
        for key in keys { _ = table.intern(key) }
        let index = ByteKeyIndex(table)
        withExtendedLifetime(index) {
            let view = index.view
            for _ in 0..<40_000 {
                let length = Int(generator.next() % 32)
                let key = (0..<length).map { _ in UInt8(0xD8 + generator.next() % 3) }
                let expected = key.withUnsafeBufferPointer { table.lookup(UnsafeBufferPointer(start: nil, count: 0), $0) }
                let cut = length == 0 ? 0 : Int(generator.next() % UInt64(length + 1))
                let prefix = Array(key[..<cut]), rest = Array(key[cut...])
                let split = prefix.withUnsafeBufferPointer { p in rest.withUnsafeBufferPointer { r in view.entry(p, r) } }
                #expect(split.id == expected)
                let image = key.withUnsafeBufferPointer { KeyImage(UnsafeBufferPointer(start: nil, count: 0), $0) }
                let direct = key.withUnsafeBufferPointer { view.entry(image, $0) }
                #expect(direct.id == expected)
            }
        }
    }

    @Test func imageHoldsShortKeysAndMarksLongOnes() {
        func image(_ s: String) -> KeyImage {
            Array(s.utf8).withUnsafeBufferPointer { KeyImage(UnsafeBufferPointer(start: nil, count: 0), $0) }
        }
        #expect(image("abcdefghijklmno").isShort)
        #expect(!image("abcdefghijklmnop").isShort)
        #expect(image("").isShort)
        #expect(image("ab").word0 == 0x6261)
        #expect(image("ab").word1 == 2 << 56)
        #expect(image("abcdefghi").word1 == 0x69 | 9 << 56)
        #expect(image("abc").hash != image("acb").hash)
    }
}
