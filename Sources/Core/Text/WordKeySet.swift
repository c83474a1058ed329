/// A read-only set of word keys (`LineKey.word` hashes), for the word lists a step asks about
/// for every word of every document. The keys are hashes already, so a probe is a multiply, a
/// shift and a compare; Swift's `Set<UInt64>` runs SipHash on each look-up, which was 8% of the
/// default chain's time.
public struct WordKeySet: Sendable, Sequence, ExpressibleByArrayLiteral {
    @usableFromInline let layout: WordKeyLayout

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        layout = WordKeyLayout(Array(Set(keys)))
    }

    public init(arrayLiteral keys: UInt64...) { self.init(keys) }

    public var count: Int { layout.count }

    @inlinable
    public func contains(_ key: UInt64) -> Bool { layout.position(of: key) != nil }

    /// The keys, in no particular order.
    public func makeIterator() -> IndexingIterator<[UInt64]> { layout.keys.makeIterator() }
}

/// A read-only map from word keys (`LineKey.word` hashes) to values, probed like `WordKeySet`.
public struct WordKeyMap<Value: Sendable>: Sendable {
    @usableFromInline let keys: WordKeyLayout
    @usableFromInline let slotValues: [Value?]

    /// The pairs; for a key given twice, the first value.
    public init(_ pairs: [(UInt64, Value)]) {
        var seen = Set<UInt64>()
        let unique = pairs.filter { seen.insert($0.0).inserted }
        let layout = WordKeyLayout(unique.map(\.0))
        var values = [Value?](repeating: nil, count: layout.slots.count + 1)
        for (key, value) in unique { values[layout.position(of: key)!] = value }
        keys = layout
        slotValues = values
    }

    public var count: Int { keys.count }

    /// The values, in no particular order.
    public var values: [Value] { slotValues.compactMap { $0 } }

    @inlinable
    public subscript(key: UInt64) -> Value? {
        guard let position = keys.position(of: key) else { return nil }
        return slotValues[position]
    }
}

/// The open-addressing layout of `WordKeySet` and `WordKeyMap`: a slot per key (0 marks an
/// empty slot), and one extra position, after the slots, for key 0.
public struct WordKeyLayout: Sendable {
    @usableFromInline let slots: [UInt64]
    @usableFromInline let shift: UInt64
    @usableFromInline let hasZero: Bool
    public let count: Int

    init(_ keys: [UInt64]) {
        var bits: UInt64 = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        var hasZero = false
        for key in keys {
            if key == 0 { hasZero = true; continue }
            var i = Self.index(key, shift)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.hasZero = hasZero
        count = keys.count
    }

    @inlinable @inline(__always)
    static func index(_ key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The keys, in no particular order.
    var keys: [UInt64] { slots.filter { $0 != 0 } + (hasZero ? [0] : []) }

    /// Where `key` is (a slot index, or `slots.count` for key 0), or nil.
    @inlinable
    func position(of key: UInt64) -> Int? {
        if key == 0 { return hasZero ? slots.count : nil }
        return slots.withUnsafeBufferPointer { slots in
            var i = Self.index(key, shift)
            while true {
                let slot = slots[i]
                if slot == key { return i }
                if slot == 0 { return nil }
                i = (i + 1) & (slots.count - 1)
            }
        }
    }
}
