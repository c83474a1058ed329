/// A read-only set of word keys (`LineKey.word` hashes), for the word lists a step asks about
/// for every word of every document. Backed by `UInt64Map` (open addressing with a bit filter
/// in front): Swift's `Set<UInt64>` runs SipHash on each look-up, which was 8% of the default
/// chain's time.
public struct WordKeySet: Sendable, Sequence, ExpressibleByArrayLiteral {
    @usableFromInline let map: UInt64Map
    /// `UInt64.max` cannot be a key of the map (it marks an empty slot); it is remembered apart.
    @usableFromInline let hasMax: Bool
    private let keys: [UInt64]

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Array(Set(keys))
        map = UInt64Map(Dictionary(uniqueKeysWithValues: unique.filter { $0 != .max }.map { ($0, Int32(0)) }))
        hasMax = unique.contains(.max)
        self.keys = unique
    }

    public init(arrayLiteral keys: UInt64...) { self.init(keys) }

    public var count: Int { keys.count }

    @inlinable
    public func contains(_ key: UInt64) -> Bool { key == .max ? hasMax : map[key] >= 0 }

    /// The keys, in no particular order.
    public func makeIterator() -> IndexingIterator<[UInt64]> { keys.makeIterator() }
}

/// A read-only map from word keys (`LineKey.word` hashes) to values: a `UInt64Map` from each key
/// to the position of its value.
public struct WordKeyMap<Value: Sendable>: Sendable {
    @usableFromInline let positions: UInt64Map
    @usableFromInline let maxPosition: Int?
    public let values: [Value]

    /// The pairs; for a key given twice, the first value.
    public init(_ pairs: [(UInt64, Value)]) {
        var positions: [UInt64: Int32] = [:]
        var maxPosition: Int? = nil
        var values: [Value] = []
        for (key, value) in pairs {
            if key == .max {
                if maxPosition != nil { continue }
                maxPosition = values.count
            } else {
                if positions[key] != nil { continue }
                positions[key] = Int32(values.count)
            }
            values.append(value)
        }
        self.positions = UInt64Map(positions)
        self.maxPosition = maxPosition
        self.values = values
    }

    public var count: Int { values.count }

    @inlinable
    public subscript(key: UInt64) -> Value? {
        if key == .max { return maxPosition.map { values[$0] } }
        let position = positions[key]
        return position >= 0 ? values[Int(position)] : nil
    }
}
