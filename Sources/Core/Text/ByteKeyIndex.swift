/// A read-only `ByteKeyTable` laid out for look-ups: one allocation per array, no reference
/// counting or bounds checks on the probe path. Each 16-byte slot holds the key's hash tag,
/// its id, and where its bytes are, so a probe touches the slot and then the key bytes only
/// when the tag and the length agree — two memory accesses, never three.
public final class ByteKeyIndex: @unchecked Sendable {
    @usableFromInline
    struct Slot {
        /// The high 32 bits of the key's hash; 0 marks an empty slot (a real tag of 0 is stored as 1).
        @usableFromInline var tag: UInt32
        @usableFromInline var id: Int32
        @usableFromInline var start: Int32
        @usableFromInline var length: Int32
    }

    // Immutable after init; the pointers are owned here and freed in deinit.
    @usableFromInline let slots: UnsafeMutablePointer<Slot>
    @usableFromInline let mask: Int
    @usableFromInline let arena: UnsafeMutablePointer<UInt8>
    /// One bit per hash (16 bits per key): most words of running text are no key, and the
    /// filter, small enough for the L2 cache, says so without touching the table.
    @usableFromInline let filter: UnsafeMutablePointer<UInt64>
    @usableFromInline let filterMask: Int
    public let count: Int
    private let arenaCount: Int

    /// An index of the keys of `table`, with the same ids.
    public init(_ table: ByteKeyTable) {
        count = table.count
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(tag: 0, id: -1, start: 0, length: 0), count: size)
        var bits = 512
        while bits < count * 16 { bits <<= 1 }
        filterMask = bits - 1
        filter = .allocate(capacity: bits / 64)
        filter.initialize(repeating: 0, count: bits / 64)
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(count + 1)
        for id in 0..<count {
            starts.append(Int32(bytes.count))
            bytes += table.key(Int32(id))
        }
        starts.append(Int32(bytes.count))
        arenaCount = bytes.count
        arena = .allocate(capacity: max(1, bytes.count))
        arena.initialize(from: bytes, count: bytes.count)
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for id in 0..<count {
            let start = starts[id]
            let length = starts[id + 1] - start
            let hash = ByteKeyTable.hash(empty, UnsafeBufferPointer(start: arena + Int(start), count: Int(length)))
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].tag != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(tag: Self.tag(hash), id: Int32(id), start: start, length: length)
            let bit = Self.filterBit(hash, filterMask)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
        filter.deallocate()
    }

    /// Bytes held.
    public var memoryFootprint: Int { (mask + 1) * MemoryLayout<Slot>.stride + arenaCount + (filterMask + 1) / 8 }

    @inlinable
    static func filterBit(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 20) & mask }

    @inlinable
    static func tag(_ hash: UInt64) -> UInt32 { max(1, UInt32(truncatingIfNeeded: hash >> 32)) }

    /// A view of the index with no reference counting, for hot loops. It is valid while the
    /// index is alive: keep the index in a variable that outlives the loop.
    public var view: View { View(slots: slots, mask: mask, arena: arena, filter: filter, filterMask: filterMask) }

    /// The id of the key `prefix + rest`, or -1.
    public func lookup(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
        withExtendedLifetime(self) { view.lookup(prefix, rest) }
    }

    /// Raw pointers into a `ByteKeyIndex`.
    public struct View {
        @usableFromInline let slots: UnsafeMutablePointer<Slot>
        @usableFromInline let mask: Int
        @usableFromInline let arena: UnsafeMutablePointer<UInt8>
        @usableFromInline let filter: UnsafeMutablePointer<UInt64>
        @usableFromInline let filterMask: Int

        @usableFromInline
        init(slots: UnsafeMutablePointer<Slot>, mask: Int, arena: UnsafeMutablePointer<UInt8>,
             filter: UnsafeMutablePointer<UInt64>, filterMask: Int) {
            self.slots = slots
            self.mask = mask
            self.arena = arena
            self.filter = filter
            self.filterMask = filterMask
        }

        /// The id of the key `prefix + rest`, or -1.
        @inlinable @inline(__always)
        public func lookup(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
            lookup(hash: ByteKeyTable.hash(prefix, rest), prefix, rest)
        }

        /// The same, first asking a small direct-mapped cache of recent answers (the caller's,
        /// per document: running text repeats its words, and a hit costs no probe of the
        /// table). `hashes` and `ids` have the same power-of-two count; a slot is trusted when
        /// the full 64-bit hash matches.
        @inlinable @inline(__always)
        public func lookup(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>,
                           cacheHashes hashes: UnsafeMutablePointer<UInt64>, cacheIDs ids: UnsafeMutablePointer<Int32>,
                           cacheMask: Int) -> Int32 {
            let hash = ByteKeyTable.hash(prefix, rest)
            guard hash != 0 else { return lookup(hash: hash, prefix, rest) }
            let line = Int(truncatingIfNeeded: hash >> 7) & cacheMask
            if hashes[line] == hash { return ids[line] }
            let id = lookup(hash: hash, prefix, rest)
            hashes[line] = hash
            ids[line] = id
            return id
        }

        /// The id of the key `prefix + rest` whose hash is `hash`, or -1: the filter, then the probe.
        @inlinable @inline(__always)
        func lookup(hash: UInt64, _ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
            let bit = ByteKeyIndex.filterBit(hash, filterMask)
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return -1 }
            let tag = ByteKeyIndex.tag(hash)
            let total = Int32(truncatingIfNeeded: prefix.count + rest.count)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry.tag == 0 { return -1 }
                if entry.tag == tag, entry.length == total, matches(Int(entry.start), prefix, rest) { return entry.id }
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
