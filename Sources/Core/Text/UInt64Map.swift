/// A read-only hash map from `UInt64` keys to `Int32` values (open addressing, linear probing):
/// the transitions of a token trie, keyed by `(node << 32) | token`.
public final class UInt64Map: @unchecked Sendable {
    // Immutable after init; the pointers are owned here and freed in deinit.
    @usableFromInline let keys: UnsafeMutablePointer<UInt64>
    @usableFromInline let values: UnsafeMutablePointer<Int32>
    @usableFromInline let mask: Int
    public let count: Int

    /// `UInt64.max` cannot be a key: it marks an empty slot.
    public init(_ pairs: [UInt64: Int32]) {
        count = pairs.count
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        keys = .allocate(capacity: size)
        keys.initialize(repeating: .max, count: size)
        values = .allocate(capacity: size)
        values.initialize(repeating: -1, count: size)
        for (key, value) in pairs {
            precondition(key != .max, "UInt64.max cannot be a key")
            var slot = Self.slot(key, mask)
            while keys[slot] != .max { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    /// Bytes held.
    public var memoryFootprint: Int { (mask + 1) * 12 }

    @inlinable
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The value of `key`, or -1.
    public subscript(key: UInt64) -> Int32 {
        withExtendedLifetime(self) { view[key] }
    }

    /// A view of the map with no reference counting, for hot loops; valid while the map is alive.
    public var view: View { View(keys: keys, values: values, mask: mask) }

    /// Raw pointers into a `UInt64Map`.
    public struct View {
        @usableFromInline let keys: UnsafeMutablePointer<UInt64>
        @usableFromInline let values: UnsafeMutablePointer<Int32>
        @usableFromInline let mask: Int

        @usableFromInline
        init(keys: UnsafeMutablePointer<UInt64>, values: UnsafeMutablePointer<Int32>, mask: Int) {
            self.keys = keys
            self.values = values
            self.mask = mask
        }

        /// The value of `key`, or -1.
        @inlinable
        public subscript(key: UInt64) -> Int32 {
            var slot = UInt64Map.slot(key, mask)
            while true {
                let k = keys[slot]
                if k == key { return values[slot] }
                if k == .max { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
