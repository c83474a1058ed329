/// A read-only `ByteKeyTable` laid out for look-ups, each key carrying a 64-bit value its owner
/// chose (a glossary keeps what its trie says about the word there). One allocation per array,
/// no reference counting or bounds checks on the probe path.
///
/// Each slot is 32 bytes, half a cache line: the key's hash tag, id and value, and the key
/// itself when it has at most 15 bytes (an Arabic word of up to seven letters — nearly every
/// word of running text). A hit on such a key costs one memory access; longer keys are
/// compared in a byte arena. A bit filter in front answers most misses without the table.
public final class ByteKeyIndex: @unchecked Sendable {
    @usableFromInline
    struct Slot {
        /// The high 32 bits of the key's hash; 0 marks an empty slot (a real tag of 0 is stored as 1).
        @usableFromInline var tag: UInt32
        @usableFromInline var id: Int32
        @usableFromInline var value: UInt64
        /// `KeyImage.words` of a short key; for a long key, its arena offset and `KeyImage.long(length)`.
        @usableFromInline var key0: UInt64
        @usableFromInline var key1: UInt64
    }

    /// A key's id and value; id -1 (value 0) when the key is absent.
    public struct Entry: Sendable, Equatable {
        public var id: Int32
        public var value: UInt64

        @inlinable
        public init(id: Int32, value: UInt64) {
            self.id = id
            self.value = value
        }

        @inlinable public static var none: Entry { Entry(id: -1, value: 0) }
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

    /// An index of the keys of `table`, with the same ids; `values[id]` is the value of key
    /// `id` (0 for every key when `values` is empty).
    public init(_ table: ByteKeyTable, values: [UInt64] = []) {
        precondition(values.isEmpty || values.count == table.count, "one value per key")
        count = table.count
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(tag: 0, id: -1, value: 0, key0: 0, key1: 0), count: size)
        var bits = 512
        while bits < count * 16 { bits <<= 1 }
        filterMask = bits - 1
        filter = .allocate(capacity: bits / 64)
        filter.initialize(repeating: 0, count: bits / 64)
        var bytes: [UInt8] = []
        for id in 0..<count {
            let key = table.key(Int32(id))
            if key.count > KeyImage.inlineCapacity { bytes += key }
        }
        arenaCount = bytes.count
        arena = .allocate(capacity: max(1, bytes.count))
        arena.initialize(from: bytes, count: bytes.count)
        var offset = 0
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for id in 0..<count {
            let key = table.key(Int32(id))
            let image = key.withUnsafeBufferPointer { KeyImage(empty, $0) }
            var slot = Int(truncatingIfNeeded: image.hash) & mask
            while slots[slot].tag != 0 { slot = (slot + 1) & mask }
            let value = values.isEmpty ? 0 : values[id]
            // A long key's slot names its bytes in the arena instead of holding them.
            slots[slot] = Slot(tag: Self.tag(image.hash), id: Int32(id), value: value,
                               key0: image.isShort ? image.word0 : UInt64(offset), key1: image.word1)
            if !image.isShort { offset += key.count }
            let bit = Self.filterBit(image.hash, filterMask)
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

    /// The id and value of the key `prefix + rest`, or `Entry.none`.
    public func entry(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Entry {
        withExtendedLifetime(self) { view.entry(prefix, rest) }
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

        /// The id and value of the key `prefix + rest`, or `Entry.none`.
        @inlinable @inline(__always)
        public func entry(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Entry {
            entry(KeyImage(prefix, rest), prefix, rest)
        }

        /// The id and value of `key`, whose image (`KeyImage(empty, key)`) the caller computed.
        @inlinable @inline(__always)
        public func entry(_ image: KeyImage, _ key: UnsafeBufferPointer<UInt8>) -> Entry {
            entry(image, UnsafeBufferPointer(start: nil, count: 0), key)
        }

        /// The filter, then the probe.
        @inlinable @inline(__always)
        func entry(_ image: KeyImage, _ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Entry {
            let bit = ByteKeyIndex.filterBit(image.hash, filterMask)
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return .none }
            let tag = ByteKeyIndex.tag(image.hash)
            var slot = Int(truncatingIfNeeded: image.hash) & mask
            while true {
                let s = slots[slot]
                if s.tag == 0 { return .none }
                if s.tag == tag, s.key1 == image.word1 {
                    if image.isShort {
                        if s.key0 == image.word0 { return Entry(id: s.id, value: s.value) }
                    } else if matches(Int(truncatingIfNeeded: s.key0), prefix, rest) {
                        return Entry(id: s.id, value: s.value)
                    }
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
