/// A read-only hash map from `UInt64` keys to `Int32` values (open addressing, linear probing):
/// the transitions of a token trie, keyed by `(node << 32) | token`.
///
/// Keys and values sit side by side (one cache line per probe), and a bit filter of 8 bits
/// per key, small enough to stay in the L2 cache, answers most misses without touching the
/// table at all — in a large glossary most words start some entry, but few word pairs continue one.
public final class UInt64Map: @unchecked Sendable {
    @usableFromInline
    struct Slot {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Int32
    }

    // Immutable after init; the pointers are owned here and freed in deinit.
    @usableFromInline let slots: UnsafeMutablePointer<Slot>
    @usableFromInline let mask: Int
    @usableFromInline let filter: UnsafeMutablePointer<UInt64>
    @usableFromInline let filterMask: Int
    public let count: Int

    /// `UInt64.max` cannot be a key: it marks an empty slot.
    public init(_ pairs: [UInt64: Int32]) {
        count = pairs.count
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(key: .max, value: -1), count: size)
        var bits = 512
        while bits < count * 8 { bits <<= 1 }
        filterMask = bits - 1
        filter = .allocate(capacity: bits / 64)
        filter.initialize(repeating: 0, count: bits / 64)
        for (key, value) in pairs {
            precondition(key != .max, "UInt64.max cannot be a key")
            let h = Self.hash(key)
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot].key != .max { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, value: value)
            let bit = Int(truncatingIfNeeded: h >> 32 | h << 32) & filterMask
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    deinit {
        slots.deallocate()
        filter.deallocate()
    }

    /// Bytes held.
    public var memoryFootprint: Int { (mask + 1) * MemoryLayout<Slot>.stride + (filterMask + 1) / 8 }

    @inlinable
    static func hash(_ key: UInt64) -> UInt64 {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return h &* 0xBF58_476D_1CE4_E5B9
    }

    /// The value of `key`, or -1.
    public subscript(key: UInt64) -> Int32 {
        withExtendedLifetime(self) { view[key] }
    }

    /// A view of the map with no reference counting, for hot loops; valid while the map is alive.
    public var view: View { View(slots: slots, mask: mask, filter: filter, filterMask: filterMask) }

    /// Raw pointers into a `UInt64Map`.
    public struct View {
        @usableFromInline let slots: UnsafeMutablePointer<Slot>
        @usableFromInline let mask: Int
        @usableFromInline let filter: UnsafeMutablePointer<UInt64>
        @usableFromInline let filterMask: Int

        @usableFromInline
        init(slots: UnsafeMutablePointer<Slot>, mask: Int, filter: UnsafeMutablePointer<UInt64>, filterMask: Int) {
            self.slots = slots
            self.mask = mask
            self.filter = filter
            self.filterMask = filterMask
        }

        /// The value of `key`, or -1.
        @inlinable
        public subscript(key: UInt64) -> Int32 {
            let h = UInt64Map.hash(key)
            let bit = Int(truncatingIfNeeded: h >> 32 | h << 32) & filterMask
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return -1 }
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let entry = slots[slot]
                if entry.key == key { return entry.value }
                if entry.key == .max { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
