/// A read-only `ByteKeyTable` laid out for look-ups: one allocation per array, no reference
/// counting or bounds checks on the probe path. Each slot holds the key's hash (high 32 bits)
/// and its id, so most misses are decided without touching the key bytes.
public final class ByteKeyIndex: @unchecked Sendable {
    // Immutable after init; the pointers are owned here and freed in deinit.
    @usableFromInline let slots: UnsafeMutablePointer<UInt64>
    @usableFromInline let mask: Int
    @usableFromInline let starts: UnsafeMutablePointer<Int32>
    @usableFromInline let arena: UnsafeMutablePointer<UInt8>
    public let count: Int
    private let arenaCount: Int

    /// An index of the keys of `table`, with the same ids.
    public init(_ table: ByteKeyTable) {
        count = table.count
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        starts = .allocate(capacity: count + 1)
        var bytes: [UInt8] = []
        for id in 0..<count {
            starts[id] = Int32(bytes.count)
            bytes += table.key(Int32(id))
        }
        starts[count] = Int32(bytes.count)
        arenaCount = bytes.count
        arena = .allocate(capacity: max(1, bytes.count))
        arena.initialize(from: bytes, count: bytes.count)
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for id in 0..<count {
            let key = UnsafeBufferPointer(start: arena + Int(starts[id]), count: Int(starts[id + 1] - starts[id]))
            let hash = ByteKeyTable.hash(empty, key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
        }
    }

    deinit {
        slots.deallocate()
        starts.deallocate()
        arena.deallocate()
    }

    /// Bytes held.
    public var memoryFootprint: Int { (mask + 1) * 8 + (count + 1) * 4 + arenaCount }

    /// A view of the index with no reference counting, for hot loops. It is valid while the
    /// index is alive: keep the index in a variable that outlives the loop.
    public var view: View { View(slots: slots, mask: mask, starts: starts, arena: arena) }

    /// The id of the key `prefix + rest`, or -1.
    public func lookup(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
        withExtendedLifetime(self) { view.lookup(prefix, rest) }
    }

    /// Raw pointers into a `ByteKeyIndex`.
    public struct View {
        @usableFromInline let slots: UnsafeMutablePointer<UInt64>
        @usableFromInline let mask: Int
        @usableFromInline let starts: UnsafeMutablePointer<Int32>
        @usableFromInline let arena: UnsafeMutablePointer<UInt8>

        @usableFromInline
        init(slots: UnsafeMutablePointer<UInt64>, mask: Int, starts: UnsafeMutablePointer<Int32>, arena: UnsafeMutablePointer<UInt8>) {
            self.slots = slots
            self.mask = mask
            self.starts = starts
            self.arena = arena
        }

        /// The id of the key `prefix + rest`, or -1.
        @inlinable
        public func lookup(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
            let hash = ByteKeyTable.hash(prefix, rest)
            let tag = hash & 0xFFFF_FFFF_0000_0000
            let total = prefix.count + rest.count
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return -1 }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let id = Int(entry & 0xFFFF_FFFF) - 1
                    let start = Int(starts[id])
                    if Int(starts[id + 1]) - start == total, matches(start, prefix, rest) { return Int32(id) }
                }
                slot = (slot + 1) & mask
            }
        }

        @inlinable
        func matches(_ start: Int, _ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Bool {
            var p = arena + start
            for b in prefix {
                if p.pointee != b { return false }
                p += 1
            }
            for b in rest {
                if p.pointee != b { return false }
                p += 1
            }
            return true
        }
    }
}
